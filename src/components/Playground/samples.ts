/** Starter handlers for the playground's sample picker. Each teaches one Lambda behaviour. */
import {PYTHON_SAMPLES} from './pythonSamples';
export interface HandlerSample {
  readonly id: string;
  readonly label: string;
  readonly language: 'typescript' | 'javascript' | 'python';
  readonly templateId: string;
  readonly code: string;
  /** AWS mocks (JSON text) the sample needs, loaded into the mocks panel with it. */
  readonly mocks?: string;
  /** The runtime the sample needs (callback handlers need nodejs22.x or older). */
  readonly runtime?: string;
}

const SDK_SAMPLE_MOCKS = JSON.stringify({
  latencyMs: 0,
  mocks: [
    {service: 'ssm', operation: 'GetParameter', input: {Name: '/orders/table-name'}, output: {Parameter: {Name: '/orders/table-name', Type: 'String', Value: 'orders-dev'}}},
    {service: 'dynamodb', operation: 'PutItem', output: {}},
  ],
}, null, 2);

export const SAMPLES: readonly HandlerSample[] = [
  {
    id: 's3-hello', label: 'S3 upload handler (TypeScript)', language: 'typescript', templateId: 's3-put',
    code: `import type {Context, S3Event} from 'aws-lambda';

// Module scope runs once per execution environment (the init phase)
// and survives warm invocations.
let invocations = 0;

export const handler = async (event: S3Event, context: Context) => {
  invocations++;
  const record = event.Records[0];
  console.log('New object', record?.s3.object.key, 'in', record?.s3.bucket.name);
  return {
    invocations,
    requestId: context.awsRequestId,
    remainingMs: context.getRemainingTimeInMillis(),
  };
};
`,
  },
  {
    id: 'api', label: 'API Gateway proxy (TypeScript)', language: 'typescript', templateId: 'apigateway-aws-proxy',
    code: `import type {APIGatewayProxyEvent, APIGatewayProxyResult} from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const body = JSON.parse(event.body ?? '{}');
  console.info(event.httpMethod, event.path, body);
  return {
    statusCode: 201,
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({id: event.pathParameters?.id, quantity: body.quantity}),
  };
};
`,
  },
  {
    id: 'sqs-partial', label: 'SQS partial batch response', language: 'typescript', templateId: 'sqs-receive-message',
    code: `import type {SQSBatchResponse, SQSEvent} from 'aws-lambda';

// Report only the failed messages: Lambda deletes the rest.
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const batchItemFailures = [];
  for (const record of event.Records) {
    if (record.body.includes('Second')) {
      console.error('Cannot process', record.messageId);
      batchItemFailures.push({itemIdentifier: record.messageId});
    }
  }
  return {batchItemFailures};
};
`,
  },
  {
    id: 'aws-sdk', label: 'AWS SDK: read SSM, write DynamoDB (simulated)', language: 'javascript', templateId: 'eventbridge-custom', mocks: SDK_SAMPLE_MOCKS,
    code: `import {SSMClient, GetParameterCommand} from '@aws-sdk/client-ssm';
import {DynamoDBClient} from '@aws-sdk/client-dynamodb';
import {DynamoDBDocumentClient, PutCommand} from '@aws-sdk/lib-dynamodb';

// Clients at module scope: made once per execution environment.
const ssm = new SSMClient({});
const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));

// The SDK is simulated: every call is recorded and answered from
// the AWS mocks beside the event (no call leaves your browser).
export const handler = async (event) => {
  const {Parameter} = await ssm.send(new GetParameterCommand({Name: '/orders/table-name'}));
  await ddb.send(new PutCommand({
    TableName: Parameter.Value,
    Item: {orderId: event.detail?.orderId ?? 'o-1', status: 'NEW'},
  }));
  return {table: Parameter.Value, saved: true};
};
`,
  },
  {
    id: 'streaming', label: 'Response streaming (awslambda.streamifyResponse)', language: 'javascript', templateId: 'eventbridge-custom',
    code: `// A response-streaming handler (function URL with InvokeMode RESPONSE_STREAM):
// the output lists each chunk with the time it was written.
export const handler = awslambda.streamifyResponse(async (event, responseStream) => {
  responseStream = awslambda.HttpResponseStream.from(responseStream, {
    statusCode: 200,
    headers: {'Content-Type': 'text/plain'},
  });
  for (let i = 1; i <= 3; i++) {
    responseStream.write(\`part \${i}\\n\`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  responseStream.end('done\\n');
});
`,
  },
  {
    id: 'timeout', label: 'Timeout: a loop that never ends', language: 'javascript', templateId: 'eventbridge-custom',
    code: `// The function times out: Lambda stops it, logs "Task timed out after N seconds"
// and throws the execution environment away, so the next run is a cold start.
export const handler = async (event, context) => {
  console.log('Starting with', context.getRemainingTimeInMillis(), 'ms left');
  for (;;) {}
};
`,
  },
  {
    id: 'memory', label: 'Out of memory', language: 'javascript', templateId: 'eventbridge-custom',
    code: `// Keeps 1 MB buffers until the function runs out of memory:
// "Runtime exited with error: signal: killed".
const kept = [];
export const handler = async () => {
  for (;;) kept.push(new Uint8Array(1024 * 1024).fill(1));
};
`,
  },
  {
    id: 'callback', label: 'Callback style (CommonJS, nodejs22.x)', language: 'javascript', templateId: 'sns-notification', runtime: 'nodejs22.x',
    code: `// Callback handlers work on nodejs22.x; the nodejs24.x runtime removed them.
exports.handler = function (event, context, callback) {
  // With the default callbackWaitsForEmptyEventLoop = true, Lambda waits for this timer.
  setTimeout(() => console.log('timer fired'), 100);
  callback(null, {message: event.Records[0].Sns.Message});
};
`,
  },
  {
    id: 'frozen-timers', label: 'Timers freeze between invocations', language: 'javascript', templateId: 'eventbridge-scheduled',
    code: `// Run this twice. The interval started in the first invocation does not tick
// after it returns (the environment is frozen) and resumes in the next warm one.
let started = false;
export const handler = async () => {
  if (!started) {
    started = true;
    setInterval(() => console.log('tick', new Date().toISOString()), 200);
    return 'interval started';
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  return 'second invocation done';
};
`,
  },
  {
    id: 'error', label: 'Thrown error', language: 'javascript', templateId: 'eventbridge-custom',
    code: `class OrderError extends Error {
  constructor(message, orderId) {
    super(message);
    this.name = 'OrderError';
    this.orderId = orderId;
  }
}

export const handler = async (event) => {
  throw new OrderError('payment declined', event.detail.orderId);
};
`,
  },
  {
    id: 'unhandled-rejection', label: 'Unhandled promise rejection', language: 'javascript', templateId: 'eventbridge-custom',
    code: `// A "fire and forget" call: nothing awaits sendMetric(), so its rejection is unhandled.
async function sendMetric(name) {
  throw new Error(\`could not send \${name}\`);
}

export const handler = async (event) => {
  sendMetric('orders');
  // Returning in the same turn: the response stands, but the runtime logs
  // "Unhandled Promise Rejection" and exits, so the next run is a cold start.
  // Uncomment the next line and the rejection comes first: the invocation fails.
  // await new Promise((resolve) => setTimeout(resolve, 10));
  return {accepted: true};
};
`,
  },
  ...PYTHON_SAMPLES,
];
