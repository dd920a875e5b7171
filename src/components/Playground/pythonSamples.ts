/** Python versions of the playground's samples (lambda_function.lambda_handler, Lambda's Python runtime). */
import type {HandlerSample} from './samples';

const BOTO3_MOCKS = JSON.stringify({
  latencyMs: 0,
  mocks: [
    {service: 'ssm', operation: 'GetParameter', input: {Name: '/orders/table-name'}, output: {Parameter: {Name: '/orders/table-name', Type: 'String', Value: 'orders-dev'}}},
    {service: 'dynamodb', operation: 'PutItem', output: {}},
  ],
}, null, 2);

export const PYTHON_SAMPLES: readonly HandlerSample[] = [
  {
    id: 'py-s3-hello', label: 'Python: S3 upload handler', language: 'python', templateId: 's3-put',
    code: `import logging
import urllib.parse

logger = logging.getLogger()
logger.setLevel(logging.INFO)

# Module scope runs once per execution environment (the init phase)
# and survives warm invocations.
invocations = 0


def lambda_handler(event, context):
    global invocations
    invocations += 1
    record = event["Records"][0]
    key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])
    logger.info("New object %s in %s", key, record["s3"]["bucket"]["name"])
    return {
        "invocations": invocations,
        "requestId": context.aws_request_id,
        "remainingMs": context.get_remaining_time_in_millis(),
    }
`,
  },
  {
    id: 'py-api', label: 'Python: API Gateway proxy', language: 'python', templateId: 'apigateway-aws-proxy',
    code: `import json


def lambda_handler(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "world")
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps({"message": f"Hello, {name}!", "path": event.get("path")}),
    }
`,
  },
  {
    id: 'py-sqs-partial', label: 'Python: SQS partial batch response', language: 'python', templateId: 'sqs-receive-message',
    code: `import json


def lambda_handler(event, context):
    failures = []
    for record in event["Records"]:
        try:
            json.loads(record["body"])
        except ValueError:
            # Only this message goes back to the queue (ReportBatchItemFailures).
            failures.append({"itemIdentifier": record["messageId"]})
    return {"batchItemFailures": failures}
`,
  },
  {
    id: 'py-boto3', label: 'Python: boto3 reads SSM, writes DynamoDB (simulated)', language: 'python', templateId: 'eventbridge-custom', mocks: BOTO3_MOCKS,
    code: `import boto3

# Clients made at module scope are reused by warm invocations.
ssm = boto3.client("ssm")
dynamodb = boto3.resource("dynamodb")


def lambda_handler(event, context):
    table_name = ssm.get_parameter(Name="/orders/table-name")["Parameter"]["Value"]
    dynamodb.Table(table_name).put_item(Item={"id": context.aws_request_id, "detail": event.get("detail", {})})
    return {"table": table_name, "saved": True}
`,
  },
  {
    id: 'py-timeout', label: 'Python: timeout (a loop that never ends)', language: 'python', templateId: 'eventbridge-custom',
    code: `# Lambda stops the function, logs "Task timed out after N seconds"
# and throws the execution environment away: the next run is cold.
def lambda_handler(event, context):
    print("Starting with", context.get_remaining_time_in_millis(), "ms left")
    while True:
        pass
`,
  },
  {
    id: 'py-memory', label: 'Python: out of memory', language: 'python', templateId: 'eventbridge-custom',
    code: `# Keeps 1 MB strings until the function runs out of memory:
# "Runtime exited with error: signal: killed".
kept = []


def lambda_handler(event, context):
    while True:
        kept.append(" " * 2**20)
`,
  },
  {
    id: 'py-error', label: 'Python: raised exception', language: 'python', templateId: 'eventbridge-custom',
    code: `class OrderError(Exception):
    pass


def lambda_handler(event, context):
    # The runtime answers {"errorMessage", "errorType", "requestId", "stackTrace"}
    # and logs "[ERROR] OrderError: ..." with the traceback.
    raise OrderError(f"order {event['detail'].get('orderId')} cannot be processed")
`,
  },
];
