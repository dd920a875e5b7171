#!/usr/bin/env node
// Entry point for `lambda-lab` and `npm run cli`. The CLI is TypeScript run through tsx,
// so the core it shares with the site needs no separate build step.
import {tsImport} from 'tsx/esm/api';

const {main} = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
