// The TypeScript entry of bin/lambda-lab.mjs's tsx fallback (`node --import tsx src/cli/entry.mts …`):
// an ES module (.mts), because the package is CommonJS by default and the commands load through import().
import {main} from './main.ts';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
