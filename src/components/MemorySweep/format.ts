/** How the memory sweep writes durations and prices (seconds from 10 s up; four decimals under $1). */
export const fmtMs = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 100 ? 1 : 0)} ms`);
export const fmtUsd = (usd: number) => `$${usd.toFixed(usd >= 100 ? 2 : usd >= 1 ? 2 : 4)}`;
