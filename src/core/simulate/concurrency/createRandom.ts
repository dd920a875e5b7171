/**
 * A small seeded pseudo-random generator (mulberry32). The simulator must be deterministic:
 * the same scenario and seed give the same run in Node, in the browser and in tests.
 * @returns a function giving numbers in [0, 1)
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}
