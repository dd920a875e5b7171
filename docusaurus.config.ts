import {themes as prismThemes} from 'prism-react-renderer';
import type {Config, Plugin} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {accessiblePrismTheme} from './src/utils/accessiblePrismTheme';

// Runs in Node.js at build time. Nothing here may make the built site load from another host.

/** Libraries that must only ever load on the pages that use them. */
const LAZY_LIBRARIES = [
  'monaco-editor', '@monaco-editor', 'mathjs', 'quickjs-emscripten-core', '@jitl', 'typescript',
  'mermaid', '@mermaid-js', 'cytoscape', 'cytoscape-[^\\/]+', 'dagre-d3-es', 'katex', 'khroma', 'd3', 'd3-[^\\/]+',
  'elkjs', 'langium', 'chevrotain', '@chevrotain', 'roughjs', 'lodash-es', 'dompurify', 'marked', 'stylis',
];
const notInLazyLibrary = new RegExp(`^(?!.*node_modules[\\\\/](${LAZY_LIBRARIES.join('|')})[\\\\/])`);

/**
 * Keeps heavy libraries off pages that do not use them (see shared/design/stack-notes.md §3.5):
 * - Docusaurus merges every CSS file into one global styles.css, so Monaco's 190 KB of CSS would
 *   block every page; it now loads with the editor chunk.
 * - Docusaurus's `common` chunk takes modules shared by many route chunks, which on a small site
 *   swept Mermaid (~180 KB gz) onto every docs page; lazy libraries now stay in their own chunks.
 */
function keepHeavyLibrariesLazy(): Plugin {
  return {
    name: 'keep-heavy-libraries-lazy',
    configureWebpack(config, isServer) {
      if (isServer) return {};
      const splitChunks = config.optimization?.splitChunks as {cacheGroups?: Record<string, {test?: unknown}>} | false | undefined;
      const groups = splitChunks ? splitChunks.cacheGroups : undefined;
      // Regexes, not functions: Rspack matches them against each module's resource path.
      if (groups?.styles) groups.styles.test = /^(?!.*node_modules[\\/]monaco-editor[\\/]).*\.css$/;
      if (groups?.common) groups.common.test = notInLazyLibrary;
      return {};
    },
  };
}

const config: Config = {
  title: 'Lambda Lab',
  tagline: 'Learn AWS Lambda by playing with it, and price a Lambda design before you build it.',
  favicon: 'img/favicon.svg',

  future: {
    v4: true, // Rspack + SWC, as the current template sets up.
  },

  url: 'https://lambda-lab.example.org',
  baseUrl: '/',

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    mermaid: true,
    hooks: {onBrokenMarkdownLinks: 'throw'},
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
    '@docusaurus/theme-mermaid',
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
      },
    ],
  ],

  plugins: [keepHeavyLibrariesLazy],

  themeConfig: {
    colorMode: {
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: 'Lambda Lab',
      logo: {
        alt: 'Lambda Lab logo',
        src: 'img/logo.svg',
      },
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
      additionalLanguages: ['bash', 'json', 'yaml', 'go'],
    },
    mermaid: {
      theme: {light: 'neutral', dark: 'dark'},
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
