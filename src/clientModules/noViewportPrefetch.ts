// Docusaurus fetches the route chunks of every internal link that scrolls into view (sidebar,
// navbar, links in the text). From a plain page that meant downloading the calculator's, the design
// estimate's and other widgets' code (~110 KB gzipped from /docs/about) that the reader may never
// open, competing with the page itself on a slow phone connection. This turns that viewport
// prefetch off; Docusaurus still preloads a route when the pointer rests on or touches its link,
// a moment before the click, so navigation stays quick. (Issue 18: the page stays a plain page.)

type DocusaurusGlobal = {prefetch: (routePath: string) => false | Promise<void[]>};

const noPrefetch = () => false as const;

function turnOffViewportPrefetch(): void {
  const holder = window as unknown as {docusaurus?: DocusaurusGlobal};
  const docusaurus = holder.docusaurus;
  if (!docusaurus || docusaurus.prefetch === noPrefetch) return;
  // Its properties are read-only: replace the object, keeping preload and the rest. Never let
  // this break a page: on failure the site just keeps prefetching.
  try {
    holder.docusaurus = {...docusaurus, prefetch: noPrefetch};
  } catch {
    // keep Docusaurus's own object
  }
}

if (typeof window !== 'undefined') {
  // window.docusaurus is set right after the client modules are imported, before the first render;
  // a microtask runs after that and before any link can report that it is in view.
  void Promise.resolve().then(turnOffViewportPrefetch);
}

/** Also on every route update, in case the global was replaced. */
export function onRouteUpdate(): void {
  turnOffViewportPrefetch();
}
