/**
 * Finds the handler samples in the docs so CI can run them.
 *
 * A sample is a ```js or ```ts fence whose meta contains the word `sample`, followed (after blank
 * lines only) by `<SampleOutcome … />` with the expected outcome as attributes:
 * `event='<json>'` and either `result='<json>'`, `error='<errorType>'`, or `skip='<reason>'`.
 * The component renders the same attributes next to the code, so readers see what CI checks.
 */

export interface SampleOutcome {
  readonly event?: unknown;
  readonly result?: unknown;
  readonly error?: string;
  readonly skip?: string;
}

export interface DocSample {
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: 'js' | 'ts';
  readonly code: string;
  readonly outcome: SampleOutcome;
}

export interface CodeBlock {
  readonly file: string;
  readonly line: number;
  readonly lang: string;
  readonly meta: string;
  readonly code: string;
  /** Text after the closing fence up to the next non-blank line, inclusive. */
  readonly following: string;
}

export interface Extraction {
  readonly samples: DocSample[];
  /** One actionable message per malformed sample. */
  readonly problems: string[];
}

const FENCE = /^(`{3,})([\w-]*)\s*(.*)$/;

/** Every fenced code block in a Markdown/MDX text, with what follows it. */
export function listCodeBlocks(text: string, file: string): CodeBlock[] {
  const lines = text.split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const ticks = open[1]!;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.startsWith(ticks)) end++;
    let next = end + 1;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    blocks.push({
      file,
      line: i + 1,
      lang: open[2] ?? '',
      meta: open[3] ?? '',
      code: lines.slice(i + 1, end).join('\n'),
      following: lines[next] ?? '',
    });
    i = end;
  }
  return blocks;
}

/** Reads `name='…'` or `name="…"` from a JSX tag's text. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}=(?:'([^']*)'|"([^"]*)")`).exec(tag);
  return match ? (match[1] ?? match[2]) : undefined;
}

function parseJson(text: string, what: string, where: string, problems: string[]): unknown {
  try {
    return JSON.parse(text);
  } catch {
    problems.push(`${where}: ${what} is not valid JSON: ${text}`);
    return undefined;
  }
}

/** The samples in one docs file, and what is wrong with any malformed one. */
export function extractSamples(text: string, file: string): Extraction {
  const samples: DocSample[] = [];
  const problems: string[] = [];
  const blocks = listCodeBlocks(text, file);
  for (const block of blocks) {
    const where = `${file}:${block.line}`;
    const isSample = /(^|\s)sample(\s|$)/.test(block.meta);
    const isHandlerLanguage = ['js', 'ts', 'javascript', 'typescript'].includes(block.lang);
    const looksLikeHandler = /export\s+(const|async\s+function|function)\s+handler\b|exports\.handler\s*=/.test(block.code);
    if (isHandlerLanguage && looksLikeHandler && !isSample) {
      problems.push(`${where}: handler sample is not marked \`sample\` with an expected outcome`);
      continue;
    }
    if (!isSample) continue;
    if (!isHandlerLanguage) {
      problems.push(`${where}: only js and ts fences can be samples (got "${block.lang}")`);
      continue;
    }
    const tag = block.following.trim();
    if (!tag.startsWith('<SampleOutcome')) {
      problems.push(`${where}: sample must be followed by <SampleOutcome … /> stating the expected outcome`);
      continue;
    }
    const skip = attribute(tag, 'skip');
    const error = attribute(tag, 'error');
    const resultText = attribute(tag, 'result');
    const eventText = attribute(tag, 'event');
    const outcomes = [skip, error, resultText].filter((value) => value !== undefined).length;
    if (outcomes !== 1) {
      problems.push(`${where}: <SampleOutcome> needs exactly one of result, error or skip`);
      continue;
    }
    const before = problems.length;
    const outcome: SampleOutcome = {
      ...(eventText !== undefined ? {event: parseJson(eventText, 'event', where, problems)} : {}),
      ...(resultText !== undefined ? {result: parseJson(resultText, 'result', where, problems)} : {}),
      ...(error !== undefined ? {error} : {}),
      ...(skip !== undefined ? {skip} : {}),
    };
    if (problems.length > before) continue;
    const lang = block.lang.startsWith('t') ? 'ts' : 'js';
    samples.push({file, line: block.line, lang, code: block.code, outcome});
  }
  return {samples, problems};
}

/**
 * Syntax-level sanity for a Go handler sample (CI has no Go toolchain): a main package, a main
 * function that calls lambda.Start, balanced brackets outside strings and comments, and every
 * imported package used. Returns one message per problem.
 */
export function checkGoSample(code: string): string[] {
  const problems: string[] = [];
  if (!/^package main\b/m.test(code)) problems.push('missing `package main`');
  if (!/^func main\(\)\s*\{/m.test(code)) problems.push('missing `func main()`');
  if (!/\blambda\.Start\(/.test(code)) problems.push('main does not call lambda.Start');
  const stripped = code
    .replace(/\/\/.*$/gm, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/`[^`]*`/g, '""')
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
  const pairs: Record<string, string> = {')': '(', ']': '[', '}': '{'};
  const stack: string[] = [];
  for (const char of stripped) {
    if (char === '(' || char === '[' || char === '{') stack.push(char);
    else if (char in pairs) {
      if (stack.pop() !== pairs[char]) {
        problems.push(`unbalanced '${char}'`);
        break;
      }
    }
  }
  if (stack.length > 0 && !problems.some((p) => p.startsWith('unbalanced'))) problems.push(`unclosed '${stack[stack.length - 1]}'`);
  const importBlock = /import\s*\(([\s\S]*?)\)/.exec(code)?.[1] ?? '';
  for (const match of importBlock.matchAll(/(?:(\w+)\s+)?"([^"]+)"/g)) {
    const name = match[1] ?? match[2]!.split('/').pop()!;
    const body = code.slice(code.indexOf(')', code.indexOf('import')) + 1);
    if (name !== '_' && !new RegExp(`\\b${name}\\.`).test(body)) problems.push(`import "${match[2]}" is not used`);
  }
  return problems;
}
