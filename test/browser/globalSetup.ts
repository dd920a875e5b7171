import type {TestProject} from 'vitest/node';
import {startStaticServer} from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves build/ once for all browser test files. */
export default async function setup(project: TestProject) {
  const server: {url: string; close(): Promise<void>} = await startStaticServer('build');
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}
