/**
 * Question bank, domain 1 (Design Secure Architectures), task statements 1.1 and 1.2: who may call
 * a function, what a function may call, and how an API in front of it is protected. Options are
 * written with the right answer in varying positions (see test/unit/quiz/bank.test.ts).
 */
import {question, right, wrong} from '../build.ts';
import {Q_SOURCES as S} from '../sources.ts';
import {B_SOURCES as B} from './sources.ts';
import type {QuizQuestion} from '../types.ts';

/** The day these questions were checked against the cited AWS pages. */
const CHECKED = '2026-12-02';

export const BANK_DOMAIN_1_ACCESS: readonly QuizQuestion[] = [
  question({
    id: 'd1-sns-topic-invoke-permission',
    domain: 1, taskStatement: '1.1',
    stem: 'A team subscribes a Lambda function to an SNS topic from the CLI. Messages are published, but the function is never invoked and nothing appears in its logs. What is missing?',
    options: [
      wrong('An execution-role statement that allows sns:Publish.', 'The execution role says what the function may call; it does not let SNS call the function.'),
      right('A statement in the function\'s resource-based policy that allows sns.amazonaws.com to call lambda:InvokeFunction, scoped with the topic ARN as source.', 'Push sources such as SNS need permission on the function itself; the console adds it for you, the CLI does not.'),
      wrong('A VPC endpoint for SNS in the function\'s subnets.', 'SNS invokes Lambda through the Lambda service, not through the function\'s VPC.'),
      wrong('An SQS queue between the topic and the function.', 'SNS can invoke Lambda directly; a queue would add buffering, not permission.'),
    ],
    learnMore: '/docs/security/permissions', source: S.resourcePolicy, asOf: CHECKED,
  }),
  question({
    id: 'd1-confused-deputy-source-account',
    domain: 1, taskStatement: '1.1',
    stem: 'A function\'s resource-based policy allows s3.amazonaws.com to invoke it. A security review warns that any bucket in any account could be configured to trigger it. What closes the gap?',
    options: [
      wrong('Remove the resource-based policy and give the execution role s3:GetObject.', 'Without the resource policy S3 cannot invoke the function at all.'),
      wrong('Put the function in a private subnet.', 'Invocation permission is an IAM decision, not a network one.'),
      wrong('Enable S3 Block Public Access on the team\'s own bucket.', 'That protects the team\'s bucket, not the function from other buckets.'),
      right('Add SourceArn (the bucket ARN) and SourceAccount conditions to the permission.', 'The conditions restrict the service principal to the one bucket in the one account, preventing the confused-deputy problem.'),
    ],
    learnMore: '/docs/security/permissions', source: S.resourcePolicy, asOf: CHECKED,
  }),
  question({
    id: 'd1-permission-boundary-developers',
    domain: 1, taskStatement: '1.1',
    stem: 'Developers may create execution roles for their own functions, but the security team must ensure that no such role can ever grant more than read access to one DynamoDB table and write access to CloudWatch Logs. What is the most manageable control?',
    options: [
      right('Require a permissions boundary on every role the developers create, and allow iam:CreateRole only with that boundary attached.', 'A permissions boundary caps the effective permissions of a role, whatever policies are attached to it later.'),
      wrong('Review every new role manually once a week.', 'A manual review leaves a week in which a broad role can be used.'),
      wrong('Attach AWSLambdaBasicExecutionRole to every function.', 'It grants logging only and does not stop developers from attaching more.'),
      wrong('Use a resource-based policy on the table that denies everything.', 'That would also block the functions that legitimately read it, and does not limit other services.'),
    ],
    learnMore: '/docs/security/permissions', source: B.permissionBoundaries, asOf: CHECKED,
  }),
  question({
    id: 'd1-scp-region-restriction',
    domain: 1, taskStatement: '1.1',
    stem: 'A company with dozens of accounts in AWS Organizations must prevent anyone, including account administrators, from creating Lambda functions outside two approved Regions. What should the architect use?',
    options: [
      wrong('A permissions boundary on every IAM user.', 'Boundaries are per principal and an administrator could remove them.'),
      wrong('AWS Config rules that delete non-compliant functions.', 'Config detects after the fact; it does not prevent creation.'),
      right('A service control policy that denies lambda:CreateFunction unless aws:RequestedRegion is one of the two Regions.', 'SCPs set the maximum permissions for every principal in the member accounts, administrators included.'),
      wrong('A resource-based policy on each function.', 'A function that does not exist yet has no policy to check.'),
    ],
    learnMore: '/docs/security/permissions', source: B.scp, asOf: CHECKED,
  }),
  question({
    id: 'd1-cross-account-assume-role',
    domain: 1, taskStatement: '1.1',
    stem: 'A function in account A must write objects to an S3 bucket owned by account B. Account B\'s security team wants to control the permissions in its own account and revoke them at any time. Which design fits best?',
    options: [
      wrong('Store account B access keys in the function\'s environment variables.', 'Long-lived keys in configuration are exactly what roles are meant to replace.'),
      right('Create a role in account B that trusts account A\'s execution role; the function calls sts:AssumeRole and uses the temporary credentials.', 'Account B owns and can revoke the role; the function gets short-lived credentials.'),
      wrong('Make the bucket public for writes from account A\'s IP range.', 'Lambda does not have fixed IP addresses, and public write access is never appropriate.'),
      wrong('Copy the function into account B.', 'It moves the workload instead of granting access, and duplicates code and operations.'),
    ],
    learnMore: '/docs/security/permissions', source: B.iamRolesCrossAccount, asOf: CHECKED,
  }),
  question({
    id: 'd1-abac-tags',
    domain: 1, taskStatement: '1.1',
    stem: 'Fifty teams share one account. Each team may update and invoke only its own Lambda functions, and new teams join monthly. Which approach scales with the least policy maintenance?',
    options: [
      wrong('One IAM policy per team listing its function ARNs, updated on every deploy.', 'It works but must change every time a function is added.'),
      wrong('Give every team lambda:* and rely on naming conventions.', 'Naming conventions are not enforced by IAM.'),
      wrong('Put each team\'s functions in a separate VPC.', 'VPCs isolate network traffic, not who may call the Lambda API.'),
      right('Attribute-based access control: tag functions and principals with the team, and allow actions only when aws:ResourceTag/team matches aws:PrincipalTag/team.', 'One policy covers every team and every new function, as long as tags are set.'),
    ],
    learnMore: '/docs/security/permissions', source: B.lambdaAbac, asOf: CHECKED,
  }),
  question({
    id: 'd1-function-url-cloudfront-oac',
    domain: 1, taskStatement: '1.2',
    stem: 'A public website is served through CloudFront with a Lambda function URL as origin. Users must not be able to call the function URL directly and bypass CloudFront\'s WAF rules. What should be configured?',
    options: [
      wrong('Keep the function URL auth type NONE and check a secret header in the code.', 'A shared header can leak and is weaker than signed requests; AWS offers a managed way.'),
      wrong('Put the function in a VPC without a NAT gateway.', 'That affects the function\'s outbound traffic, not who can reach the URL.'),
      right('Set the function URL auth type to AWS_IAM and use CloudFront origin access control (OAC), allowing only the distribution to invoke it.', 'With OAC CloudFront signs origin requests with SigV4; unsigned direct calls are rejected.'),
      wrong('Enable CORS on the function URL for the CloudFront domain only.', 'CORS is enforced by browsers, not by the server; curl ignores it.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: B.cloudFrontLambdaOac, asOf: CHECKED,
  }),
  question({
    id: 'd1-mtls-partner-api',
    domain: 1, taskStatement: '1.2',
    stem: 'A B2B API on API Gateway (REST, Regional, custom domain) backed by Lambda must accept requests only from partners that present a client certificate issued by the company\'s private CA. What should the architect enable?',
    options: [
      right('Mutual TLS on the custom domain name, with a truststore in S3 holding the CA certificates.', 'API Gateway then rejects TLS handshakes from clients without a certificate the truststore trusts.'),
      wrong('An API key per partner in a usage plan.', 'API keys identify callers for throttling and quotas; AWS says not to use them for authentication.'),
      wrong('A Cognito user pool authorizer.', 'It validates JWTs from the user pool, not client certificates.'),
      wrong('A security group on the API that allows the partners\' IP ranges.', 'API Gateway endpoints do not have security groups.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: B.apiMtls, asOf: CHECKED,
  }),
  question({
    id: 'd1-api-keys-not-auth',
    domain: 1, taskStatement: '1.2',
    stem: 'A mobile app calls a REST API backed by Lambda. The team proposes to secure it by shipping an API key inside the app. Which statement should the architect make?',
    options: [
      wrong('API keys are the recommended authentication method for public clients.', 'AWS recommends against using API keys for authentication or authorization.'),
      wrong('API keys are encrypted in the app bundle, so they cannot be extracted.', 'Anything shipped in an app can be extracted.'),
      right('API keys are for usage plans (throttling and quotas); authenticate users with a Cognito user pool or a Lambda authorizer instead.', 'Usage plans meter callers; identity needs an authorizer.'),
      wrong('API keys only work with HTTP APIs.', 'Usage plans and API keys are a REST API feature.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: B.apiUsagePlans, asOf: CHECKED,
  }),
  question({
    id: 'd1-api-resource-policy-ip',
    domain: 1, taskStatement: '1.2',
    stem: 'An internal reporting API (API Gateway REST, Regional) backed by Lambda must be callable only from the company\'s office IP ranges, without any change to the function. What is the simplest control?',
    options: [
      wrong('Check the source IP in the function and return 403.', 'It works, but every blocked request still invokes and bills the function, and it is a code change.'),
      right('An API Gateway resource policy that denies execute-api:Invoke unless aws:SourceIp is in the office ranges.', 'The request is rejected before it reaches the integration.'),
      wrong('A NAT gateway with an Elastic IP.', 'A NAT gateway fixes outbound addresses, it does not filter inbound callers.'),
      wrong('A reserved concurrency of 0 outside office hours.', 'That disables the function for everyone, not by source address.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: B.apiResourcePolicy, asOf: CHECKED,
  }),
  question({
    id: 'd1-cognito-identity-pool-direct',
    domain: 1, taskStatement: '1.1',
    stem: 'A mobile app lets signed-in users upload photos directly to their own prefix in an S3 bucket; a Lambda function then processes each upload. How should the app get permission to upload, without routing the file through the function?',
    options: [
      wrong('Embed an IAM user\'s access keys in the app.', 'Shared long-lived keys cannot be scoped per user and will leak.'),
      wrong('Make the bucket writable by everyone and delete unexpected objects.', 'Public write access invites abuse.'),
      wrong('Invoke the function synchronously with the photo in the payload.', 'It routes the file through the function, which the scenario rules out, and hits the 6 MB payload limit.'),
      right('Exchange the user pool token for temporary AWS credentials through a Cognito identity pool, with a role that allows s3:PutObject on the user\'s own prefix.', 'Identity pools issue short-lived, per-user credentials; policy variables scope them to the user\'s prefix.'),
    ],
    learnMore: '/docs/security/permissions', source: B.cognitoIdentityPools, asOf: CHECKED,
  }),
  question({
    id: 'd1-waf-rate-based-function-url',
    domain: 1, taskStatement: '1.2',
    stem: 'A public signup endpoint is implemented as a Lambda function behind API Gateway. Bots send thousands of requests per minute from a few IP addresses, driving up cost. What protects the function best?',
    options: [
      wrong('Raise the function\'s reserved concurrency.', 'It lets the bots consume more, not less.'),
      right('Associate an AWS WAF web ACL with a rate-based rule with the API stage.', 'WAF blocks abusive sources before API Gateway invokes the function.'),
      wrong('Enable X-Ray tracing.', 'Tracing records requests; it does not block any.'),
      wrong('Move the function to arm64.', 'Cheaper per GB-second, but the bot traffic is still served.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: S.apiGatewayWaf, asOf: CHECKED,
  }),
  question({
    id: 'd1-lambda-interface-endpoint',
    domain: 1, taskStatement: '1.2',
    stem: 'An application on EC2 in a private subnet with no internet route must invoke a Lambda function. Traffic must stay on the AWS network. What should be added?',
    options: [
      wrong('A gateway VPC endpoint for Lambda.', 'Gateway endpoints exist only for S3 and DynamoDB.'),
      wrong('Attach the function to the same VPC.', 'The Invoke API is still a public regional endpoint; attaching the function changes its own outbound path, not the caller\'s.'),
      right('An interface VPC endpoint (AWS PrivateLink) for the Lambda service.', 'The caller reaches the Lambda API through private IP addresses in its subnets.'),
      wrong('A VPC peering connection to the Lambda service VPC.', 'Customers cannot peer with AWS service VPCs.'),
    ],
    learnMore: '/docs/security/vpc', source: B.lambdaInterfaceEndpoint, asOf: CHECKED,
  }),
  question({
    id: 'd1-vpc-config-condition-keys',
    domain: 1, taskStatement: '1.2',
    stem: 'A regulated company requires every Lambda function in its accounts to be attached to approved VPC subnets, so all traffic passes its inspection appliances. How can this be enforced at creation time?',
    options: [
      right('An IAM (or SCP) deny on lambda:CreateFunction and lambda:UpdateFunctionConfiguration unless lambda:SubnetIds and lambda:SecurityGroupIds match the approved values.', 'Lambda supports VPC condition keys precisely for this kind of preventive control.'),
      wrong('A CloudWatch alarm on the Invocations metric.', 'It counts invocations; it cannot stop a non-VPC function being created.'),
      wrong('A NAT gateway in each public subnet.', 'It serves VPC functions; non-VPC functions never use it.'),
      wrong('Lambda code signing.', 'Code signing validates packages, not network configuration.'),
    ],
    learnMore: '/docs/security/vpc', source: S.vpc, asOf: CHECKED,
  }),
  question({
    id: 'd1-rds-iam-auth',
    domain: 1, taskStatement: '1.2',
    stem: 'A function connects to an Amazon RDS for PostgreSQL database with a password stored in an environment variable. The security team wants no long-lived database passwords used by the function. Which option meets this? (Choose two.)',
    options: [
      wrong('Encrypt the environment variable with a customer managed KMS key.', 'The password is still long-lived; only its storage changes.'),
      right('Use IAM database authentication: the function generates a short-lived authentication token with its execution role.', 'Tokens are valid for 15 minutes and are signed with the role\'s credentials; no password is stored.'),
      wrong('Put the password in the function code instead.', 'Worse: it ends up in the deployment package and source control.'),
      right('Connect through RDS Proxy with IAM authentication to the proxy, the proxy holding the database credentials in Secrets Manager.', 'The function authenticates with IAM; the proxy manages the secret, which Secrets Manager can rotate.'),
      wrong('Allow the database security group from 0.0.0.0/0 so no credentials are needed.', 'Network access never replaces authentication.'),
    ],
    learnMore: '/docs/security/secrets-and-compliance', source: B.rdsIamAuth, asOf: CHECKED,
  }),
  question({
    id: 'd1-parameter-store-config',
    domain: 1, taskStatement: '1.2',
    stem: 'Twenty functions share a set of non-secret configuration values and three API keys. The team wants one place to change them, encryption for the keys, and the lowest cost; automatic rotation is not needed. What should they use?',
    options: [
      wrong('Secrets Manager for everything.', 'It works, but each secret has a monthly charge and rotation is not needed here.'),
      wrong('Environment variables copied into each of the twenty functions.', 'Twenty copies to update, and secrets visible to anyone who can read the configuration.'),
      wrong('A JSON file in the deployment package.', 'Changing a value means redeploying every function.'),
      right('Systems Manager Parameter Store: String parameters for the configuration and SecureString (KMS-encrypted) parameters for the keys, cached in the functions.', 'Standard parameters have no storage charge, SecureString encrypts with KMS, and one change reaches every function.'),
    ],
    learnMore: '/docs/security/secrets-and-compliance', source: B.parameterStore, asOf: CHECKED,
  }),
  question({
    id: 'd1-secrets-rotation-lambda',
    domain: 1, taskStatement: '1.3',
    stem: 'A compliance rule requires the database password used by an application to change every 30 days without downtime. Which AWS mechanism does this with the least custom work?',
    options: [
      wrong('An EventBridge schedule that emails the DBA every 30 days.', 'A reminder is not rotation.'),
      right('Secrets Manager rotation on a 30-day schedule, which runs a rotation Lambda function (AWS provides templates for RDS).', 'Secrets Manager invokes the rotation function to create, set, test and finish the new secret.'),
      wrong('KMS automatic key rotation.', 'It rotates key material used for encryption; it does not change a database password.'),
      wrong('Parameter Store SecureString with a 30-day expiration policy.', 'Parameter policies can notify or expire a parameter, but they do not change the database password.'),
    ],
    learnMore: '/docs/security/secrets-and-compliance', source: B.secretsRotation, asOf: CHECKED,
  }),
  question({
    id: 'd1-guardduty-lambda-protection',
    domain: 1, taskStatement: '1.2',
    stem: 'The security team wants to be alerted when a Lambda function starts communicating with known cryptocurrency-mining or command-and-control hosts. Which managed service provides this?',
    options: [
      wrong('Amazon Inspector.', 'Inspector scans code and dependencies for vulnerabilities; it does not watch network activity.'),
      wrong('AWS Config.', 'Config records configuration changes, not network traffic.'),
      wrong('CloudTrail data events for Lambda.', 'They record Invoke API calls, not what the function connects to.'),
      right('Amazon GuardDuty Lambda Protection.', 'It monitors network activity logs of Lambda invocations and raises findings for suspicious destinations.'),
    ],
    learnMore: '/docs/security/secrets-and-compliance', source: B.guardDutyLambda, asOf: CHECKED,
  }),
  question({
    id: 'd1-inspector-lambda-scanning',
    domain: 1, taskStatement: '1.2',
    stem: 'An organisation runs hundreds of functions with third-party npm and PyPI dependencies. It needs continuous findings when a dependency in a deployed function gets a new CVE. What should it enable?',
    options: [
      right('Amazon Inspector Lambda standard scanning.', 'Inspector scans function packages and layers for vulnerable dependencies and rescans when new CVEs are published.'),
      wrong('GuardDuty Lambda Protection.', 'It detects suspicious network activity, not vulnerable packages.'),
      wrong('Lambda code signing.', 'Signing proves who published a package, not that its dependencies are safe.'),
      wrong('Managed runtime automatic updates.', 'They patch the runtime, not the dependencies in your package.'),
    ],
    learnMore: '/docs/security/secrets-and-compliance', source: B.inspectorLambda, asOf: CHECKED,
  }),
  question({
    id: 'd1-execution-role-vs-caller',
    domain: 1, taskStatement: '1.1',
    stem: 'A user with only lambda:InvokeFunction calls a function that deletes items from a DynamoDB table. The user has no DynamoDB permissions at all, yet the items are deleted. Why?',
    options: [
      wrong('Lambda passes the caller\'s credentials to the function.', 'It does not; the function uses its execution role.'),
      wrong('DynamoDB trusts any request coming from Lambda.', 'DynamoDB authorises every request against the caller\'s IAM credentials.'),
      right('The function runs with its execution role, which allows dynamodb:DeleteItem; invoking it is all the user needs.', 'Invoke permission and the function\'s own permissions are separate; grant invoke only to those who may trigger what the role allows.'),
      wrong('The table has a resource-based policy allowing everyone.', 'Nothing in the scenario says so, and it is not needed to explain the behaviour.'),
    ],
    learnMore: '/docs/security/permissions', source: S.executionRole, asOf: CHECKED,
  }),
  question({
    id: 'd1-appsync-lambda-authorizer',
    domain: 1, taskStatement: '1.2',
    stem: 'A GraphQL API for a mobile app is built on AWS AppSync with Lambda resolvers. Users sign in with a Cognito user pool, and some fields must be visible only to users in the "admin" group. Which approach is the most direct?',
    options: [
      wrong('An API key on the AppSync API and a group check in each resolver.', 'API keys do not identify users, so the resolver has no group to check.'),
      wrong('A WAF rule that blocks non-admin users.', 'WAF sees requests, not Cognito group membership.'),
      wrong('A separate AppSync API for administrators with a public endpoint.', 'It duplicates the API and still needs authorization.'),
      right('Cognito user pool authorization on the AppSync API, with @aws_cognito_user_pools(cognito_groups: ["admin"]) on the restricted fields.', 'AppSync enforces the group directives from the user pool token before the resolver runs.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: B.appSync, asOf: CHECKED,
  }),
  question({
    id: 'd1-authorizer-caching',
    domain: 1, taskStatement: '1.2',
    stem: 'A REST API uses a token-based Lambda authorizer that calls an external identity provider. At peak the authorizer is invoked on every request and the provider throttles it. What reduces the authorizer\'s load without weakening security?',
    options: [
      wrong('Remove the authorizer and validate tokens in every backend function.', 'It moves the same load elsewhere and spreads security code across functions.'),
      right('Enable authorizer result caching with a TTL (for example 300 seconds), keyed on the token.', 'API Gateway reuses the returned policy for the same token until the TTL expires.'),
      wrong('Give the authorizer provisioned concurrency.', 'It removes cold starts but still calls the provider on every request.'),
      wrong('Switch the API to an API key.', 'API keys are not an authentication mechanism.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: S.lambdaAuthorizer, asOf: CHECKED,
  }),
];
