import type {ComponentType} from 'react';

export type Highlighter = ComponentType<{className?: string}>;

/**
 * The chunk's name is part of the contract: test/browser/diagrams.test.ts and bench/site.bench.ts
 * recognise it ("code-highlighter") as the code blocks' JS, not a diagram's.
 */
export const HIGHLIGHTER_CHUNK = 'code-highlighter';

let loaded: Highlighter | undefined;
let loading: Promise<Highlighter> | undefined;

/** The highlighter if a page has already loaded it (later pages colour their blocks at once). */
export const loadedHighlighter = (): Highlighter | undefined => loaded;

/** Loads Prism once, when the browser is idle, so it never competes with the page's first paint. */
export function loadHighlighter(): Promise<Highlighter> {
  loading ??= new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), {timeout: 3000});
    else setTimeout(resolve, 200);
  })
    .then(() => import(/* webpackChunkName: "code-highlighter" */ './Highlighted'))
    .then((module) => (loaded = module.default));
  return loading;
}
