/**
 * Turns the handler file into JavaScript the sandbox can run. TypeScript goes through the
 * `typescript` package's transpileModule (types are erased, not checked — as esbuild/SAM builds
 * do); syntax errors come back as Runtime.UserCodeSyntaxError-style messages.
 */
import ts from 'typescript';
import {detectModuleFormat, type ModuleFormat} from '../detectModuleFormat.ts';

export type TranspileResult = {ok: true; code: string; format: ModuleFormat} | {ok: false; message: string; line?: number};

export function isTypeScriptFile(filename: string): boolean {
  return /\.(ts|mts|cts)$/i.test(filename);
}

export function transpileHandler(source: string, filename: string): TranspileResult {
  const format = detectModuleFormat(filename, source);
  if (!isTypeScriptFile(filename)) return {ok: true, code: source, format};
  const output = ts.transpileModule(source, {
    fileName: filename,
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: format === 'esm' ? ts.ModuleKind.ESNext : ts.ModuleKind.CommonJS,
      verbatimModuleSyntax: false,
      isolatedModules: true,
      sourceMap: false,
      removeComments: false,
    },
  });
  const first = output.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (first) {
    const message = ts.flattenDiagnosticMessageText(first.messageText, '\n');
    const line = first.file && first.start !== undefined ? first.file.getLineAndCharacterOfPosition(first.start).line + 1 : undefined;
    return {ok: false, message, ...(line !== undefined ? {line} : {})};
  }
  return {ok: true, code: output.outputText, format};
}
