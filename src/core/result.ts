/**
 * The outcome of parsing or validating user input. Errors are sentences a person can act on
 * ("memory: 20 GB is above the maximum of 10,240 MB (AWS Lambda quotas)"), never NaN or a throw.
 */
export type Result<T> = {readonly ok: true; readonly value: T} | {readonly ok: false; readonly error: string};

export const ok = <T>(value: T): Result<T> => ({ok: true, value});
export const fail = <T = never>(error: string): Result<T> => ({ok: false, error});
