import {defineConfig} from 'vitest/config';

// Real-Chromium tests against the production build served on localhost.
// Run `npm run build` first; test/browser/globalSetup.ts serves build/ with compression.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/globalSetup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // expect.poll gives up after 1 s by default; a loaded CI machine has taken longer than that to
    // show a widget's answer to a key press. A wait ends as soon as the answer is there.
    expect: {poll: {timeout: 10_000}},
  },
});
