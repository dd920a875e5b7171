/**
 * process.env inside the playground: Lambda's defined runtime variables plus the user's own.
 * Credentials are clearly fake (Lambda would inject the execution role's temporary keys); nothing
 * ever comes from the host machine.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime
 */
import {fail, ok, type Result} from '../result.ts';
import {EMULATED_RUNTIME, type FunctionConfig} from './types.ts';

/** Keys Lambda reserves: a function configuration may not set them. */
export const RESERVED_ENV_KEYS: readonly string[] = [
  '_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME', 'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME', 'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR',
];

/** Fake, recognisable credentials: AWS's documented example key pair, marked as not real. */
export const FAKE_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'ASIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_SESSION_TOKEN: 'FAKE-SESSION-TOKEN-lambda-lab-playground-not-a-real-credential',
} as const;

/** Lambda's limit on all variables combined (4 KB). */
export const MAX_ENV_BYTES = 4 * 1024;

/**
 * Checks user environment variables: names as Lambda accepts them ([a-zA-Z][a-zA-Z0-9_]*), no
 * reserved key, 4 KB in total.
 */
export function validateUserEnvironment(env: Readonly<Record<string, string>>): Result<Record<string, string>> {
  let bytes = 0;
  for (const [key, value] of Object.entries(env)) {
    if (!/^[a-zA-Z][a-zA-Z0-9_]*$/.test(key)) {
      return fail(`env: '${key}' is not a valid variable name (letters, digits and underscores, starting with a letter; AWS Lambda environment variables)`);
    }
    if (RESERVED_ENV_KEYS.includes(key)) {
      return fail(`env: ${key} is reserved by Lambda and cannot be set (AWS Lambda defined runtime environment variables)`);
    }
    bytes += key.length + value.length;
  }
  if (bytes > MAX_ENV_BYTES) {
    return fail(`env: the variables take ${bytes} bytes, above Lambda's 4 KB limit for all environment variables combined (AWS Lambda quotas)`);
  }
  return ok({...env});
}

/** All variables the guest sees, reserved ones last so user values can never shadow them. */
export function buildEnvironmentVariables(config: FunctionConfig, logStreamName: string): Record<string, string> {
  return {
    LANG: 'en_US.UTF-8',
    PATH: '/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin',
    LD_LIBRARY_PATH: '/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib',
    NODE_PATH: `/opt/nodejs/node${(config.runtime ?? EMULATED_RUNTIME).slice(6, 8)}/node_modules:/opt/nodejs/node_modules:/var/runtime/node_modules:/var/runtime:/var/task`,
    TZ: ':UTC',
    AWS_XRAY_CONTEXT_MISSING: 'LOG_ERROR',
    AWS_XRAY_DAEMON_ADDRESS: '169.254.79.129:2000',
    ...config.env,
    _HANDLER: `${config.moduleName}.${config.exportName}`,
    AWS_REGION: config.region,
    AWS_DEFAULT_REGION: config.region,
    AWS_EXECUTION_ENV: `AWS_Lambda_${config.runtime ?? EMULATED_RUNTIME}`,
    AWS_LAMBDA_FUNCTION_NAME: config.functionName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(config.memoryMB),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${config.functionName}`,
    AWS_LAMBDA_LOG_STREAM_NAME: logStreamName,
    ...FAKE_CREDENTIALS,
    AWS_LAMBDA_RUNTIME_API: '127.0.0.1:9001',
    LAMBDA_TASK_ROOT: '/var/task',
    LAMBDA_RUNTIME_DIR: '/var/runtime',
  };
}
