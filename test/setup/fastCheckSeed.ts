/**
 * Property tests run on a fixed seed by default, so a run of CI is repeatable: a failure on one
 * machine fails on every machine, and a green run cannot turn red on a lucky draw (as Hypothesis's
 * `derandomize` profile does for CI). New inputs are searched on purpose instead:
 * `npm run test:explore` runs every property test on fresh random seeds and prints the seed of a
 * failure, which `LAMBDA_LAB_FC_SEED=<seed> npx vitest run <file>` replays.
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20_261_202;
const raw = process.env.LAMBDA_LAB_FC_SEED;

if (raw !== 'random') {
  const seed = raw === undefined || raw === '' ? DEFAULT_SEED : Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`LAMBDA_LAB_FC_SEED: "${raw}" is not an integer (or "random")`);
  fc.configureGlobal({seed});
}
