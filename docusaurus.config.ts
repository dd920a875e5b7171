import {themes as prismThemes} from 'prism-react-renderer';
import type {Config, Plugin} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import path from 'node:path';
import {accessiblePrismTheme} from './src/utils/accessiblePrismTheme';
import remarkMermaidSvg from './src/remark/remarkMermaidSvg';
import remarkCodeTokens, {ADDITIONAL_LANGUAGES} from './src/remark/codeTokens';
import remarkGlossaryLinks from './src/remark/glossaryLinks';
import remarkPatternEstimates from './src/remark/patternEstimates';
import {TEAM_ROUTE, loadTeamConfig, teamGlobalData} from './src/team/loadTeamConfig';
import {TEAM_PLUGIN} from './src/utils/teamData';
import {teamTrackSteps} from './src/team/teamTrackSteps';

// Runs in Node.js at build time. Nothing here may make the built site load from another host.

/** Libraries that must only ever load on the pages that use them. */
const LAZY_LIBRARIES = [
  'monaco-editor', '@monaco-editor', 'mathjs', 'quickjs-emscripten-core', '@jitl', 'typescript',
  'mermaid', '@mermaid-js', 'cytoscape', 'cytoscape-[^\\/]+', 'dagre-d3-es', 'katex', 'khroma', 'd3', 'd3-[^\\/]+',
  'elkjs', 'langium', 'chevrotain', '@chevrotain', 'roughjs', 'lodash-es', 'dompurify', 'marked', 'stylis',
];
/** theme-classic's client module lib/prism-include-languages (not lib/theme/prism-include-languages, which the highlighter chunk uses). */
const EVERY_PAGE_PRISM = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;
const PRISM_LIBRARIES = /[\\/]node_modules[\\/](prism-react-renderer|prismjs)[\\/]/;
const notInLazyLibrary = new RegExp(`^(?!.*node_modules[\\\\/](${LAZY_LIBRARIES.join('|')})[\\\\/])`);

/**
 * Keeps heavy libraries off pages that do not use them (see shared/design/stack-notes.md §3.5):
 * - Docusaurus merges every CSS file into one global styles.css, so Monaco's 190 KB of CSS would
 *   block every page; it now loads with the editor chunk. (Widget CSS stays global: Docusaurus does
 *   not link a route chunk's CSS in the page's HTML, so a widget's CSS split out arrived only with
 *   its JS: unstyled with JS off, and a layout shift on load, CLS 0.09 on the calculator.)
 * - The classic theme's client module registers Prism's extra languages on every page (and so puts
 *   Prism in the main bundle); it is swapped for an empty module. Docs code blocks are tokenized at
 *   build time (src/remark/codeTokens.ts) and run no Prism; src/theme/CodeBlock/Content loads it in
 *   its own chunk only for code a widget renders, once the browser is idle.
 * - Docusaurus's `common` chunk takes modules shared by many route chunks, which on a small site
 *   swept Mermaid (~180 KB gz) onto every docs page; lazy libraries now stay in their own chunks.
 */
function keepHeavyLibrariesLazy(): Plugin {
  return {
    name: 'keep-heavy-libraries-lazy',
    configureWebpack(config, isServer, utils) {
      if (isServer) return {};
      const splitChunks = config.optimization?.splitChunks as {cacheGroups?: Record<string, {test?: unknown}>} | false | undefined;
      const groups = splitChunks ? splitChunks.cacheGroups : undefined;
      // Regexes, not functions: Rspack matches them against each module's resource path.
      if (groups?.styles) groups.styles.test = /^(?!.*node_modules[\\/]monaco-editor[\\/]).*\.css$/;
      if (groups?.common) groups.common.test = notInLazyLibrary;
      // Prism (prism-react-renderer, prismjs languages) in one chunk named like the lazy highlighter
      // that imports it, so the diagram budget (test/browser/diagrams.test.ts) can tell it apart.
      if (groups) groups.codeHighlighterPrism = {test: PRISM_LIBRARIES, name: 'code-highlighter-prism', chunks: 'async', priority: 50, enforce: true} as {test: RegExp};
      const {NormalModuleReplacementPlugin} = utils.currentBundler.instance;
      return {plugins: [new NormalModuleReplacementPlugin(EVERY_PAGE_PRISM, path.resolve(__dirname, 'src/clientModules/prismLoadsWithCode.ts'))]};
    },
  };
}

