/**
 * Names of services and operations as the two SDKs spell them, mapped onto the mock file's
 * spelling: SDK v3 package suffixes (client-secrets-manager → secrets-manager) and PascalCase
 * API operation names (GetParameterCommand → GetParameter; boto3 get_parameter → GetParameter).
 */

/** boto3 client names (and a few common variants) that differ from the SDK v3 package suffix. */
const SERVICE_ALIASES: Readonly<Record<string, string>> = {
  secretsmanager: 'secrets-manager',
  events: 'eventbridge',
  stepfunctions: 'sfn',
  'step-functions': 'sfn',
  'cloudwatch-events': 'eventbridge',
  logs: 'cloudwatch-logs',
  'dynamodb-streams': 'dynamodb-streams',
  dynamodbstreams: 'dynamodb-streams',
  apigatewaymanagementapi: 'apigatewaymanagementapi',
  'api-gateway': 'api-gateway',
  apigateway: 'api-gateway',
  firehose: 'firehose',
  kms: 'kms',
  'lib-dynamodb': 'dynamodb',
};

/** The mock file's service name for an SDK v3 package, a bare suffix or a boto3 client name. */
export function normalizeServiceName(name: string): string {
  const bare = name.trim().toLowerCase().replace(/^@aws-sdk\//, '').replace(/^client-/, '');
  return SERVICE_ALIASES[bare] ?? bare;
}

/** `GetParameterCommand` → `GetParameter`; lib-dynamodb `PutCommand` → `PutItem`. */
export function operationFromCommandName(commandName: string): string {
  const op = commandName.replace(/Command$/, '');
  return DOCUMENT_CLIENT_OPERATIONS[op] ?? op;
}

/** boto3 snake_case (`get_parameter`, `put_item`) → `GetParameter`, `PutItem`. */
export function operationFromSnakeCase(name: string): string {
  return name.split('_').filter((p) => p !== '').map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
}

/** lib-dynamodb's document-level commands → the low-level DynamoDB operation they call. */
export const DOCUMENT_CLIENT_OPERATIONS: Readonly<Record<string, string>> = {
  Put: 'PutItem',
  Get: 'GetItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  Query: 'Query',
  Scan: 'Scan',
  BatchGet: 'BatchGetItem',
  BatchWrite: 'BatchWriteItem',
  TransactGet: 'TransactGetItems',
  TransactWrite: 'TransactWriteItems',
  ExecuteStatement: 'ExecuteStatement',
  BatchExecuteStatement: 'BatchExecuteStatement',
  ExecuteTransaction: 'ExecuteTransaction',
};
