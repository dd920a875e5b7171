// Stands in for @docusaurus/theme-classic's client module lib/prism-include-languages, which loaded
// Prism and registered its extra languages on every page, code blocks or none (see
// keepHeavyLibrariesLazy in docusaurus.config.ts). Docs code is tokenized at build time
// (src/remark/codeTokens.ts); the lazy highlighter chunk (src/theme/CodeBlock/Content/Highlighted.tsx)
// registers the languages for code a widget renders.
export {};
