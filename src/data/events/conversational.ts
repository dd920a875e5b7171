/** Voice, chat and contact-centre services, plus AppSync, SageMaker Ground Truth and Rekognition samples. */
import type {EventTemplate} from './types.ts';

const AS_OF = '2026-11-24';

export const CONVERSATIONAL_EVENTS: readonly EventTemplate[] = [
  {
    id: 'alexa-skills-kit-start-session', service: 'Alexa Skills Kit', name: 'Alexa skill LaunchRequest', sam: 'alexa-skills-kit start-session',
    source: 'https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html', asOf: AS_OF,
    fields: [{label: 'Request type', path: ['request', 'type']}, {label: 'Locale', path: ['request', 'locale']}],
    event: {
      version: '1.0',
      session: {new: true, sessionId: 'amzn1.echo-api.session.0000', application: {applicationId: 'amzn1.ask.skill.0000'}, attributes: {}, user: {userId: 'amzn1.ask.account.EXAMPLE'}},
      context: {System: {application: {applicationId: 'amzn1.ask.skill.0000'}, user: {userId: 'amzn1.ask.account.EXAMPLE'}, device: {deviceId: 'amzn1.ask.device.EXAMPLE', supportedInterfaces: {}}, apiEndpoint: 'https://api.amazonalexa.com'}},
      request: {type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.0000', timestamp: '2026-11-24T12:00:00Z', locale: 'en-US'},
    },
  },
  {
    id: 'alexa-smart-home-discovery', service: 'Alexa Smart Home', name: 'Alexa smart home discovery (v3)', sam: 'alexa-smart-home smart-home-discovery-request',
    source: 'https://developer.amazon.com/en-US/docs/alexa/device-apis/alexa-discovery.html', asOf: AS_OF,
    fields: [],
    event: {directive: {header: {namespace: 'Alexa.Discovery', name: 'Discover', payloadVersion: '3', messageId: '1bd5d003-31b9-476f-ad03-71d471922820'}, payload: {scope: {type: 'BearerToken', token: 'access-token-from-skill'}}}},
  },
  {
    id: 'lex-v2-dialog', service: 'Amazon Lex V2', name: 'Lex V2 dialog code hook', awsType: 'LexV2Event', sam: 'lex-v2 book-hotel',
    source: 'https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html', asOf: AS_OF,
    fields: [{label: 'Transcript', path: ['inputTranscript']}, {label: 'Intent', path: ['sessionState', 'intent', 'name']}],
    event: {
      messageVersion: '1.0', invocationSource: 'DialogCodeHook', inputMode: 'Text', responseContentType: 'text/plain; charset=utf-8',
      sessionId: '123456789012345', inputTranscript: 'book a hotel in Seattle',
      bot: {id: 'BOTID12345', name: 'BookTrip', aliasId: 'TSTALIASID', aliasName: 'TestBotAlias', localeId: 'en_US', version: 'DRAFT'},
      interpretations: [{intent: {name: 'BookHotel', slots: {Location: {shape: 'Scalar', value: {originalValue: 'Seattle', interpretedValue: 'Seattle', resolvedValues: ['Seattle']}}}, state: 'InProgress', confirmationState: 'None'}, nluConfidence: 0.95}],
      sessionState: {activeContexts: [], sessionAttributes: {}, originatingRequestId: '2d3558dc-780f-422f-9af1-4d73ea3d0a9a', intent: {name: 'BookHotel', slots: {Location: {shape: 'Scalar', value: {originalValue: 'Seattle', interpretedValue: 'Seattle', resolvedValues: ['Seattle']}}}, state: 'InProgress', confirmationState: 'None'}},
      requestAttributes: {},
      transcriptions: [{transcription: 'book a hotel in Seattle', transcriptionConfidence: 0.94, resolvedContext: {intent: 'BookHotel'}, resolvedSlots: {Location: {shape: 'Scalar', value: {originalValue: 'Seattle', resolvedValues: ['Seattle']}}}}],
    },
  },
  {
    id: 'lex-v1-dialog', service: 'Amazon Lex (V1)', name: 'Lex V1 dialog code hook', awsType: 'LexEvent', sam: 'lex book-car',
    source: 'https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html', asOf: AS_OF,
    fields: [{label: 'Transcript', path: ['inputTranscript']}],
    event: {
      messageVersion: '1.0', invocationSource: 'DialogCodeHook', userId: 'John', sessionAttributes: {}, requestAttributes: null,
      bot: {name: 'BookTrip', alias: '$LATEST', version: '$LATEST'}, outputDialogMode: 'Text', inputTranscript: 'book a car',
      currentIntent: {
        name: 'BookCar', slots: {PickUpCity: 'Chicago', PickUpDate: null, ReturnDate: null, CarType: null}, confirmationStatus: 'None',
        slotDetails: {PickUpCity: {resolutions: [{value: 'Chicago'}], originalValue: 'Chicago'}},
      },
    },
  },
  {
    id: 'connect-contact-flow', service: 'Amazon Connect', name: 'Connect contact flow', awsType: 'ConnectContactFlowEvent', sam: 'connect contact-flow-event',
    source: 'https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html', asOf: AS_OF,
    fields: [{label: 'Caller number', path: ['Details', 'ContactData', 'CustomerEndpoint', 'Address']}],
    event: {
      Details: {
        ContactData: {
          Attributes: {}, Channel: 'VOICE', ContactId: '4a573372-1f28-4e26-b97b-XXXXXXXXXXX',
          CustomerEndpoint: {Address: '+15555550100', Type: 'TELEPHONE_NUMBER'}, InitialContactId: '4a573372-1f28-4e26-b97b-XXXXXXXXXXX',
          InitiationMethod: 'INBOUND', InstanceARN: 'arn:aws:connect:us-east-1:123456789012:instance/example-instance', PreviousContactId: '4a573372-1f28-4e26-b97b-XXXXXXXXXXX',
          Queue: null, SystemEndpoint: {Address: '+15555550199', Type: 'TELEPHONE_NUMBER'},
          // Present on every contact flow event; Audio is null until media streaming has started.
          MediaStreams: {Customer: {Audio: {StartFragmentNumber: '91343852333181432392682062622220590765191907586', StartTimestamp: '1764000000000', StreamARN: 'arn:aws:kinesisvideo:us-east-1:123456789012:stream/connect-contact-4a573372/1764000000000'}}},
        },
        Parameters: {sentAttributeKey: 'sentAttributeValue'},
      },
      Name: 'ContactFlowEvent',
    },
  },
  {
    id: 'appsync-resolver', service: 'AWS AppSync', name: 'AppSync direct Lambda resolver', awsType: 'AppSyncResolverEvent<Record<string, unknown>>', sam: 'appsync resolver',
    source: 'https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html', asOf: AS_OF,
    fields: [{label: 'Argument id', path: ['arguments', 'id']}, {label: 'Field', path: ['info', 'fieldName']}],
    event: {
      arguments: {id: '1234'}, identity: null, source: null, request: {headers: {'content-type': 'application/json'}, domainName: null}, prev: null,
      info: {selectionSetList: ['id', 'status'], selectionSetGraphQL: '{ id status }', fieldName: 'getOrder', parentTypeName: 'Query', variables: {}}, stash: {},
    },
  },
  {
    id: 'sagemaker-ground-truth-pre-human', service: 'Amazon SageMaker', name: 'Ground Truth pre-annotation', sam: 'sagemaker ground-truth-pre-human',
    source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html', asOf: AS_OF,
    fields: [{label: 'Source ref', path: ['dataObject', 'source-ref']}],
    event: {version: '2018-10-16', labelingJobArn: 'arn:aws:sagemaker:us-east-1:123456789012:labeling-job/example-job', dataObject: {'source-ref': 's3://amzn-s3-demo-bucket/images/cat.jpg'}},
  },
  {
    id: 'rekognition-s3-request', service: 'Amazon Rekognition', name: 'Rekognition sample (S3 upload to analyse)', awsType: 'S3Event', sam: 'rekognition s3-request',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html', asOf: AS_OF,
    note: "SAM's Rekognition sample is an S3 object-created notification for an image the function then sends to Rekognition.",
    fields: [{label: 'Key', path: ['Records', 0, 's3', 'object', 'key']}],
    event: {Records: [{eventVersion: '2.1', eventSource: 'aws:s3', awsRegion: 'us-east-1', eventTime: '2026-11-24T12:00:00.000Z', eventName: 'ObjectCreated:Put', s3: {s3SchemaVersion: '1.0', configurationId: 'rekognition', bucket: {name: 'amzn-s3-demo-bucket', ownerIdentity: {principalId: 'A3NL1KOZZKExample'}, arn: 'arn:aws:s3:::amzn-s3-demo-bucket'}, object: {key: 'images/face.jpg', size: 20480, eTag: '0123456789abcdef0123456789abcdef', sequencer: '0A1B2C3D4E5F678901'}}, userIdentity: {principalId: 'AWS:AIDAEXAMPLEPRINCIPAL'}, requestParameters: {sourceIPAddress: '203.0.113.10'}, responseElements: {'x-amz-request-id': 'C3D13FE58DE4C810', 'x-amz-id-2': 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD'}}]},
  },
  {
    id: 'sagemaker-ground-truth-annotation-consolidation', service: 'Amazon SageMaker', name: 'Ground Truth annotation consolidation', sam: 'sagemaker ground-truth-annotation-consolidation',
    source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html', asOf: '2026-12-02',
    note: "The workers' answers are in the S3 object at payload.s3Uri; the function reads it with the labeling job's role.",
    fields: [{label: 'Answers S3 URI', path: ['payload', 's3Uri']}],
    event: {
      version: '2018-10-16', labelingJobArn: 'arn:aws:sagemaker:us-east-1:123456789012:labeling-job/example-job', labelAttributeName: 'category',
      roleArn: 'arn:aws:iam::123456789012:role/sagemaker-ground-truth-role',
      payload: {s3Uri: 's3://amzn-s3-demo-bucket/output/example-job/annotations/worker-response/iteration-1/0/2026-12-02_10:00:00.json'},
    },
  },
];
