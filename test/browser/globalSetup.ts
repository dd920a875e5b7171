import type {TestProject} from 'vitest/node';
import {startStaticServer} from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves build/ (or $LL_BUILD_DIR, e.g. an older build to see a new test fail) once for all browser test files. */
export default async function setup(project: TestProject) {
  const server: {url: string; close(): Promise<void>} = await startStaticServer(process.env.LL_BUILD_DIR ?? 'build');
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}
