/**
 * Voice and chat bots beyond the basic samples: the rest of SAM's Alexa skill and smart-home
 * requests, and its Lex (V1) and Lex V2 bots. Alexa has no @types/aws-lambda type; Lex has both.
 */
import type {EventTemplate, JsonValue} from './types.ts';

const AS_OF = '2026-12-02';
const ALEXA_DOC = 'https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html';
const SKILL = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
const USER = 'amzn1.ask.account.EXAMPLE';

/** One Alexa custom-skill request envelope around `request`. */
function alexa(request: Record<string, JsonValue>, isNew = false): JsonValue {
  return {
    version: '1.0',
    session: {new: isNew, sessionId: 'amzn1.echo-api.session.0000', application: {applicationId: SKILL}, attributes: {}, user: {userId: USER}},
    context: {System: {application: {applicationId: SKILL}, user: {userId: USER}, device: {deviceId: 'amzn1.ask.device.EXAMPLE', supportedInterfaces: {}}, apiEndpoint: 'https://api.amazonalexa.com'}},
    request: {requestId: 'amzn1.echo-api.request.0000', timestamp: '2026-12-02T10:00:00Z', locale: 'en-US', ...request},
  };
}

const intent = (name: string, slots: Record<string, string> = {}) => ({
  type: 'IntentRequest',
  intent: {name, confirmationStatus: 'NONE', slots: Object.fromEntries(Object.entries(slots).map(([n, value]) => [n, {name: n, value, confirmationStatus: 'NONE'}]))},
});

function smartHome(name: 'TurnOn' | 'TurnOff'): JsonValue {
  return {directive: {
    header: {namespace: 'Alexa.PowerController', name, payloadVersion: '3', messageId: '1bd5d003-31b9-476f-ad03-71d471922820', correlationToken: 'dFMb0z+PgpgdDmluhJ1LddFvSqZ/jCc8ptlAKulUj90jSqg=='},
    endpoint: {scope: {type: 'BearerToken', token: 'access-token-from-skill'}, endpointId: 'appliance-001', cookie: {}},
    payload: {},
  }};
}

const LEX_V1_DOC = 'https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html';
function lexV1(bot: string, intentName: string, slots: Record<string, string | null>, source: 'DialogCodeHook' | 'FulfillmentCodeHook', transcript: string): JsonValue {
  const filled = Object.entries(slots).filter((e): e is [string, string] => e[1] !== null);
  return {
    messageVersion: '1.0', invocationSource: source, userId: 'John', sessionAttributes: {}, requestAttributes: null,
    bot: {name: bot, alias: '$LATEST', version: '$LATEST'}, outputDialogMode: 'Text', inputTranscript: transcript,
    currentIntent: {name: intentName, slots, confirmationStatus: 'None', slotDetails: Object.fromEntries(filled.map(([n, v]) => [n, {resolutions: [{value: v}], originalValue: v}]))},
  };
}

const LEX_V2_DOC = 'https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html';
function lexV2(bot: string, intentName: string, slots: Record<string, [original: string, interpreted: string]>, source: 'DialogCodeHook' | 'FulfillmentCodeHook', transcript: string): JsonValue {
  const slotMap = Object.fromEntries(Object.entries(slots).map(([n, [o, i]]) => [n, {shape: 'Scalar', value: {originalValue: o, interpretedValue: i, resolvedValues: [i]}}]));
  const state = source === 'FulfillmentCodeHook' ? 'ReadyForFulfillment' : 'InProgress';
  const current = {name: intentName, slots: slotMap, state, confirmationState: 'None'};
  return {
    messageVersion: '1.0', invocationSource: source, inputMode: 'Text', responseContentType: 'text/plain; charset=utf-8',
    sessionId: '254688924456798', inputTranscript: transcript,
    bot: {id: 'BOTID12345', name: bot, aliasId: 'TSTALIASID', aliasName: 'TestBotAlias', localeId: 'en_US', version: 'DRAFT'},
    interpretations: [{intent: current, nluConfidence: 0.97}, {intent: {name: 'FallbackIntent', slots: {}, state, confirmationState: 'None'}}],
    proposedNextState: {dialogAction: {type: 'Close'}, intent: current},
    sessionState: {activeContexts: [], sessionAttributes: {}, intent: current, originatingRequestId: 'f57dfc3f-44be-4df9-ae72-9681fc14e67f'},
    requestAttributes: {},
    transcriptions: [{transcription: transcript, transcriptionConfidence: 0.95, resolvedContext: {intent: intentName}, resolvedSlots: {}}],
  };
}

const alexaField = [{label: 'Request type', path: ['request', 'type']}];
const slotField = (slot: string) => [{label: `${slot} slot`, path: ['request', 'intent', 'slots', slot, 'value']}];

