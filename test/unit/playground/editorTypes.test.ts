/**
 * The editor's ambient types (nodeLiteTypes.ts + @types/aws-lambda) accept the handlers the
 * sandbox runs: the simulated AWS SDK, the Node.js built-ins, URL and friends, response streaming.
 */
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {NODE_LITE_TYPES} from '../../../src/components/Playground/nodeLiteTypes.ts';

const HANDLER = `import {SSMClient, GetParameterCommand} from '@aws-sdk/client-ssm';
import {DynamoDBDocumentClient, PutCommand} from '@aws-sdk/lib-dynamodb';
import {createHash, randomUUID} from 'node:crypto';
import zlib from 'zlib';
import fs from 'node:fs';
import type {Handler} from 'aws-lambda';
const ssm = new SSMClient({});
export const handler: Handler = async () => {
  const p = await ssm.send(new GetParameterCommand({Name: 'x'}));
  fs.writeFileSync('/tmp/x', 'y');
  const u = new URL('https://a.example/c?d=1');
  return [p.Parameter.Value, createHash('sha256').update('a').digest('hex'), zlib.gzipSync('a').length, u.searchParams.get('d'), structuredClone({a: 1}), crypto.randomUUID(), randomUUID(), DynamoDBDocumentClient, PutCommand];
};
export const stream = awslambda.streamifyResponse(async (event, responseStream) => {
  const s = awslambda.HttpResponseStream.from(responseStream, {statusCode: 200});
  s.write('x');
  s.end();
});
`;

describe('editor types', () => {
  it('type-check a handler that uses the simulated SDK, built-ins and streaming without errors', () => {
    const require = createRequire(import.meta.url);
    const awsLambdaDir = dirname(require.resolve('@types/aws-lambda/package.json'));
    const files: Record<string, string> = {'/lite.d.ts': NODE_LITE_TYPES, '/handler.ts': HANDLER};
    const options: ts.CompilerOptions = {strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts'], types: ['aws-lambda'], typeRoots: [join(awsLambdaDir, '..')]};
    const host = ts.createCompilerHost(options);
    const read = host.readFile.bind(host);
    host.readFile = (f) => files[f] ?? read(f);
    const exists = host.fileExists.bind(host);
    host.fileExists = (f) => f in files || exists(f);
    const program = ts.createProgram(['/lite.d.ts', '/handler.ts'], options, host);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });
});
