/**
 * Answers one simulated AWS SDK call from the mock file: the first mock in file order whose
 * service and operation match and whose `input` (if any) deep-partially matches the call's input.
 * No match: the default empty answer, marked so the user sees why.
 */
import {matchesPartially} from './matchesPartially.ts';
import {normalizeServiceName} from './names.ts';
import {NO_MOCK_NOTE, type AwsCall, type AwsCallRecord, type MockFile} from './types.ts';

export function answerAwsCall(file: MockFile, call: AwsCall): AwsCallRecord {
  const service = normalizeServiceName(call.service);
  const base = {service, operation: call.operation, input: call.input, atMs: call.atMs ?? 0, latencyMs: file.latencyMs};
  const index = file.mocks.findIndex((m) => m.service === service && m.operation === call.operation && (m.input === undefined || matchesPartially(call.input, m.input)));
  const mock = index === -1 ? undefined : file.mocks[index];
  if (!mock) return {...base, outcome: 'default', output: {}, note: NO_MOCK_NOTE};
  if (mock.error) return {...base, outcome: 'error', error: mock.error, mockIndex: index};
  return {...base, outcome: 'mock', output: mock.output ?? {}, mockIndex: index};
}

/** One line per call for text output: `1. ssm GetParameter {"Name":"/app/db"} → mock #1`. */
export function formatAwsCall(record: AwsCallRecord, position: number, maxInputChars = 300): string {
  let input = JSON.stringify(record.input) ?? 'undefined';
  if (input.length > maxInputChars) input = `${input.slice(0, maxInputChars)}… (${input.length} characters)`;
  const answer = record.outcome === 'error'
    ? `error ${record.error!.code} (${record.error!.statusCode}) from mock #${record.mockIndex! + 1}`
    : record.outcome === 'mock' ? `mock #${record.mockIndex! + 1}` : NO_MOCK_NOTE;
  return `${position}. +${Math.round(record.atMs)} ms  ${record.service} ${record.operation} ${input} → ${answer}`;
}
