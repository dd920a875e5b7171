import {defineConfig} from 'vitest/config';

// Unit, property and hostile-code tests. Browser tests have their own config
// (vitest.browser.config.ts) because they need a production build first.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/browser-pending/**', 'node_modules/**', 'build/**', '.docusaurus/**'],
    environment: 'node',
    testTimeout: 20_000,
    // Fixed fast-check seed unless LAMBDA_LAB_FC_SEED says otherwise (see the file).
    setupFiles: ['test/setup/fastCheckSeed.ts'],
  },
});
