/**
 * Reads a mock file (JSON). Every error is one line naming the JSON path
 * (`mocks[2].operation: must be a PascalCase operation name such as GetParameter`).
 */
import {fail, ok, type Result} from '../result.ts';
import {normalizeServiceName} from './names.ts';
import type {MockEntry, MockError, MockFile} from './types.ts';

/** Latency above this would exceed Lambda's 900 s maximum timeout on its own. */
const MAX_LATENCY_MS = 900_000;
const MAX_MOCKS = 1000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseError(value: unknown, path: string): Result<MockError> {
  if (!isRecord(value)) return fail(`${path}: must be an object like {"code": "ResourceNotFoundException", "message": "…", "statusCode": 400}`);
  const {code, message, statusCode} = value;
  if (typeof code !== 'string' || !/^[A-Za-z][\w.]*$/.test(code)) return fail(`${path}.code: must be an AWS error code such as ResourceNotFoundException`);
  if (message !== undefined && typeof message !== 'string') return fail(`${path}.message: must be a string`);
  if (statusCode !== undefined && (typeof statusCode !== 'number' || !Number.isInteger(statusCode) || statusCode < 400 || statusCode > 599)) {
    return fail(`${path}.statusCode: must be a whole number from 400 to 599 (an HTTP error status)`);
  }
  for (const key of Object.keys(value)) {
    if (key !== 'code' && key !== 'message' && key !== 'statusCode') return fail(`${path}.${key}: unknown field (allowed: code, message, statusCode)`);
  }
  return ok({code, message: message ?? code, statusCode: statusCode ?? 400});
}

function parseEntry(value: unknown, path: string): Result<MockEntry> {
  if (!isRecord(value)) return fail(`${path}: must be an object with service, operation and output or error`);
  const {service, operation, input, output, error} = value;
  if (typeof service !== 'string' || !/^[a-z][a-z0-9-]*$/i.test(service.trim())) return fail(`${path}.service: must be an SDK v3 service name such as ssm, dynamodb, s3, secrets-manager`);
  if (typeof operation !== 'string' || !/^[A-Z][A-Za-z0-9]*$/.test(operation)) return fail(`${path}.operation: must be a PascalCase operation name such as GetParameter (got ${JSON.stringify(operation)})`);
  if (output !== undefined && error !== undefined) return fail(`${path}: has both output and error; a mock answers with one of them`);
  for (const key of Object.keys(value)) {
    if (!['service', 'operation', 'input', 'output', 'error'].includes(key)) return fail(`${path}.${key}: unknown field (allowed: service, operation, input, output, error)`);
  }
  if (input !== undefined && !isRecord(input)) return fail(`${path}.input: must be an object (a partial match of the call's input)`);
  if (output !== undefined && !isRecord(output)) return fail(`${path}.output: must be an object (what the SDK call returns)`);
  let parsedError: MockError | undefined;
  if (error !== undefined) {
    const e = parseError(error, `${path}.error`);
    if (!e.ok) return e;
    parsedError = e.value;
  }
  return ok({
    service: normalizeServiceName(service),
    operation,
    ...(input !== undefined ? {input} : {}),
    ...(parsedError ? {error: parsedError} : {output: output ?? {}}),
  });
}

/** Parses and validates an already-decoded mock file value. */
export function validateMockFile(value: unknown): Result<MockFile> {
  if (Array.isArray(value)) return validateMockFile({mocks: value});
  if (!isRecord(value)) return fail('mock file: must be a JSON object like {"mocks": [{"service": "ssm", "operation": "GetParameter", "output": {…}}]}');
  for (const key of Object.keys(value)) {
    if (key !== 'mocks' && key !== 'latencyMs') return fail(`${key}: unknown field (allowed: latencyMs, mocks)`);
  }
  const latency = value.latencyMs ?? 0;
  if (typeof latency !== 'number' || !Number.isFinite(latency) || latency < 0 || latency > MAX_LATENCY_MS) {
    return fail(`latencyMs: must be a number of milliseconds from 0 to ${MAX_LATENCY_MS.toLocaleString('en-US')}`);
  }
  const list = value.mocks ?? [];
  if (!Array.isArray(list)) return fail('mocks: must be an array of mocks');
  if (list.length > MAX_MOCKS) return fail(`mocks: ${list.length} mocks; at most ${MAX_MOCKS} are accepted`);
  const mocks: MockEntry[] = [];
  for (let i = 0; i < list.length; i++) {
    const entry = parseEntry(list[i], `mocks[${i}]`);
    if (!entry.ok) return entry;
    mocks.push(entry.value);
  }
  return ok({latencyMs: latency, mocks});
}

/** Parses mock-file text. Empty text means "no mocks". */
export function parseMockFile(text: string): Result<MockFile> {
  if (text.trim() === '') return ok({latencyMs: 0, mocks: []});
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    return fail(`mock file: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  return validateMockFile(value);
}

export const EMPTY_MOCK_FILE: MockFile = {latencyMs: 0, mocks: []};
