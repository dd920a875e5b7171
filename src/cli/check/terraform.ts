import {checkFunctions} from '../../core/limits/checkFunctions.ts';
import {parseHcl} from '../../core/limits/parse/loadHcl.ts';
import {parseTerraformHcl, type TerraformFile} from '../../core/limits/parse/parseTerraformHcl.ts';
import type {CheckOptions, FunctionConfig} from '../../core/limits/types.ts';
import {UsageError} from '../errors.ts';
import type {CliIO} from '../io.ts';
import type {FileResult} from './results.ts';

const dirOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.');

/**
 * Checks .tf files module by module: a module is every .tf file of one directory, so a queue in
 * sqs.tf links to the function in lambda.tf, and variables.tf gives defaults. Findings are reported
 * against the file that defines each function; a file named on the command line with no function is listed
 * with 0 functions (a directory walk leaves such files out).
 */
export async function checkTerraformFiles(io: CliIO, inputs: readonly {file: string; explicit: boolean}[], options: CheckOptions, read: (path: string) => string): Promise<FileResult[]> {
  const byDir = new Map<string, string[]>();
  for (const {file} of inputs) byDir.set(dirOf(file), [...(byDir.get(dirOf(file)) ?? []), file]);
  const explicit = new Set(inputs.filter((input) => input.explicit).map((input) => input.file));
  const results: FileResult[] = [];
  for (const [dir, given] of byDir) {
    // The module's other .tf files give variables, locals and linked resources.
    const siblings = io.readDir && io.kind?.(dir === '.' ? '.' : dir) === 'dir' ? io.readDir(dir).filter((path) => path.endsWith('.tf') && io.kind?.(path) === 'file') : [];
    const sameFile = (a: string, b: string) => a.replace(/^\.\//, '') === b.replace(/^\.\//, '');
    const moduleFiles = [...given, ...siblings.filter((path) => !given.some((file) => sameFile(file, path)))];
    const parsed: TerraformFile[] = [];
    for (const path of moduleFiles) {
      const text = read(path);
      const json = await parseHcl(text, path);
      if (!json.ok) {
        if (given.includes(path)) throw new UsageError(json.error);
        continue; // a broken sibling only loses its context
      }
      parsed.push({path, text, json: json.value});
    }
    const read2 = parseTerraformHcl(parsed);
    if (!read2.ok) throw new UsageError(read2.error);
    const report = checkFunctions(read2.value.map((entry) => entry.fn), options);
    const fileOf = new Map(read2.value.map((entry) => [entry.fn.name, entry.file]));
    const owners = new Map<string, FunctionConfig[]>();
    for (const entry of read2.value) owners.set(entry.file, [...(owners.get(entry.file) ?? []), entry.fn]);
    // Report the files named on the command line, and any other module file that defines a function.
    const reported = [...given.filter((file) => explicit.has(file) || owners.has(file)), ...moduleFiles.filter((path) => !given.includes(path) && owners.has(path))];
    reported.forEach((file, index) => {
      results.push({file, format: 'terraform-hcl', report: {functions: report.functions.filter((fn) => fileOf.get(fn.name) === file), account: index === 0 ? report.account : []}});
    });
  }
  return results;
}
