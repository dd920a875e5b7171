import {REGION_PRICES} from '../../data/prices.ts';
import {validateOptions, validateUsage} from '../pricing/validateUsage.ts';
import type {FunctionUsage, PricingOptions} from '../pricing/types.ts';
import {fail, ok, type Result} from '../result.ts';

/** Everything the calculator shows, in engine units; this is what the URL hash carries. */
export interface CalculatorState {
  /** The function being edited. */
  readonly fn: FunctionUsage;
  readonly options: PricingOptions;
  /** Functions added to the account bill. */
  readonly bill: readonly FunctionUsage[];
  /** Panels the person opened ("more": the extra dimensions, INIT among them), so a shared link reopens them. */
  readonly panels?: readonly CalculatorPanel[];
}

export type CalculatorPanel = 'more';
const PANELS: readonly CalculatorPanel[] = ['more'];

/** AWS's "mobile application backend" example: a familiar starting point ($2.73 a month). */
export const DEFAULT_STATE: CalculatorState = {
  fn: {name: 'my-function', region: 'us-east-1', architecture: 'x86_64', memoryMB: 1536, requestsPerMonth: 3_000_000, averageDurationMs: 120},
  options: {freeTier: true},
  bill: [],
};

const HASH_KEY = 'calc';
const MAX_BILL = 50;

/** The hash for a state: `#calc=<URI-encoded JSON>` (readable, and private: never sent to a server). */
export function encodeCalculatorHash(state: CalculatorState): string {
  return `#${HASH_KEY}=${encodeURIComponent(JSON.stringify(state))}`;
}

function checkFunction(value: unknown, label: string): Result<FunctionUsage> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail(`${label}: expected a function's settings`);
  const usage = value as FunctionUsage;
  if (usage.region !== undefined && !REGION_PRICES.some((prices) => prices.region === usage.region)) return fail(`${label}: region '${String(usage.region)}' is not one Lambda Lab has prices for`);
  if (usage.name !== undefined && typeof usage.name !== 'string') return fail(`${label}: name must be text`);
  const checked = validateUsage(usage, label);
  return checked.ok ? ok(usage) : fail(checked.error);
}

/**
 * Reads the state from a location hash. An empty hash is the default state; anything malformed
 * or out of range is an error sentence, so the page can fall back to defaults and say why.
 */
export function decodeCalculatorHash(hash: string): Result<CalculatorState> {
  const body = hash.replace(/^#/, '');
  if (body === '') return ok(DEFAULT_STATE);
  const match = new RegExp(`^${HASH_KEY}=(.*)$`).exec(body);
  if (!match) return fail('the link does not contain calculator settings');
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(match[1] ?? ''));
  } catch {
    return fail('the link’s calculator settings are not valid (it may have been cut short)');
  }
  if (!parsed || typeof parsed !== 'object') return fail('the link’s calculator settings are not an object');
  const raw = parsed as {fn?: unknown; options?: unknown; bill?: unknown; panels?: unknown};
  // Unknown panel names are ignored (a newer link in an older build): they only open a section.
  const panels = Array.isArray(raw.panels) ? PANELS.filter((panel) => (raw.panels as unknown[]).includes(panel)) : [];
  const fn = checkFunction(raw.fn, 'function');
  if (!fn.ok) return fn;
  const options = (raw.options ?? {}) as PricingOptions;
  if (typeof options !== 'object' || options === null) return fail('options: expected an object');
  if (options.freeTier !== undefined && typeof options.freeTier !== 'boolean') return fail('options: free tier must be true or false');
  if (options.initBilling !== undefined && options.initBilling !== 'since-2025-08' && options.initBilling !== 'before-2025-08') return fail('options: INIT rule must be since-2025-08 or before-2025-08');
  if (options.prices !== undefined) return fail('options: prices cannot come from a link');
  const checkedOptions = validateOptions(options);
  if (!checkedOptions.ok) return checkedOptions;
  const billRaw = raw.bill ?? [];
  if (!Array.isArray(billRaw)) return fail('bill: expected a list of functions');
  if (billRaw.length > MAX_BILL) return fail(`bill: ${billRaw.length} functions is above the calculator's limit of ${MAX_BILL}`);
  const bill: FunctionUsage[] = [];
  for (const [index, entry] of billRaw.entries()) {
    const checked = checkFunction(entry, `bill function ${index + 1}`);
    if (!checked.ok) return checked;
    bill.push(checked.value);
  }
  const {freeTier, initBilling, granularityMs, savingsPlanPercent} = options;
  return ok({
    fn: fn.value,
    options: {
      ...(freeTier !== undefined ? {freeTier} : {}),
      ...(initBilling !== undefined ? {initBilling} : {}),
      ...(granularityMs !== undefined ? {granularityMs} : {}),
      ...(savingsPlanPercent !== undefined ? {savingsPlanPercent} : {}),
    },
    bill,
    ...(panels.length > 0 ? {panels} : {}),
  });
}
