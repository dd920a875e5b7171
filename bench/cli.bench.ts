import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import type {BenchContext, BenchFigure} from './types.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time of a process over `runs`, in seconds. */
function time(args: string[], cwd: string, runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    spawnSync(process.execPath, args, {cwd, stdio: 'ignore'});
    times.push((performance.now() - started) / 1000);
  }
  return median(times);
}

/** A SAM template with `count` functions, each with an SQS and an API event. */
function template(count: number): string {
  const functions = Array.from({length: count}, (_, i) => `  Fn${i}:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.13\n      Handler: app.handler\n      MemorySize: ${128 * (i + 1)}\n      Timeout: 20\n      Events:\n        Queue: {Type: SQS, Properties: {Queue: !GetAtt Queue.Arn, BatchSize: 10}}\n        Get: {Type: Api, Properties: {Path: /f${i}, Method: get}}\n`).join('');
  return `Transform: AWS::Serverless-2016-10-31\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties: {VisibilityTimeout: 120}\n${functions}`;
}

/**
 * Start-up and check times of the built CLI (bin/lambda-lab.mjs running dist/cli/), each also as a
 * ratio to `node -e 0` so the figure means the same on a fast and a busy machine.
 */
export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lambda-lab-cli-bench-'));
  const ten = join(dir, 'ten.yaml');
  writeFileSync(ten, template(10));
  for (let i = 0; i < 400; i += 1) writeFileSync(join(dir, `t${i}.yaml`), template(3));
  spawnSync(process.execPath, ['bin/lambda-lab.mjs', '--version'], {cwd: ctx.root, stdio: 'ignore'}); // builds the bundle if stale
  const node = time(['-e', '0'], ctx.root);
  const help = time(['bin/lambda-lab.mjs', '--help'], ctx.root);
  const check = time(['bin/lambda-lab.mjs', 'check', ten, '--today', '2026-12-02'], ctx.root);
  const many = time(['bin/lambda-lab.mjs', 'check', dir, '--today', '2026-12-02', '--format', 'json'], ctx.root, 3);
  return [
    {name: 'cli: node -e 0 (the baseline)', value: node, unit: 's'},
    {name: 'cli: lambda-lab --help', value: help, unit: 's', goal: '≤ 0.3 s'},
    {name: 'cli: lambda-lab --help ÷ node -e 0', value: help / node, unit: '×'},
    {name: 'cli: lambda-lab check, 10-function SAM template', value: check, unit: 's', goal: '≤ 0.5 s'},
    {name: 'cli: lambda-lab check, 10 functions ÷ node -e 0', value: check / node, unit: '×'},
    {name: 'cli: lambda-lab check <dir> of 401 templates (1,210 functions), one process', value: many, unit: 's', goal: 'a few seconds'},
    {name: 'cli: 401 templates ÷ node -e 0', value: many / node, unit: '×'},
  ];
}
