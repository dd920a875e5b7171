/**
 * Python handler names: `module.function`, "lambda_function.lambda_handler" by default. A file
 * "src/app.py" gives module "app"; the function defaults to lambda_handler, as in the console's
 * template.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html
 */
import {fail, ok, type Result} from '../../result.ts';

export const DEFAULT_PYTHON_HANDLER = 'lambda_function.lambda_handler';

export interface PythonHandlerName {
  readonly module: string;
  readonly function: string;
}

export function pythonModuleFromFilename(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? filename;
  const name = base.replace(/\.py$/i, '');
  return name === '' ? 'lambda_function' : name;
}

/** Parses `module.function` (the module may be dotted: `app.handlers.main`). */
export function parsePythonHandler(handler: string): Result<PythonHandlerName> {
  const at = handler.lastIndexOf('.');
  const module = handler.slice(0, at);
  const fn = handler.slice(at + 1);
  const ident = /^[A-Za-z_][A-Za-z0-9_]*$/;
  if (at <= 0 || !module.split('.').every((part) => ident.test(part)) || !ident.test(fn)) {
    return fail(`handler: '${handler}' must be module.function, e.g. lambda_function.lambda_handler (AWS Lambda Python handler naming)`);
  }
  return ok({module, function: fn});
}