/**
 * The handler playground gives Monaco's TypeScript service the @types/aws-lambda declarations
 * (S3Event, Context, Handler…): load those .d.ts files as plain text, in the editor's lazy chunk.
 */
function typeDefinitionsAsText(): Plugin {
  return {
    name: 'type-definitions-as-text',
    configureWebpack() {
      return {module: {rules: [{test: /node_modules[\\/]@types[\\/]aws-lambda[\\/].*\.d\.ts$/, type: 'asset/source'}]}};
    },
  };
}

/**
 * Serves the pyodide npm package's runtime files (CPython as WebAssembly, its standard library)
 * from this site at /pyodide/<version>/, never from a CDN. Only the Python playground's worker
 * fetches them, and only when a Python handler runs.
 */
function servePyodide(): Plugin {
  return {
    name: 'serve-pyodide',
    configureWebpack(_config, isServer, utils) {
      if (isServer) return {};
      const dir = path.dirname(require.resolve('pyodide/package.json'));
      const {version} = require('pyodide/package.json') as {version: string};
      const files = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
      const Copy = (utils.currentBundler.instance as unknown as {CopyRspackPlugin: new (options: object) => object}).CopyRspackPlugin;
      return {plugins: [new Copy({patterns: files.map((f) => ({from: path.join(dir, f), to: `pyodide/${version}/${f}`}))})]} as object;
      },
    };
  }

// The team configuration (lambda-lab.team.json, or the file LAMBDA_LAB_TEAM_CONFIG names): see
// docs/tools/team-hosting.mdx. A wrong setting stops here with one line naming it.
const team = loadTeamConfig(__dirname);
const hidden = team.settings.hide;
const isHidden = (to: string) => hidden.some((section) => to === `/docs/${section}` || to.startsWith(`/docs/${section}/`));
/** Links into hidden sections are warnings, not errors: a hidden section is linked from pages that stay. */
const brokenLinks = hidden.length ? 'warn' : 'throw';

/** Hands the checked team settings to the pages (src/utils/teamConfig.ts reads them). */
function teamSettings(): Plugin {
  return {
    name: TEAM_PLUGIN,
    async contentLoaded({actions}) {
      actions.setGlobalData(teamGlobalData(team));
    },
  };
}

/** The team's own pages, from the folder extraDocs names, served under /docs/team. */
const teamDocs = team.extraDocsDir
  ? [['@docusaurus/plugin-content-docs', {id: 'team', path: team.extraDocsDir, routeBasePath: TEAM_ROUTE.slice(1), sidebarPath: false, beforeDefaultRemarkPlugins: [remarkMermaidSvg], remarkPlugins: [remarkCodeTokens]}] as [string, object]]
  : [];

