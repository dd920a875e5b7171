/**
 * The simulated AWS SDK's mock core, shared by the Node.js and Python playgrounds: parse the mock
 * file, answer each call from it, record and format the calls. Pure TypeScript.
 */
export {answerAwsCall, formatAwsCall} from './answerAwsCall.ts';
export {matchesPartially} from './matchesPartially.ts';
export {DOCUMENT_CLIENT_OPERATIONS, normalizeServiceName, operationFromCommandName, operationFromSnakeCase} from './names.ts';
export {EMPTY_MOCK_FILE, parseMockFile, validateMockFile} from './parseMockFile.ts';
export {NO_MOCK_NOTE, type AwsCall, type AwsCallOutcome, type AwsCallRecord, type MockEntry, type MockError, type MockFile} from './types.ts';
