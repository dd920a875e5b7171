import {fail, ok, type Result} from '../../result.ts';

/**
 * HCL → JSON with hcl2-parser (MIT; HashiCorp's HCL v2 Go parser through tmccombs/hcl2json, compiled
 * to plain JavaScript by GopherJS, so it runs in Node and in the browser with no wasm or native code).
 * It is 3.8 MB, so it loads only when a .tf file is checked. Chosen over @cdktf/hcl2json (MPL-2.0,
 * gzipped wasm read from disk, async) because it is synchronous once loaded and works in the page too.
 * Its syntax errors carry no message (GopherJS drops the Go error), so the unbalanced line is found here.
 */
type Parser = {parseToObject(input: string): [unknown, unknown]};
let parser: Promise<Parser> | undefined;

async function load(): Promise<Parser> {
  const module = (await import('hcl2-parser')) as unknown as Parser & {default?: Parser};
  return typeof module.parseToObject === 'function' ? module : module.default!;
}

/** Where braces, brackets or a string stop balancing: the likeliest place of an HCL syntax error. */
export function guessHclErrorLine(text: string): number | undefined {
  const stack: {char: string; line: number}[] = [];
  const pairs: Record<string, string> = {'}': '{', ']': '[', ')': '('};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(#|\/\/).*$/, '');
    if ((line.match(/"/g) ?? []).length % 2 === 1) return index + 1;
    for (const char of line) {
      if ('{[('.includes(char)) stack.push({char, line: index + 1});
      else if (char in pairs) {
        if (stack.pop()?.char !== pairs[char]) return index + 1;
      }
    }
  }
  return stack[0]?.line;
}

/** Parses one .tf file's text; a syntax error is one line naming the file and (when found) the line. */
export async function parseHcl(text: string, path: string): Promise<Result<unknown>> {
  parser ??= load();
  const [json, error] = (await parser).parseToObject(text);
  if (json === null || json === undefined || (error !== null && error !== undefined)) {
    const line = guessHclErrorLine(text);
    return fail(`${path}: not valid Terraform HCL${line ? ` (near line ${line})` : ''}; run "terraform validate" for the exact error.`);
  }
  return ok(json);
}
