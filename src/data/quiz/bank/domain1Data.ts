/**
 * Question bank, domain 1 (Design Secure Architectures), task statements 1.2 and 1.3: the network
 * paths of a function, encryption of the data it touches, and keeping secrets and logs safe.
 */
import {question, right, wrong} from '../build.ts';
import {Q_SOURCES as S} from '../sources.ts';
import {B_SOURCES as B} from './sources.ts';
import type {QuizQuestion} from '../types.ts';

const CHECKED = '2026-12-02';

export const BANK_DOMAIN_1_DATA: readonly QuizQuestion[] = [
  question({
    id: 'd1-dynamodb-encryption-default',
    domain: 1, taskStatement: '1.3',
    stem: 'An auditor asks whether data a Lambda function writes to DynamoDB is encrypted at rest, and wants the company to control and audit use of the key. What should the architect answer and do?',
    options: [
      wrong('DynamoDB is unencrypted by default; the function must encrypt each item itself.', 'DynamoDB encrypts all tables at rest by default.'),
      wrong('Enable encryption on the table; this requires recreating it.', 'Encryption at rest is always on, and the key type can be switched on an existing table.'),
      right('All DynamoDB tables are encrypted at rest; switch the table to a customer managed KMS key to control the key policy and see its use in CloudTrail.', 'Owned, AWS managed and customer managed keys are the choices; only a customer managed key gives the company its own key policy.'),
      wrong('Put the function in a VPC so that the data is encrypted.', 'VPC attachment affects networking, not encryption at rest.'),
    ],
    learnMore: '/docs/integrations/dynamodb', source: B.dynamoDbEncryption, asOf: CHECKED,
  }),
  question({
    id: 'd1-dynamodb-cmk-decrypt',
    domain: 1, taskStatement: '1.3',
    stem: 'A DynamoDB table was switched to a customer managed KMS key. The function that reads it now fails with an AccessDenied error mentioning kms:Decrypt, although its role allows dynamodb:GetItem. What fixes it?',
    options: [
      right('Allow kms:Decrypt (and kms:DescribeKey) on that key for the execution role, in the role policy with a key policy that permits IAM policies, or in the key policy itself.', 'With a customer managed key the caller needs permission to use the key as well as the table.'),
      wrong('Give the function more memory.', 'This is an authorisation failure, not a resource limit.'),
      wrong('Add a resource-based policy to the function.', 'Resource-based policies control who may invoke the function, not what it may call.'),
      wrong('Switch the table back to on-demand capacity.', 'Capacity mode is unrelated to encryption.'),
    ],
    learnMore: '/docs/security/permissions', source: B.dynamoDbEncryption, asOf: CHECKED,
  }),
  question({
    id: 'd1-s3-events-encrypted-queue',
    domain: 1, taskStatement: '1.3',
    stem: 'S3 sends object-created notifications to an SQS queue that a Lambda function consumes. After the queue is encrypted with the AWS managed key for SQS (aws/sqs), notifications stop arriving. What is the fix?',
    options: [
      wrong('Give the Lambda execution role kms:Decrypt on aws/sqs.', 'The function is not the problem: S3 can no longer send messages to the queue.'),
      wrong('Turn off encryption; S3 notifications cannot target encrypted queues.', 'They can, with the right key.'),
      wrong('Enable S3 Versioning on the bucket.', 'Versioning does not affect notification delivery.'),
      right('Encrypt the queue with a customer managed key whose key policy lets s3.amazonaws.com use kms:GenerateDataKey and kms:Decrypt.', 'The AWS managed key\'s policy cannot be changed to grant S3 access, so a customer managed key is needed.'),
    ],
    learnMore: '/docs/integrations/s3', source: B.s3Notifications, asOf: CHECKED,
  }),
  question({
    id: 'd1-logs-mask-pii',
    domain: 1, taskStatement: '1.3',
    stem: 'A payment function sometimes logs full request bodies that contain card numbers. The team must stop operators from seeing those values in CloudWatch Logs while a code fix is prepared. What helps immediately?',
    options: [
      wrong('Shorten the log retention to one day.', 'Operators can still read the values for a day.'),
      right('A CloudWatch Logs data protection policy on the log group that masks credit card numbers.', 'Data protection policies detect and mask sensitive data; only principals with logs:Unmask can see it.'),
      wrong('Set the function\'s log level to DEBUG.', 'That logs more, not less.'),
      wrong('Encrypt the log group with a KMS key.', 'Encryption protects data at rest; anyone allowed to read the group still sees the numbers.'),
    ],
    learnMore: '/docs/observability/logs-metrics-tracing', source: B.logsDataProtection, asOf: CHECKED,
  }),
  question({
    id: 'd1-logs-kms-key',
    domain: 1, taskStatement: '1.3',
    stem: 'Policy requires that a function\'s application logs be encrypted with a key the company controls and can disable. What should be done?',
    options: [
      wrong('Nothing; CloudWatch Logs uses the company\'s default KMS key automatically.', 'By default log data is encrypted with a service-managed key, not one the company controls.'),
      wrong('Write logs to /tmp instead of stdout.', '/tmp is discarded with the execution environment, and logs would be lost.'),
      right('Associate a customer managed KMS key with the function\'s log group, with a key policy that allows the CloudWatch Logs service principal to use it.', 'Log groups can be encrypted with a customer managed key; disabling the key makes the data unreadable.'),
      wrong('Turn on X-Ray tracing.', 'Tracing is not logging and has no key choice here.'),
    ],
    learnMore: '/docs/observability/logs-metrics-tracing', source: B.logsKms, asOf: CHECKED,
  }),
  question({
    id: 'd1-cfn-dynamic-reference',
    domain: 1, taskStatement: '1.3',
    stem: 'A SAM template sets a third-party API token as a plain parameter default, so it appears in source control and in the CloudFormation console. The token already lives in Secrets Manager. What is the better practice?',
    options: [
      wrong('Base64-encode the token in the template.', 'Encoding is not encryption.'),
      wrong('Pass the token with NoEcho and keep the default value.', 'NoEcho hides it in the console, but the default is still in source control.'),
      wrong('Hard-code the token in the handler.', 'It moves the secret into code and the deployment package.'),
      right('Have the function read the secret at run time from Secrets Manager (cached), granting secretsmanager:GetSecretValue on that secret only.', 'The secret never appears in the template, the environment or the package; dynamic references exist too, but put the resolved value into the function configuration.'),
    ],
    learnMore: '/docs/security/secrets-and-compliance', source: B.cfnDynamicReferences, asOf: CHECKED,
  }),
  question({
    id: 'd1-vpc-secrets-endpoint',
    domain: 1, taskStatement: '1.2',
    stem: 'A function in private subnets with no NAT gateway times out when it calls Secrets Manager. Company policy forbids internet access from these subnets. What should be added?',
    options: [
      wrong('A gateway endpoint for Secrets Manager.', 'Gateway endpoints exist only for S3 and DynamoDB.'),
      right('An interface VPC endpoint for Secrets Manager, with private DNS enabled and a security group that allows HTTPS from the function.', 'The SDK then resolves the usual endpoint name to private addresses in the VPC.'),
      wrong('A longer function timeout.', 'The call cannot succeed without a network path; waiting longer only costs more.'),
      wrong('A public IP address on the function\'s network interface.', 'Lambda\'s network interfaces in a VPC cannot have public IPs.'),
    ],
    learnMore: '/docs/security/vpc', source: B.interfaceEndpoints, asOf: CHECKED,
  }),
  question({
    id: 'd1-nat-elastic-ip-allowlist',
    domain: 1, taskStatement: '1.2',
    stem: 'A partner\'s payment API accepts calls only from IP addresses on its allow list. A Lambda function must call it. How can the function present a fixed source address?',
    options: [
      wrong('Lambda functions outside a VPC always use the same IP address.', 'They use shared, changing AWS addresses.'),
      wrong('Attach an Elastic IP address to the function.', 'Functions cannot have Elastic IPs.'),
      wrong('Use a Lambda function URL.', 'A function URL is for inbound traffic; it does not fix the outbound address.'),
      right('Attach the function to private subnets whose route goes to a NAT gateway with an Elastic IP, and give the partner that address.', 'All outbound traffic from the subnets leaves through the NAT gateway\'s Elastic IP.'),
    ],
    learnMore: '/docs/security/vpc', source: S.vpcInternet, asOf: CHECKED,
  }),
  question({
    id: 'd1-dynamodb-leading-keys-tenant',
    domain: 1, taskStatement: '1.1',
    stem: 'A multi-tenant SaaS function serves requests for many tenants from one DynamoDB table, partitioned by tenant ID. A bug must never let one tenant\'s request read another tenant\'s items. Which control enforces this in IAM?',
    options: [
      right('For each request, assume a role with a session tag for the tenant, whose policy allows DynamoDB actions only when dynamodb:LeadingKeys equals that tag.', 'The credentials used for the request can only touch items whose partition key is the tenant\'s ID.'),
      wrong('A separate Lambda alias per tenant.', 'Aliases point at versions; they share the same execution role.'),
      wrong('Table encryption with a customer managed key.', 'Everyone who can use the key sees every item.'),
      wrong('A condition on aws:SourceIp in the role policy.', 'Requests come from Lambda, not from the tenant\'s network.'),
    ],
    learnMore: '/docs/security/permissions', source: B.dynamoDbFineGrained, asOf: CHECKED,
  }),
  question({
    id: 'd1-m2m-client-credentials',
    domain: 1, taskStatement: '1.1',
    stem: 'A batch service in another company must call a REST API backed by Lambda, with no human user involved. The API must check which operations the caller may perform. Which approach fits?',
    options: [
      wrong('A Cognito user pool user with a shared password for the partner.', 'Shared user passwords are for humans and hard to rotate.'),
      wrong('An API key in a usage plan.', 'API keys are not an authorization mechanism.'),
      right('A Cognito user pool app client using the OAuth 2.0 client credentials grant with custom scopes, and a Cognito authorizer that requires those scopes.', 'Machine-to-machine access gets tokens with scopes; the authorizer checks the scopes per method.'),
      wrong('A function URL with auth type NONE and a partner IP check.', 'IP checks are weak authentication and give no per-operation scopes.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: B.cognitoResourceServers, asOf: CHECKED,
  }),
  question({
    id: 'd1-http-api-jwt-authorizer',
    domain: 1, taskStatement: '1.2',
    stem: 'A new HTTP API backed by Lambda must accept only valid JWTs from the company\'s existing OpenID Connect provider. The team wants no custom authorization code. What should they configure?',
    options: [
      wrong('A Lambda authorizer that downloads the provider\'s keys and validates the token.', 'It works but is custom code to write, secure and pay for.'),
      right('The HTTP API\'s built-in JWT authorizer with the provider\'s issuer URL and audience.', 'HTTP APIs validate JWTs from any OIDC or OAuth 2.0 issuer natively.'),
      wrong('IAM authorization with SigV4.', 'It needs AWS credentials, not the provider\'s JWTs.'),
      wrong('Mutual TLS.', 'mTLS authenticates client certificates, not JWTs.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: B.httpApiJwt, asOf: CHECKED,
  }),
  question({
    id: 'd1-deprecated-runtime',
    domain: 1, taskStatement: '1.2',
    stem: 'A security scan flags functions that still run on a Node.js runtime AWS has deprecated. The functions still work. What is the risk and the fix?',
    options: [
      wrong('No risk: deprecated runtimes keep receiving security patches.', 'After deprecation Lambda no longer applies security patches to the runtime.'),
      wrong('The functions will be deleted on the deprecation date.', 'Existing functions keep running; AWS blocks creating (and later updating) them.'),
      wrong('Enable Lambda code signing.', 'Signing does not patch anything.'),
      right('The runtime no longer gets security patches; move the functions to a supported runtime version and test them.', 'Lambda patches managed runtimes only while they are supported.'),
    ],
    learnMore: '/docs/functions/runtimes', source: B.runtimes, asOf: CHECKED,
  }),
  question({
    id: 'd1-s3-enforce-tls',
    domain: 1, taskStatement: '1.3',
    stem: 'A bucket receives files from Lambda functions and partners. Policy requires that every request to the bucket use encryption in transit. What enforces it?',
    options: [
      wrong('S3 default encryption with SSE-S3.', 'That is encryption at rest.'),
      right('A bucket policy that denies s3:* when aws:SecureTransport is false.', 'Requests over plain HTTP are then rejected.'),
      wrong('A VPC gateway endpoint for S3.', 'An endpoint changes the path, not the protocol, and partners do not use it.'),
      wrong('Object Lock in compliance mode.', 'Object Lock prevents deletion; it says nothing about transport.'),
    ],
    learnMore: '/docs/integrations/s3', source: B.s3SecurityBestPractices, asOf: CHECKED,
  }),
  question({
    id: 'd1-kms-cross-account-key',
    domain: 1, taskStatement: '1.3',
    stem: 'A function in account A must decrypt objects that account B encrypted with a customer managed KMS key in account B. Which two changes are required? (Choose two.)',
    options: [
      wrong('Copy the key to account A.', 'KMS keys cannot be exported or copied between accounts (multi-Region keys replicate across Regions, not accounts).'),
      right('In account B, add account A (or the function\'s role) to the key policy for kms:Decrypt.', 'The key policy must allow the external account.'),
      wrong('Give the function\'s resource-based policy kms:Decrypt.', 'Resource-based policies on functions govern invocation only.'),
      right('In account A, allow kms:Decrypt on the key\'s ARN in the execution role\'s policy.', 'Cross-account use needs permission on both sides: the key policy and the caller\'s IAM policy.'),
      wrong('Enable automatic key rotation.', 'Rotation is unrelated to cross-account access.'),
    ],
    learnMore: '/docs/security/permissions', source: B.kmsCrossAccount, asOf: CHECKED,
  }),
  question({
    id: 'd1-s3-endpoint-policy',
    domain: 1, taskStatement: '1.2',
    stem: 'Functions in private subnets reach S3 through a gateway endpoint. The security team must ensure they can use only the company\'s two buckets, and that those buckets accept data-plane requests only from this VPC. Which two controls apply? (Choose two.)',
    options: [
      right('An endpoint policy on the gateway endpoint that allows access only to the two buckets.', 'Endpoint policies limit what can be reached through the endpoint.'),
      wrong('A security group rule that allows only the buckets\' IP addresses.', 'S3 addresses are many and change; prefix lists exist, but they cannot tell one bucket from another.'),
      wrong('A NAT gateway in each Availability Zone.', 'It adds an internet path, the opposite of the goal.'),
      right('Bucket policies that deny requests unless aws:SourceVpce is the endpoint\'s ID.', 'The buckets then refuse traffic that does not come through the endpoint.'),
      wrong('S3 Transfer Acceleration.', 'It speeds up long-distance uploads; it is not an access control.'),
    ],
    learnMore: '/docs/security/vpc', source: B.s3EndpointPolicy, asOf: CHECKED,
  }),
  question({
    id: 'd1-macie-pii-discovery',
    domain: 1, taskStatement: '1.3',
    stem: 'Several functions write exports to S3 buckets. The compliance team needs to find which buckets contain personal data such as passport numbers, across all accounts, without writing code. Which service should they use?',
    options: [
      wrong('Amazon Inspector.', 'Inspector finds software vulnerabilities.'),
      wrong('AWS CloudTrail.', 'CloudTrail records API activity, not object contents.'),
      right('Amazon Macie.', 'Macie uses managed data identifiers to discover sensitive data in S3 and reports findings.'),
      wrong('Amazon GuardDuty.', 'GuardDuty detects threats from activity logs, not PII in objects.'),
    ],
    learnMore: '/docs/security/secrets-and-compliance', source: B.macie, asOf: CHECKED,
  }),
  question({
    id: 'd1-webhook-signature',
    domain: 1, taskStatement: '1.2',
    stem: 'A payment provider sends webhooks to a Lambda function URL. The provider cannot sign AWS requests (SigV4) but signs each body with an HMAC using a shared secret. How should the function be protected?',
    options: [
      wrong('Use auth type AWS_IAM.', 'The provider cannot produce SigV4 signatures, so every webhook would be rejected.'),
      wrong('Rely on the obscurity of the URL.', 'URLs leak through logs and configuration.'),
      wrong('Allow only the provider\'s IPs with a security group on the function URL.', 'Function URLs have no security groups.'),
      right('Use auth type NONE and verify the HMAC signature in the function with the secret from Secrets Manager, rejecting anything that does not match.', 'Public endpoints must authenticate requests themselves; the signature check proves the sender.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: S.urlsAuth, asOf: CHECKED,
  }),
  question({
    id: 'd1-access-analyzer-generate-policy',
    domain: 1, taskStatement: '1.1',
    stem: 'A function was launched with an execution role that has AmazonDynamoDBFullAccess and AmazonS3FullAccess. After a month in production, the team wants a least-privilege policy based on what the function actually calls. What helps most?',
    options: [
      right('IAM Access Analyzer policy generation, which builds a policy from the role\'s activity recorded in CloudTrail.', 'It lists the services and actions used, as a starting point for a tight policy.'),
      wrong('AWS Trusted Advisor.', 'Trusted Advisor flags some risks but does not generate a policy from activity.'),
      wrong('Lambda Insights.', 'Insights reports performance metrics.'),
      wrong('Adding a permissions boundary equal to the current policies.', 'That would allow everything the role already has.'),
    ],
    learnMore: '/docs/security/permissions', source: B.accessAnalyzerPolicyGen, asOf: CHECKED,
  }),
  question({
    id: 'd1-sns-to-sqs-queue-policy',
    domain: 1, taskStatement: '1.1',
    stem: 'An SNS topic fans out to an SQS queue consumed by a Lambda function. The subscription is confirmed, but no messages reach the queue. What is most likely missing?',
    options: [
      wrong('The function\'s execution role needs sns:Subscribe.', 'The function reads from SQS; SNS delivery does not use its role.'),
      wrong('A Lambda resource-based policy for sns.amazonaws.com.', 'SNS delivers to the queue, not to the function.'),
      right('A queue policy that allows sns.amazonaws.com to call sqs:SendMessage, with aws:SourceArn set to the topic.', 'SQS must allow the topic to send; the console adds it, templates must state it.'),
      wrong('FIFO ordering on the queue.', 'Standard topics cannot deliver to FIFO queues, and ordering is not the issue.'),
    ],
    learnMore: '/docs/integrations/sns-ses-eventbridge', source: S.snsFanout, asOf: CHECKED,
  }),
  question({
    id: 'd1-tmp-data-reuse',
    domain: 1, taskStatement: '1.3',
    stem: 'A function writes each customer\'s decrypted report to /tmp/report.pdf before uploading it. A reviewer worries about data remanence. What is true?',
    options: [
      wrong('/tmp is wiped after every invocation.', 'It persists for the life of the execution environment, which serves many invocations.'),
      wrong('Different functions in the same account share /tmp.', 'Each execution environment belongs to one function version; it is not shared with others.'),
      right('A later invocation of the same function in the same environment can see the file, so the function should delete it (or use unique names and clean up) once uploaded.', 'Execution environments are reused; temporary files survive between invocations.'),
      wrong('/tmp is not encrypted, so the data must never be written there.', 'Ephemeral storage is encrypted at rest; the risk is reuse within the function, not the disk.'),
    ],
    learnMore: '/docs/lifecycle/execution-environment', source: S.ephemeralStorage, asOf: CHECKED,
  }),
  question({
    id: 'd1-sns-sse-cmk-publisher',
    domain: 1, taskStatement: '1.3',
    stem: 'An SNS topic that triggers a Lambda function is encrypted with a customer managed KMS key. A CloudWatch alarm that publishes to the topic stops delivering. What must be changed?',
    options: [
      wrong('Disable encryption on the topic.', 'It fixes delivery by dropping the requirement.'),
      right('Allow the publishing service principal (cloudwatch.amazonaws.com) kms:GenerateDataKey* and kms:Decrypt in the key policy.', 'AWS services that publish to an encrypted topic need permission to use its key.'),
      wrong('Grant the Lambda execution role kms:Encrypt.', 'The function is the subscriber; it does not encrypt anything here.'),
      wrong('Subscribe the function through SQS instead.', 'The alarm still cannot publish to the topic.'),
    ],
    learnMore: '/docs/integrations/sns-ses-eventbridge', source: B.snsEncryption, asOf: CHECKED,
  }),
  question({
    id: 'd1-env-var-secret-visible',
    domain: 1, taskStatement: '1.3',
    stem: 'A database password is stored as an environment variable encrypted at rest with the default key. A developer with read-only Lambda console access can still see it in plain text. Which change removes the exposure? (Choose two.)',
    options: [
      right('Move the password to Secrets Manager and read it at run time, so it is not part of the function configuration.', 'Configuration readers no longer see it; access needs secretsmanager:GetSecretValue.'),
      wrong('Increase the function\'s memory.', 'Unrelated to who can read configuration.'),
      wrong('Rename the variable to something less obvious.', 'Renaming does not protect the value.'),
      wrong('Enable X-Ray.', 'Tracing does not hide configuration.'),
      right('Restrict lambda:GetFunctionConfiguration for people who should not read it, since Lambda decrypts variables for anyone allowed to view the configuration.', 'Environment variables are shown to any principal who may read the configuration (and use the key).'),
    ],
    learnMore: '/docs/functions/environment-variables', source: S.envVarsEncryption, asOf: CHECKED,
  }),
];
