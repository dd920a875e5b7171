/** Amazon Cognito: user-pool Lambda triggers and the legacy Cognito Sync trigger. */
import type {EventTemplate} from './types.ts';

const AS_OF = '2026-11-24';
const common = (triggerSource: string, version = '1') => ({
  version, region: 'us-east-1', userPoolId: 'us-east-1_EXAMPLE', userName: 'ada',
  callerContext: {awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: '1example23456789'}, triggerSource,
});
const attributes = {sub: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111', email: 'ada@example.com', email_verified: 'true', 'cognito:user_status': 'CONFIRMED'};

export const IDENTITY_EVENTS: readonly EventTemplate[] = [
  {
    id: 'cognito-pre-sign-up', service: 'Amazon Cognito', name: 'User pool: pre sign-up', awsType: 'PreSignUpTriggerEvent',
    source: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html', asOf: AS_OF,
    fields: [{label: 'Email', path: ['request', 'userAttributes', 'email']}, {label: 'User name', path: ['userName']}],
    event: {...common('PreSignUp_SignUp'), request: {userAttributes: {email: 'ada@example.com'}, validationData: {}}, response: {autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false}},
  },
  {
    id: 'cognito-post-confirmation', service: 'Amazon Cognito', name: 'User pool: post confirmation', awsType: 'PostConfirmationTriggerEvent',
    source: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html', asOf: AS_OF,
    fields: [{label: 'Email', path: ['request', 'userAttributes', 'email']}],
    event: {...common('PostConfirmation_ConfirmSignUp'), request: {userAttributes: attributes}, response: {}},
  },
  {
    id: 'cognito-pre-token-generation-v2', service: 'Amazon Cognito', name: 'User pool: pre token generation (V2)', awsType: 'PreTokenGenerationV2TriggerEvent',
    source: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html', asOf: AS_OF,
    fields: [{label: 'Groups', path: ['request', 'groupConfiguration', 'groupsToOverride']}],
    event: {
      ...common('TokenGeneration_Authentication', '2'),
      request: {userAttributes: attributes, groupConfiguration: {groupsToOverride: ['admins'], iamRolesToOverride: [], preferredRole: null}, scopes: ['openid', 'email']},
      response: {claimsAndScopeOverrideDetails: null},
    },
  },
  {
    id: 'cognito-sync-trigger', service: 'Amazon Cognito', name: 'Cognito Sync trigger (legacy)', sam: 'cognito sync-trigger',
    source: 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-events.html', asOf: AS_OF,
    fields: [{label: 'Dataset', path: ['datasetName']}],
    event: {
      version: 2, eventType: 'SyncTrigger', region: 'us-east-1', identityPoolId: 'us-east-1:example-identity-pool', identityId: 'us-east-1:example-identity',
      datasetName: 'SampleDataset', datasetRecords: {SampleKey1: {oldValue: 'oldValue1', newValue: 'newValue1', op: 'replace'}},
    },
  },
];
