/**
 * os.environ of a Python function: Lambda's defined runtime variables (the shared list, with the
 * Python runtime's AWS_EXECUTION_ENV and PYTHONPATH instead of Node's NODE_PATH) plus the user's.
 * The log format/level variables are what advanced logging controls set: JSON format defaults the
 * application log level to INFO.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
 * @see https://docs.aws.amazon.com/lambda/latest/dg/python-logging.html#python-logging-advanced
 */
import {buildEnvironmentVariables} from '../buildEnvironmentVariables.ts';
import type {FunctionConfig} from '../types.ts';
import type {PythonRuntimeId} from './pythonRuntimes.ts';

export type PythonLogFormat = 'Text' | 'JSON';

export function buildPythonEnvironment(config: FunctionConfig, logStreamName: string, runtime: PythonRuntimeId, logFormat: PythonLogFormat): Record<string, string> {
  const env = buildEnvironmentVariables(config, logStreamName);
  delete env.NODE_PATH;
  env.PYTHONPATH = '/var/runtime';
  env.AWS_EXECUTION_ENV = `AWS_Lambda_${runtime}`;
  if (logFormat === 'JSON') {
    env.AWS_LAMBDA_LOG_FORMAT = 'JSON';
    env.AWS_LAMBDA_LOG_LEVEL = 'INFO';
  }
  return env;
}
