/**
 * The playground runs handlers people really write (issue 14), seen in Chromium: the simulated AWS
 * SDK lists its calls, /tmp is bounded by the ephemeral-storage field, a streaming handler shows its
 * chunks and the streaming price. Share links carry JavaScript so Monaco is never needed.
 */
import {compressToEncodedURIComponent} from 'lz-string';
import {describe, expect, it} from 'vitest';
import {openPage, type OpenedPage} from './harness.ts';

const PATH = '/docs/playground';

function linkFor(code: string, extra: Record<string, unknown> = {}): string {
  const state = {code, language: 'javascript', templateId: 'eventbridge-custom', eventText: '{"detail":{"orderId":"1"}}', memoryMB: 256, timeoutSeconds: 30, envText: '', mode: 'sync', ...extra};
  return `${PATH}#pg=${compressToEncodedURIComponent(JSON.stringify(state))}`;
}

async function run(o: OpenedPage, expected: RegExp): Promise<string> {
  // The link fills the form after hydration; under load a click can land before that (the default sample ran).
  await expect.poll(() => o.page.getByRole('note').first().textContent(), {timeout: 30_000}).toMatch(/filled from a shared link/);
  await o.page.getByRole('button', {name: 'Run', exact: true}).click();
  await expect.poll(() => o.page.locator('pre[aria-label^="Run "]').count(), {timeout: 60_000}).toBe(1);
  expect(await o.page.getByRole('status').textContent()).toMatch(expected);
  return (await o.page.locator('pre[aria-label^="Run "]').first().textContent()) ?? '';
}

const SSM_DYNAMO = `import {SSMClient, GetParameterCommand} from '@aws-sdk/client-ssm';
import {DynamoDBClient} from '@aws-sdk/client-dynamodb';
import {DynamoDBDocumentClient, PutCommand} from '@aws-sdk/lib-dynamodb';
const ssm = new SSMClient({});
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
export const handler = async (event) => {
  const {Parameter} = await ssm.send(new GetParameterCommand({Name: '/orders/table'}));
  await db.send(new PutCommand({TableName: Parameter.Value, Item: {id: event.detail.orderId, status: 'paid'}}));
  return {table: Parameter.Value};
};`;
const MOCKS = JSON.stringify({mocks: [{service: 'ssm', operation: 'GetParameter', input: {Name: '/orders/table'}, output: {Parameter: {Name: '/orders/table', Type: 'String', Value: 'orders-prod'}}}, {service: 'dynamodb', operation: 'PutItem', output: {}}]});

const FILL_TMP = `import fs from 'fs';
export const handler = async () => {
  const chunk = Buffer.alloc(10 * 1024 * 1024, 1);
  let written = 0;
  try { for (let i = 0; i < 60; i++) { fs.appendFileSync('/tmp/big.bin', chunk); written += 10; } }
  catch (e) { return {code: e.code, message: e.message, writtenMB: written}; }
  return 'no error';
};`;

const STREAM = `export const handler = awslambda.streamifyResponse(async (event, responseStream) => {
  responseStream.setContentType('text/plain');
  for (const word of ['one ', 'two ', 'three']) {
    responseStream.write(word);
    await new Promise((r) => setTimeout(r, 50));
  }
  responseStream.end();
});`;

describe('playground realism in Chromium', () => {
  it('lists the simulated SSM and DynamoDB calls in order, with their inputs', async () => {
    const o = await openPage(linkFor(SSM_DYNAMO, {mocksText: MOCKS}), {waitUntil: 'networkidle'});
    try {
      const text = await run(o, /^Cold start: succeeded/);
      expect(text).toMatch(/AWS calls \(simulated SDK, 2, in order\):/);
      expect(text).toMatch(/1\. \+\d+ ms {2}ssm GetParameter \{"Name":"\/orders\/table"\} → mock #1/);
      expect(text).toMatch(/2\. \+\d+ ms {2}dynamodb PutItem \{"TableName":"orders-prod","Item":\{"id":"1","status":"paid"\}\} → mock #2/);
      expect(text).toMatch(/"table": "orders-prod"/);
      expect(o.consoleErrors).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('writing 600 MB to /tmp at 512 MB ephemeral storage gets ENOSPC; a bad size is refused with the range', async () => {
    const o = await openPage(linkFor(FILL_TMP, {memoryMB: 1024}), {waitUntil: 'networkidle'});
    try {
      const storage = o.page.getByLabel('Ephemeral storage (/tmp, 512–10,240 MB)');
      expect(await storage.inputValue()).toBe('512 MB');
      const text = await run(o, /^Cold start: succeeded/);
      expect(text).toMatch(/"code": "ENOSPC"/);
      expect(text).toMatch(/"writtenMB": 510/);
      await storage.fill('20 GB');
      await expect.poll(() => o.page.getByRole('alert').first().textContent()).toMatch(/^Ephemeral storage: 20,480 MB is above the maximum of 10,240 MB \(512–10,240 MB, AWS Lambda quotas\)$/);
    } finally {
      await o.close();
    }
  });

  it('a streaming handler shows its chunks with their times and the streaming price', async () => {
    const o = await openPage(linkFor(STREAM), {waitUntil: 'networkidle'});
    try {
      const text = await run(o, /^Cold start: succeeded/);
      expect(text).toMatch(/Streamed response \(text\/plain, 3 chunks, 13 bytes\):/);
      expect(text).toMatch(/\+\d+ ms {2}"one "[\s\S]*\+\d+ ms {2}"two "[\s\S]*\+\d+ ms {2}"three"/);
      expect(text).toMatch(/streaming: \$0 for 13 bytes streamed/);
    } finally {
      await o.close();
    }
  });
});
