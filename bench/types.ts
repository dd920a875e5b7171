import type {Page} from 'playwright-core';

/** One printed measurement. The bench reports; it never fails on a figure. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** The budget from the issue, printed beside the value ("≤ 10 ms"). */
  goal?: string;
}

export interface BenchContext {
  /** Repository root. */
  root: string;
  /** The production build being measured. */
  buildDir: string;
  /** Where build/ is served (gzip on, loopback). */
  baseUrl: string;
  /** Opens a page of the built site in headless Chromium; closed by the runner at the end. */
  openPage(path: string): Promise<Page>;
}

/** Every bench/*.bench.ts file exports this. */
export type BenchRun = (ctx: BenchContext) => Promise<BenchFigure[]>;
