/** Deployment, configuration and workflow services: CloudFormation, CodeCommit, CodePipeline, Config, Step Functions, Batch. */
import type {EventTemplate} from './types.ts';

const AS_OF = '2026-11-24';

export const AUTOMATION_EVENTS: readonly EventTemplate[] = [
  {
    id: 'cloudformation-create-request', service: 'AWS CloudFormation', name: 'Custom resource Create request', awsType: 'CloudFormationCustomResourceCreateEvent', sam: 'cloudformation create-request',
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html', asOf: AS_OF,
    fields: [{label: 'Request type', path: ['RequestType']}, {label: 'Property', path: ['ResourceProperties', 'Key']}],
    event: {
      RequestType: 'Create', ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:playground-function',
      ResponseURL: 'https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/example-presigned-url',
      StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/MyStack/guid', RequestId: 'unique-id-for-this-create-request',
      ResourceType: 'Custom::TestResource', LogicalResourceId: 'MyTestResource',
      ResourceProperties: {ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:playground-function', Key: 'Value', List: ['1', '2', '3']},
    },
  },
  {
    id: 'codecommit-repository', service: 'AWS CodeCommit', name: 'CodeCommit repository trigger', awsType: 'CodeCommitTriggerEvent', sam: 'codecommit repository',
    source: 'https://docs.aws.amazon.com/codecommit/latest/userguide/how-to-notify-lambda.html', asOf: AS_OF,
    fields: [{label: 'Branch ref', path: ['Records', 0, 'codecommit', 'references', 0, 'ref']}],
    event: {Records: [{
      awsRegion: 'us-east-1', codecommit: {references: [{commit: '5e493c6f3067653f3d04eca608b4901eb227078', ref: 'refs/heads/main'}]},
      customData: 'this is custom data', eventId: '5a824061-17ca-46a9-bbf9-114edeadbeef', eventName: 'TriggerEventTest', eventPartNumber: 1,
      eventSource: 'aws:codecommit', eventSourceARN: 'arn:aws:codecommit:us-east-1:123456789012:my-repo', eventTime: '2026-11-24T12:00:00.000+0000',
      eventTotalParts: 1, eventTriggerConfigId: '5a824061-17ca-46a9-bbf9-114edeadbeef', eventTriggerName: 'my-trigger', eventVersion: '1.0',
      userIdentityARN: 'arn:aws:iam::123456789012:root',
    }]},
  },
  {
    id: 'codepipeline-job', service: 'AWS CodePipeline', name: 'CodePipeline invoke action job', awsType: 'CodePipelineEvent', sam: 'codepipeline job',
    source: 'https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html', asOf: AS_OF,
    fields: [{label: 'User parameters', path: ['CodePipeline.job', 'data', 'actionConfiguration', 'configuration', 'UserParameters']}],
    event: {'CodePipeline.job': {
      id: '11111111-abcd-1111-abcd-111111abcdef', accountId: '123456789012',
      data: {
        actionConfiguration: {configuration: {FunctionName: 'playground-function', UserParameters: 'some-input'}},
        inputArtifacts: [{location: {s3Location: {bucketName: 'amzn-s3-demo-bucket', objectKey: 'input/artifact.zip'}, type: 'S3'}, revision: null, name: 'ArtifactName'}],
        outputArtifacts: [{location: {s3Location: {bucketName: 'amzn-s3-demo-bucket', objectKey: 'output/artifact.zip'}, type: 'S3'}, revision: null, name: 'ArtifactOutput'}],
        artifactCredentials: {secretAccessKey: 'EXAMPLE-NOT-A-REAL-SECRET', sessionToken: 'EXAMPLE-NOT-A-REAL-TOKEN', accessKeyId: 'ASIAIOSFODNN7EXAMPLE'},
      },
    }},
  },
  {
    id: 'config-item-change-notification', service: 'AWS Config', name: 'Config rule: configuration item change', sam: 'config item-change-notification',
    source: 'https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html', asOf: AS_OF,
    note: 'invokingEvent and ruleParameters are JSON strings, as Config sends them.',
    fields: [{label: 'Rule parameters (JSON string)', path: ['ruleParameters']}],
    event: {
      invokingEvent: JSON.stringify({configurationItem: {configurationItemCaptureTime: '2026-11-24T12:00:00.000Z', awsAccountId: '123456789012', configurationItemStatus: 'OK', resourceId: 'i-0123456789abcdef0', resourceType: 'AWS::EC2::Instance', configuration: {instanceType: 't3.micro'}}, notificationCreationTime: '2026-11-24T12:00:01.000Z', messageType: 'ConfigurationItemChangeNotification', recordVersion: '1.3'}),
      ruleParameters: '{"desiredInstanceType":"t3.micro"}', resultToken: 'myResultToken', eventLeftScope: false,
      executionRoleArn: 'arn:aws:iam::123456789012:role/config-role', configRuleArn: 'arn:aws:config:us-east-1:123456789012:config-rule/config-rule-0123456',
      configRuleName: 'change-triggered-config-rule', configRuleId: 'config-rule-0123456', accountId: '123456789012', version: '1.0',
    },
  },
  {
    id: 'stepfunctions-error', service: 'AWS Step Functions', name: 'Step Functions Catch input (Error, Cause)', sam: 'stepfunctions error',
    source: 'https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html', asOf: AS_OF,
    fields: [{label: 'Error', path: ['Error']}, {label: 'Cause', path: ['Cause']}],
    event: {Error: 'States.TaskFailed', Cause: '{"errorMessage":"boom","errorType":"Error"}'},
  },
  {
    id: 'batch-job-state-change', service: 'AWS Batch', name: 'Batch job state change (EventBridge)', awsType: 'EventBridgeEvent<string, Record<string, unknown>>',
    source: 'https://docs.aws.amazon.com/batch/latest/userguide/batch_job_events.html', asOf: AS_OF,
    fields: [{label: 'Status', path: ['detail', 'status']}],
    event: {
      version: '0', id: 'c8f9c4b5-76e5-d76a-f980-7011e206042b', 'detail-type': 'Batch Job State Change', source: 'aws.batch', account: '123456789012',
      time: '2026-11-24T12:00:00Z', region: 'us-east-1', resources: ['arn:aws:batch:us-east-1:123456789012:job/4c7599ae-0a82-49aa-ba5a-4727fcce14a8'],
      detail: {jobName: 'event-test', jobId: '4c7599ae-0a82-49aa-ba5a-4727fcce14a8', jobQueue: 'arn:aws:batch:us-east-1:123456789012:job-queue/first-run-job-queue', status: 'RUNNABLE', attempts: [], createdAt: 1764000000000, retryStrategy: {attempts: 2}, dependsOn: [], jobDefinition: 'arn:aws:batch:us-east-1:123456789012:job-definition/first-run-job-definition:1', parameters: {}, container: {image: 'busybox', command: ['sleep', '600']}},
    },
  },
  {
    id: 'batch-submit-job', service: 'AWS Batch', name: 'Batch SubmitJob input (from a state machine)', sam: 'batch submit-job',
    source: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html', asOf: '2026-12-02',
    note: 'Not a trigger: the input a workflow step passes to a function that submits the job; the function calls SubmitJob with it.',
    fields: [{label: 'Job name', path: ['jobName']}, {label: 'Job queue', path: ['jobQueue']}],
    event: {jobName: 'nightly-report', jobQueue: 'arn:aws:batch:us-east-1:123456789012:job-queue/first-run-job-queue', jobDefinition: 'arn:aws:batch:us-east-1:123456789012:job-definition/report:1', parameters: {date: '2026-12-02'}},
  },
  {
    id: 'batch-get-job', service: 'AWS Batch', name: 'Batch job id to look up (DescribeJobs input)', sam: 'batch get-job',
    source: 'https://docs.aws.amazon.com/batch/latest/APIReference/API_DescribeJobs.html', asOf: '2026-12-02',
    note: 'Not a trigger: the SubmitJob result a workflow passes on, for a function that polls DescribeJobs with the job id.',
    fields: [{label: 'Job id', path: ['jobId']}],
    event: {jobName: 'nightly-report', jobId: '4c7599ae-0a82-49aa-ba5a-4727fcce14a8', jobArn: 'arn:aws:batch:us-east-1:123456789012:job/4c7599ae-0a82-49aa-ba5a-4727fcce14a8'},
  },
  {
    id: 'config-periodic-rule', service: 'AWS Config', name: 'Config rule: periodic evaluation', sam: 'config periodic-rule',
    source: 'https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html', asOf: '2026-12-02',
    note: 'A periodic rule gets a ScheduledNotification, with no configuration item: the function lists the resources itself.',
    fields: [{label: 'Rule parameters (JSON string)', path: ['ruleParameters']}],
    event: {
      invokingEvent: JSON.stringify({awsAccountId: '123456789012', notificationCreationTime: '2026-12-02T10:00:00.000Z', messageType: 'ScheduledNotification', recordVersion: '1.0'}),
      ruleParameters: '{"maxAccessKeyAgeDays":"90"}', resultToken: 'myResultToken', eventLeftScope: false,
      executionRoleArn: 'arn:aws:iam::123456789012:role/config-role', configRuleArn: 'arn:aws:config:us-east-1:123456789012:config-rule/config-rule-0123457',
      configRuleName: 'periodic-config-rule', configRuleId: 'config-rule-0123457', accountId: '123456789012', version: '1.0',
    },
  },
  {
    id: 'config-oversized-item-change-notification', service: 'AWS Config', name: 'Config rule: oversized configuration item change', sam: 'config oversized-item-change-notification',
    source: 'https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html', asOf: '2026-12-02',
    note: 'When the item is too large for the event, Config sends only configurationItemSummary; the function fetches the full item with GetResourceConfigHistory.',
    fields: [{label: 'Rule parameters (JSON string)', path: ['ruleParameters']}],
    event: {
      invokingEvent: JSON.stringify({configurationItemSummary: {changeType: 'UPDATE', configurationItemVersion: '1.3', configurationItemCaptureTime: '2026-12-02T10:00:00.000Z', configurationStateId: 1764669600000, awsAccountId: '123456789012', configurationItemStatus: 'OK', resourceType: 'AWS::EC2::Instance', resourceId: 'i-0123456789abcdef0', resourceName: null, ARN: 'arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0', awsRegion: 'us-east-1', availabilityZone: 'us-east-1a', configurationStateMd5Hash: '', resourceCreationTime: '2026-11-24T12:00:00.000Z'}, notificationCreationTime: '2026-12-02T10:00:01.000Z', messageType: 'OversizedConfigurationItemChangeNotification', recordVersion: '1.0'}),
      ruleParameters: '{"desiredInstanceType":"t3.micro"}', resultToken: 'myResultToken', eventLeftScope: false,
      executionRoleArn: 'arn:aws:iam::123456789012:role/config-role', configRuleArn: 'arn:aws:config:us-east-1:123456789012:config-rule/config-rule-0123456',
      configRuleName: 'change-triggered-config-rule', configRuleId: 'config-rule-0123456', accountId: '123456789012', version: '1.0',
    },
  },
];
