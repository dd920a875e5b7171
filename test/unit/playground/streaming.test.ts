import {afterAll, describe, expect, it} from 'vitest';
import {createNodeSandboxHost, run} from './hostile/support.ts';

const host = createNodeSandboxHost();
afterAll(() => host.dispose());

describe('response streaming (awslambda.streamifyResponse)', () => {
  it('records each chunk with its time, the HttpResponseStream metadata, and the body as the response; works on nodejs24.x', async () => {
    const code = `export const handler = awslambda.streamifyResponse(async (event, responseStream, context) => {
  responseStream = awslambda.HttpResponseStream.from(responseStream, {statusCode: 201, headers: {'x-a': 'b'}});
  responseStream.write('first ');
  await new Promise((r) => setTimeout(r, 120));
  responseStream.write(Buffer.from('second'));
  responseStream.end(' last');
});`;
    const o = await run(host, code, {runtime: 'nodejs24.x'});
    expect(o.error).toBeNull();
    expect(o.result).toBe('first second last');
    expect(o.stream?.contentType).toBe('application/vnd.awslambda.http-integration-response');
    expect(o.stream?.prelude).toEqual({statusCode: 201, headers: {'x-a': 'b'}});
    expect(o.stream?.chunks.map((c) => c.text)).toEqual(['first ', 'second', ' last']);
    expect(o.stream!.chunks[1]!.atMs - o.stream!.chunks[0]!.atMs).toBeGreaterThanOrEqual(100);
    expect(o.stream?.ended).toBe(true);
    expect(o.stream?.bytes).toBe(17);
  });

  it('a streaming handler that throws fails the invocation; one that never ends its stream is ended when its promise settles', async () => {
    const failing = await run(host, "export const handler = awslambda.streamifyResponse(async (e, s) => { s.write('x'); throw new Error('mid-stream'); });");
    expect(failing.error).toMatchObject({errorType: 'Error', errorMessage: 'mid-stream'});
    const open = await run(host, "export const handler = awslambda.streamifyResponse(async (e, s) => { s.setContentType('text/plain'); s.write('only'); });");
    expect(open.result).toBe('only');
    expect(open.stream).toMatchObject({contentType: 'text/plain', ended: true});
  });

  it('responseStream.write refuses an array as Node does (a real handler wrote DynamoDB items straight to the stream)', async () => {
    const o = await run(host, "export const handler = awslambda.streamifyResponse(async (e, s) => { s.write([{id: 1}]); });");
    expect(o.error).toMatchObject({errorType: 'TypeError', errorMessage: 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of Array'});
    const n = await run(host, "export const handler = awslambda.streamifyResponse(async (e, s) => { s.write(null); });");
    expect(n.error).toMatchObject({errorType: 'TypeError', errorMessage: 'May not write null values to stream'});
  });

  it('the Handler setting picks the export: app.lambdaHandler', async () => {
    const {createFunctionConfig} = await import('../../../src/core/runtime/createFunctionConfig.ts');
    const config = createFunctionConfig({filename: 'app.js', handler: 'app.lambdaHandler', runtime: 'nodejs22.x'});
    expect(config.ok && config.value.exportName).toBe('lambdaHandler');
    const bad = createFunctionConfig({filename: 'app.js', handler: 'app.'});
    expect(bad.ok ? '' : bad.error).toBe("handler: 'app.' must be <file>.<export>, the export a JavaScript name such as lambdaHandler (AWS Lambda Handler setting)");
  });
});
