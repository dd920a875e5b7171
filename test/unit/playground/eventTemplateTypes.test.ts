/**
 * Type-checks every event template against `@types/aws-lambda`: each template is written into a
 * virtual .ts file as an object literal of its `awsType`, so a missing required field, a wrong
 * value type or a misspelt (excess) property is a compile error naming the template.
 */
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {EVENT_TEMPLATES} from '../../../src/data/events/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const VIRTUAL = path.join(ROOT, 'test', '__event-template-types__.ts');

// Triggers @types/aws-lambda has no type for (checked against its trigger/ folder, version 8.10).
const UNTYPED_IDS = new Set(['cognito-sync-trigger']);
const UNTYPED_SERVICES = new Set(['Alexa Skills Kit', 'Alexa Smart Home', 'AWS Batch', 'AWS Config', 'AWS Step Functions', 'Amazon SageMaker', 'Amazon WorkMail', 'Amazon EventBridge Scheduler', 'Amazon Kinesis Data Analytics']);

// Where AWS's documented event and @types/aws-lambda disagree, the template follows AWS. Each entry
// names the template, a fragment of the compiler's message it may raise, and why AWS is right.
const KNOWN_TYPE_GAPS: readonly {id: string; message: string; why: string}[] = [
  {id: 's3-delete', message: 'missing the following properties', why: 'ObjectRemoved records carry no size or eTag (S3 notification-content-structure)'},
  {id: 's3-batch-invocation', message: "'\"userArguments\"' does not exist", why: 'invocation schema 2.0 adds job.userArguments; the package models 1.0'},
  {id: 's3-batch-invocation', message: "'\"s3Bucket\"' does not exist", why: 'schema 2.0 tasks name s3Bucket instead of s3BucketArn'},
  {id: 'apigateway-websocket-message', message: "'\"identity\"' does not exist", why: 'WebSocket requestContext has identity.sourceIp (API Gateway WebSocket mapping reference)'},
  {id: 'apigateway-request-authorizer', message: "Property 'authorizer' is missing", why: 'a REQUEST authorizer input has no requestContext.authorizer (the package requires it as undefined, which JSON cannot say)'},
  {id: 'lex-v2-dialog', message: "Property 'proposedNextState' is missing", why: 'Lex sends proposedNextState only when it proposes a next dialog action (lambda-input-format)'},
  {id: 'cognito-pre-token-generation-v2', message: "Type 'null' is not assignable", why: 'Cognito sends preferredRole and claimsAndScopeOverrideDetails as null until set'},
];

function virtualSource(): {text: string; lineOf: Map<number, string>} {
  const lineOf = new Map<number, string>();
  const lines = ["import type * as L from 'aws-lambda';"];
  for (const t of EVENT_TEMPLATES) {
    if (!t.awsType) continue;
    lineOf.set(lines.length, t.id);
    lines.push(`export const e${lines.length}: L.${t.awsType} = ${JSON.stringify(t.event)};`);
  }
  return {text: lines.join('\n'), lineOf};
}

describe('event templates against @types/aws-lambda', () => {
  it('name a type for every trigger the package models', () => {
    const missing = EVENT_TEMPLATES.filter((t) => !t.awsType && !UNTYPED_SERVICES.has(t.service) && !UNTYPED_IDS.has(t.id)).map((t) => t.id);
    expect(missing).toEqual([]);
  });

  it('type-check, with no missing or excess properties', () => {
    const {text, lineOf} = virtualSource();
    const options: ts.CompilerOptions = {strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, types: []};
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, lang, ...rest) => (path.resolve(name) === VIRTUAL ? ts.createSourceFile(name, text, lang) : getSourceFile(name, lang, ...rest));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => path.resolve(name) === VIRTUAL || fileExists(name);
    const program = ts.createProgram([VIRTUAL], options, host);
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
      return `${lineOf.get(line) ?? d.file?.fileName ?? '?'}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
    const unexplained = errors.filter((e) => !KNOWN_TYPE_GAPS.some((g) => e.startsWith(`${g.id}: `) && e.includes(g.message)));
    expect(unexplained).toEqual([]);
    // Every listed gap still happens (otherwise it is stale and must go).
    for (const g of KNOWN_TYPE_GAPS) expect(errors.some((e) => e.startsWith(`${g.id}: `) && e.includes(g.message)), `${g.id}: ${g.why}`).toBe(true);
    expect(lineOf.size).toBeGreaterThan(40);
  }, 30_000);
});
