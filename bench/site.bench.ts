import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import type {BenchContext, BenchFigure} from './types.ts';

/** The plain docs page every widget page is compared with. */
export const PLAIN_PAGE = '/docs/about';

/**
 * The lazy chunks a code block without build-time tokens (code a widget renders) loads at idle: the
 * highlighter (webpackChunkName in src/theme/CodeBlock/Content/loadHighlighter.ts) and Prism itself
 * (cache group in docusaurus.config.ts). Docs code blocks never load them (src/remark/codeTokens.ts).
 */
export const isCodeHighlighter = (pathname: string) => /\/code-highlighter(-prism)?\.[0-9a-f]+\.js$/.test(pathname);

const gzCache = new Map<string, number>();

function gzippedSize(buildDir: string, urlPath: string): number {
  const cached = gzCache.get(urlPath);
  if (cached !== undefined) return cached;
  const size = gzipSync(readFileSync(join(buildDir, decodeURIComponent(urlPath)))).length;
  gzCache.set(urlPath, size);
  return size;
}

function htmlFor(buildDir: string, path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : `${path}/index.html`;
  return readFileSync(join(buildDir, file), 'utf8');
}

/** Docs pages with a ```mermaid block (drawn at build time), as URL paths. */
function diagramPages(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return diagramPages(path, root);
    if (!/\.mdx?$/.test(name) || !/^```mermaid\s*$/m.test(readFileSync(path, 'utf8'))) return [];
    return [`/docs/${path.slice(root.length + 1).replace(/\.mdx?$/, '').replace(/\/?index$/, '')}`];
  });
}

/** JS the HTML asks for up front: <script src> and <link rel=preload as=script>. */
function referencedScripts(html: string): string[] {
  const urls = new Set<string>();
  // The HTML is minified: attribute quotes are optional.
  for (const match of html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+\.js)/g)) urls.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*>/g)) {
    const tag = match[0];
    const href = /\shref=["']?([^"' >]+\.js)/.exec(tag)?.[1];
    if (href && /\srel=["']?preload/.test(tag) && /\sas=["']?script/.test(tag)) urls.add(href);
  }
  return [...urls];
}

/**
 * JS the page has fetched once the browser is idle after load: `run` are the scripts it executes;
 * `prefetched` are the chunks Docusaurus prefetches (<link rel=prefetch>, resource type "other")
 * for the pages its visible links point to. They are counted apart: they depend on which links a
 * page has, not on what the page itself needs, and they are fetched at idle priority. `highlighter`
 * is Prism, loaded at idle only for code a widget renders (src/theme/CodeBlock/Content): also
 * counted apart, and printed, so a page that starts loading it shows up.
 */
async function scriptsLoadedByIdle(ctx: BenchContext, path: string): Promise<{run: string[]; prefetched: string[]; highlighter: string[]}> {
  const page = await ctx.openPage('about:blank');
  const run = new Set<string>();
  const fetched = new Set<string>();
  const highlighter = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.endsWith('.js')) return;
    if (isCodeHighlighter(url.pathname)) highlighter.add(url.pathname);
    else (request.resourceType() === 'script' ? run : fetched).add(url.pathname);
  });
  await page.goto(new URL(path, ctx.baseUrl).href, {waitUntil: 'networkidle'});
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), {timeout: 2000})));
  await page.waitForLoadState('networkidle');
  return {run: [...run], prefetched: [...fetched].filter((url) => !run.has(url)), highlighter: [...highlighter]};
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const sitemap = readFileSync(join(ctx.buildDir, 'sitemap.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const measure = async (path: string) => {
    const referenced = referencedScripts(htmlFor(ctx.buildDir, path)).reduce((sum, url) => sum + gzippedSize(ctx.buildDir, url), 0);
    const loaded = await scriptsLoadedByIdle(ctx, path);
    const size = (urls: string[]) => urls.reduce((sum, url) => sum + gzippedSize(ctx.buildDir, url), 0);
    return {path, referenced, idle: size(loaded.run), prefetched: size(loaded.prefetched), highlighter: size(loaded.highlighter)};
  };
  const plain = await measure(PLAIN_PAGE);
  const figures: BenchFigure[] = [
    {name: `JS referenced by HTML, plain page ${PLAIN_PAGE}`, value: plain.referenced / 1024, unit: 'KB gz'},
    {name: `JS loaded by idle, plain page ${PLAIN_PAGE}`, value: plain.idle / 1024, unit: 'KB gz'},
    {name: `JS prefetched for linked pages by idle, plain page ${PLAIN_PAGE}`, value: plain.prefetched / 1024, unit: 'KB gz'},
  ];
  const diagrams = new Set(diagramPages(join(ctx.root, 'docs')));
  for (const path of diagrams) {
    const page = await measure(path);
    figures.push({name: `JS loaded by idle, diagram page ${path} (ratio to plain)`, value: page.idle / plain.idle, unit: '×', goal: '≤ 1.10×'});
    figures.push({name: `JS prefetched for linked pages by idle, diagram page ${path}`, value: page.prefetched / 1024, unit: 'KB gz'});
    if (page.highlighter) figures.push({name: `Code highlighter loaded at idle (not in the ratio), diagram page ${path}`, value: page.highlighter / 1024, unit: 'KB gz'});
  }
  for (const path of paths) {
    if (path === PLAIN_PAGE || diagrams.has(path)) continue;
    const page = await measure(path);
    // Only pages that differ from a plain page by more than 2% are worth a line.
    if (Math.abs(page.idle - plain.idle) / plain.idle < 0.02 && Math.abs(page.referenced - plain.referenced) / plain.referenced < 0.02) continue;
    figures.push({name: `JS referenced by HTML, ${path} (ratio to plain)`, value: page.referenced / plain.referenced, unit: '×'});
    figures.push({name: `JS loaded by idle, ${path} (ratio to plain)`, value: page.idle / plain.idle, unit: '×'});
  }
  return figures;
}