export const VOICE_EVENTS: readonly EventTemplate[] = [
  {id: 'alexa-skills-kit-end-session', service: 'Alexa Skills Kit', name: 'Alexa skill SessionEndedRequest', sam: 'alexa-skills-kit end-session', source: ALEXA_DOC, asOf: AS_OF,
    fields: alexaField, event: alexa({type: 'SessionEndedRequest', reason: 'USER_INITIATED'})},
  {id: 'alexa-skills-kit-intent-answer', service: 'Alexa Skills Kit', name: 'Alexa skill IntentRequest (AnswerIntent)', sam: 'alexa-skills-kit intent-answer', source: ALEXA_DOC, asOf: AS_OF,
    fields: slotField('Answer'), event: alexa(intent('AnswerIntent', {Answer: '2'}))},
  {id: 'alexa-skills-kit-intent-getnewfact', service: 'Alexa Skills Kit', name: 'Alexa skill IntentRequest (GetNewFactIntent)', sam: 'alexa-skills-kit intent-getnewfact', source: ALEXA_DOC, asOf: AS_OF,
    fields: [{label: 'Intent', path: ['request', 'intent', 'name']}], event: alexa(intent('GetNewFactIntent'), true)},
  {id: 'alexa-skills-kit-intent-mycoloris', service: 'Alexa Skills Kit', name: 'Alexa skill IntentRequest (MyColorIsIntent)', sam: 'alexa-skills-kit intent-mycoloris', source: ALEXA_DOC, asOf: AS_OF,
    fields: slotField('Color'), event: alexa(intent('MyColorIsIntent', {Color: 'blue'}))},
  {id: 'alexa-skills-kit-intent-recipe', service: 'Alexa Skills Kit', name: 'Alexa skill IntentRequest (RecipeIntent)', sam: 'alexa-skills-kit intent-recipe', source: ALEXA_DOC, asOf: AS_OF,
    fields: slotField('Item'), event: alexa(intent('RecipeIntent', {Item: 'snow golem'}), true)},
  {id: 'alexa-smart-home-turn-on', service: 'Alexa Smart Home', name: 'Alexa smart home PowerController TurnOn (v3)', sam: 'alexa-smart-home smart-home-control-turn-on-request',
    source: 'https://developer.amazon.com/en-US/docs/alexa/device-apis/alexa-powercontroller.html', asOf: AS_OF,
    fields: [{label: 'Endpoint id', path: ['directive', 'endpoint', 'endpointId']}], event: smartHome('TurnOn')},
  {id: 'alexa-smart-home-turn-off', service: 'Alexa Smart Home', name: 'Alexa smart home PowerController TurnOff (v3)', sam: 'alexa-smart-home smart-home-control-turn-off-request',
    source: 'https://developer.amazon.com/en-US/docs/alexa/device-apis/alexa-powercontroller.html', asOf: AS_OF,
    fields: [{label: 'Endpoint id', path: ['directive', 'endpoint', 'endpointId']}], event: smartHome('TurnOff')},
  {id: 'lex-v1-book-hotel', service: 'Amazon Lex (V1)', name: 'Lex V1 BookHotel dialog code hook', sam: 'lex book-hotel', awsType: 'LexEvent', source: LEX_V1_DOC, asOf: AS_OF,
    fields: [{label: 'Location slot', path: ['currentIntent', 'slots', 'Location']}],
    event: lexV1('BookTrip', 'BookHotel', {Location: 'Chicago', CheckInDate: '2026-12-24', Nights: null, RoomType: null}, 'DialogCodeHook', 'book a hotel in Chicago')},
  {id: 'lex-v1-make-appointment', service: 'Amazon Lex (V1)', name: 'Lex V1 MakeAppointment dialog code hook', sam: 'lex make-appointment', awsType: 'LexEvent', source: LEX_V1_DOC, asOf: AS_OF,
    fields: [{label: 'Appointment type', path: ['currentIntent', 'slots', 'AppointmentType']}],
    event: lexV1('MakeAppointment', 'MakeAppointment', {AppointmentType: 'whitening', Date: null, Time: null}, 'DialogCodeHook', 'I would like to book a whitening')},
  {id: 'lex-v1-order-flowers', service: 'Amazon Lex (V1)', name: 'Lex V1 OrderFlowers fulfillment', sam: 'lex order-flowers', awsType: 'LexEvent', source: LEX_V1_DOC, asOf: AS_OF,
    fields: [{label: 'Flower type', path: ['currentIntent', 'slots', 'FlowerType']}],
    event: lexV1('OrderFlowers', 'OrderFlowers', {FlowerType: 'roses', PickupDate: '2026-12-24', PickupTime: '10:00'}, 'FulfillmentCodeHook', 'yes')},
  {id: 'lex-v2-book-car', service: 'Amazon Lex V2', name: 'Lex V2 BookCar dialog code hook', sam: 'lex-v2 book-car', awsType: 'LexV2Event', source: LEX_V2_DOC, asOf: AS_OF,
    fields: [{label: 'Transcript', path: ['inputTranscript']}],
    event: lexV2('BookTrip', 'BookCar', {PickUpCity: ['chicago', 'Chicago'], CarType: ['midsize', 'Midsize']}, 'DialogCodeHook', 'book a midsize car in chicago')},
  {id: 'lex-v2-banking-bot', service: 'Amazon Lex V2', name: 'Lex V2 BankingBot CheckBalance fulfillment', sam: 'lex-v2 banking-bot', awsType: 'LexV2Event', source: LEX_V2_DOC, asOf: AS_OF,
    fields: [{label: 'Transcript', path: ['inputTranscript']}],
    event: lexV2('BankingBot', 'CheckBalance', {accountType: ['savings', 'Savings'], dateofBirth: ['01/01/1990', '1990-01-01']}, 'FulfillmentCodeHook', '01/01/1990')},
];
