// Stands in for @docusaurus/theme-classic's client module lib/prism-include-languages, which loaded
// Prism and registered its extra languages on every page, code blocks or none (see
// keepHeavyLibrariesLazy in docusaurus.config.ts). The lazy highlighter chunk
// (src/theme/CodeBlock/Content/Highlighted.tsx) registers them instead, on pages that show code.
export {};
