import {defineConfig} from 'vitest/config';

// Unit, property and hostile-code tests. Browser tests have their own config
// (vitest.browser.config.ts) because they need a production build first.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/browser-pending/**', 'node_modules/**', 'build/**', '.docusaurus/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
