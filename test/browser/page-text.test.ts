/**
 * What a reader sees on every built page, checked in the HTML the build wrote (no browser needed):
 * no Markdown syntax left as text, and no words that only mean something to the project's authors.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {sitemapPaths} from './harness.ts';

const BUILD = process.env.LL_BUILD_DIR ?? 'build';
const pages = sitemapPaths(BUILD).map((path) => ({path, html: readFileSync(`${BUILD}${path === '/' ? '' : path}/index.html`, 'utf8')}));
/** The page's visible article text, roughly: tags dropped, entities left as they are. */
const articleText = (html: string) => (/<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '').replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');

describe('page text', () => {
  it('shows no raw admonition syntax (:::note, :::caution …)', () => {
    const raw = pages.filter(({html}) => /(^|[\s>]):::(note|tip|info|caution|warning|danger)\b/m.test(articleText(html))).map(({path}) => path);
    expect(raw).toEqual([]);
  });

  it('uses no words that mean nothing to a reader', () => {
    const found = pages.flatMap(({path, html}) => ['seed notes', 'seed note', 'checked in CI'].filter((words) => articleText(html).toLowerCase().includes(words.toLowerCase())).map((words) => `${path}: "${words}"`));
    expect(found).toEqual([]);
  });
});