const config: Config = {
  title: team.settings.name,
  tagline: 'Learn AWS Lambda by playing with it, and price a Lambda design before you build it.',
  favicon: 'img/favicon.svg',

  future: {
    v4: true, // Rspack + SWC, as the current template sets up.
  },

  url: 'https://lambda-lab.example.org',
  baseUrl: '/',

  onBrokenLinks: brokenLinks,
  onBrokenAnchors: brokenLinks,
  markdown: {
    // Diagrams are drawn at build time by remarkMermaidSvg (below), not by Mermaid in the browser.
    hooks: {onBrokenMarkdownLinks: brokenLinks},
  },

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
          beforeDefaultRemarkPlugins: [remarkMermaidSvg],
          // First use of each glossary term on a page links to docs/glossary (src/data/glossary.ts).
          // ```yaml … usage blocks (the patterns gallery) get their estimate, priced at build time.
          remarkPlugins: [remarkGlossaryLinks, remarkPatternEstimates, remarkCodeTokens],
          exclude: ['**/_*.{js,jsx,ts,tsx,md,mdx}', '**/_*/**', '**/*.test.{js,jsx,ts,tsx}', '**/__tests__/**', ...hidden.flatMap((section) => [`${section}/**`, `${section}.md`, `${section}.mdx`])],
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          lastmod: null,
          changefreq: null,
          priority: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexDocs: true,
        indexBlog: false,
        indexPages: true,
        docsRouteBasePath: '/docs',
        language: ['en'],
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
        // Widgets are forms, not prose: their labels, hints and option lists ran together in the
        // index ("Reserved concurrencyempty: none", 50 runtimes in one word-run), and their
        // default results ("No problems found", "$0.00") read as page text. Pages are indexed
        // without them (issue 17, finding 8).
        ignoreCssSelectors: ['[data-widget]'],
      },
    ],
  ],

  // The team's extra pages are also steps of the Learn Lambda track, after the built-in ten.
  customFields: {learningTrack: {extraSteps: teamTrackSteps(team.extraPages)}},

  staticDirectories: ['static', ...(team.logo ? [team.logo.dir] : [])],

  clientModules: ['./src/clientModules/searchComboboxAria.ts', './src/clientModules/searchKeepsFocus.ts', './src/clientModules/noViewportPrefetch.ts'],

  plugins: [keepHeavyLibrariesLazy, typeDefinitionsAsText, servePyodide, teamSettings, ...teamDocs],

  themeConfig: {
    colorMode: {
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: team.settings.name,
      logo: team.logo ? {alt: team.logo.alt, src: team.logo.url} : {alt: 'Lambda Lab logo', src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'learn', position: 'left', label: 'Learn'},
        {to: '/docs/pricing/calculator', label: 'Estimate', position: 'left'},
        {to: '/docs/playground', label: 'Playground', position: 'left'},
        {to: '/docs/exam', label: 'Exam prep', position: 'left'},
        {to: '/docs/tools/cli', label: 'CLI', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Learn',
          items: [
            {label: 'Start here', to: '/docs/intro'},
            {label: 'Exam prep', to: '/docs/exam'},
          ],
        },
        {
          title: 'Tools',
          items: [
            {label: 'Cost calculator', to: '/docs/pricing/calculator'},
            {label: 'Handler playground', to: '/docs/playground'},
            {label: 'Command-line tool', to: '/docs/tools/cli'},
          ],
        },
        {
          title: 'About',
          items: [{label: 'Sources and freshness', to: '/docs/about'}],
        },
      ],
      copyright: `Lambda Lab is an independent, open-source guide and is not affiliated with Amazon Web Services. AWS and AWS Lambda are trademarks of Amazon.com, Inc.`,
    },
    prism: {
      theme: accessiblePrismTheme(prismThemes.github),
      darkTheme: accessiblePrismTheme(prismThemes.dracula),
      // prism-react-renderer already bundles json, yaml and go: registering them again re-ran their
      // definitions (and Prism's language walk) on every page load for nothing.
      additionalLanguages: ADDITIONAL_LANGUAGES,
    },
  } satisfies Preset.ThemeConfig,
};

// Hidden sections lose their navbar and footer links too.
const links = config.themeConfig as {navbar: {items: {to?: string}[]}; footer: {links: {items: {to?: string}[]}[]}};
links.navbar.items = links.navbar.items.filter((item) => !item.to || !isHidden(item.to));
for (const column of links.footer.links) column.items = column.items.filter((item) => !item.to || !isHidden(item.to));

export default config;
