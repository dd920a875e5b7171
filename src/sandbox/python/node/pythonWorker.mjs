// Worker-thread entry: loads the TypeScript driver through tsx (the CLI needs no build step).
import {tsImport} from 'tsx/esm/api';

await tsImport('./runPythonWorker.ts', import.meta.url);
