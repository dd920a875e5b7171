import {BILLING_RULES} from '../../data/billingRules.ts';
import {REGION_PRICES} from '../../data/prices.ts';
import type {Price} from '../../data/schema.ts';
import {applyTiers} from './applyTiers.ts';
import {add, cmp, div, fromNumber, int, isZero, min, mul, parseExact, roundCents, sub, sum, toNumber, toPlain, ZERO, type Exact} from './exact.ts';
import {formatQuantity, formatUsd, formatUsdExact} from './formatNumbers.ts';
import {meterFunction, type FunctionMeter, type MeteredDimension} from './meterFunction.ts';
import type {AccountBill, BillEstimate, FreeTierUse, FunctionUsage, LineItem, LineItemId, PricingOptions} from './types.ts';
import {validateOptions, validateUsage} from './validateUsage.ts';

interface DimensionSpec {
  readonly label: string;
  readonly unit: string;
  /** Which free allowance covers it, if any. */
  readonly free?: 'requests' | 'gbSeconds' | 'streamingGB';
  /** Eligible for the Compute Savings Plans discount. */
  readonly savingsPlan?: boolean;
  /** Show the rate per 1M units (requests) rather than per unit. */
  readonly perMillion?: boolean;
}

const DIMENSIONS: Readonly<Record<MeteredDimension, DimensionSpec>> = {
  requests: {label: 'Requests', unit: 'requests', free: 'requests', perMillion: true},
  duration: {label: 'Duration', unit: 'GB-s', free: 'gbSeconds', savingsPlan: true},
  ephemeralStorage: {label: 'Ephemeral storage above 512 MB', unit: 'GB-s'},
  provisionedConcurrency: {label: 'Provisioned concurrency', unit: 'GB-s', savingsPlan: true},
  provisionedDuration: {label: 'Duration under provisioned concurrency', unit: 'GB-s', savingsPlan: true},
  snapStartCache: {label: 'SnapStart cache', unit: 'GB-s'},
  snapStartRestore: {label: 'SnapStart restore', unit: 'GB'},
  responseStreaming: {label: 'Response streaming beyond 6 MB', unit: 'GB', free: 'streamingGB'},
  edgeRequests: {label: 'Lambda@Edge requests', unit: 'requests', perMillion: true},
  edgeDuration: {label: 'Lambda@Edge duration', unit: 'GB-s'},
};
const DIMENSION_ORDER = Object.keys(DIMENSIONS) as MeteredDimension[];

interface PoolLine {
  readonly poolKey: string;
  readonly dimension: MeteredDimension;
  readonly region: string;
  readonly architecture: string;
  readonly price: Price;
  readonly members: {readonly index: number; readonly quantity: Exact; readonly how: string}[];
  gross: Exact;
  /** How much of `gross` the free tier may cover. */
  eligible: Exact;
  free: Exact;
}

const firstRate = (price: Price): Exact => parseExact(price.tiers[0]?.usd ?? '0');

/** Groups the functions' quantities into one line per Region/architecture pool and dimension. */
function poolLines(meters: readonly FunctionMeter[]): PoolLine[] {
  const lines = new Map<string, PoolLine>();
  meters.forEach((meter, index) => {
    for (const dimension of DIMENSION_ORDER) {
      const metered = meter.dimensions[dimension];
      if (!metered) continue;
      const key = `${meter.poolKey}|${dimension}`;
      let line = lines.get(key);
      if (!line) {
        line = {poolKey: meter.poolKey, dimension, region: meter.region, architecture: meter.edge ? 'edge' : meter.architecture, price: metered.price, members: [], gross: ZERO, eligible: ZERO, free: ZERO};
        lines.set(key, line);
      }
      line.members.push({index, quantity: metered.quantity, how: metered.how});
      line.gross = add(line.gross, metered.quantity);
      line.eligible = add(line.eligible, metered.freeEligible ?? metered.quantity);
    }
  });
  // Bill order: pools in order of first appearance, dimensions in a fixed order within each pool.
  const poolOrder = [...new Set(meters.map((meter) => meter.poolKey))];
  return [...lines.values()].sort((a, b) => poolOrder.indexOf(a.poolKey) - poolOrder.indexOf(b.poolKey) || DIMENSION_ORDER.indexOf(a.dimension) - DIMENSION_ORDER.indexOf(b.dimension));
}

/**
 * Spends one account-wide free allowance across the lines it covers. AWS does not say which
 * Region's usage the allowance meets first; we give it to the dearest first-tier rate first
 * (the order that lowers the bill most), ties in bill order, and say so in the notes.
 */
function spendFreeTier(lines: PoolLine[], kind: 'requests' | 'gbSeconds' | 'streamingGB', allowance: Exact): Exact {
  let left = allowance;
  const eligible = lines.filter((line) => DIMENSIONS[line.dimension].free === kind).sort((a, b) => cmp(firstRate(b.price), firstRate(a.price)));
  for (const line of eligible) {
    line.free = min(line.eligible, left);
    left = sub(left, line.free);
  }
  return sub(allowance, left);
}

const singular = (unit: string): string => (unit === 'requests' ? 'request' : unit);

function rateText(price: Price, spec: DimensionSpec): string {
  const rate = firstRate(price);
  return spec.perMillion ? `${formatUsdExact(mul(rate, int(1_000_000)))} per 1M` : `$${price.tiers[0]?.usd ?? '0'} per ${singular(spec.unit)}`;
}

function buildLine(line: PoolLine, meters: readonly FunctionMeter[], multiPool: boolean): {item: LineItem; usd: Exact; rounded: Exact} {
  const spec = DIMENSIONS[line.dimension];
  const billable = sub(line.gross, line.free);
  const {usd, slices} = applyTiers(billable, line.price.tiers);
  const rounded = roundCents(usd);
  const q = formatQuantity;
  const gross =
    line.members.length === 1
      ? (line.members[0]?.how ?? '')
      : `${q(line.gross)} ${spec.unit} from ${line.members.length} functions (${line.members.map((member) => `${meters[member.index]?.name}: ${q(member.quantity)}`).join('; ')})`;
  const afterFree = isZero(line.free) ? '' : ` − ${q(line.free)} free = ${q(billable)} ${spec.unit}`;
  const priced =
    slices.length > 1
      ? ` → ${slices.map((slice) => `${q(slice.quantity)} × $${slice.rateText}`).join(' + ')}`
      : ` × ${line.price.tiers.length > 1 ? `$${slices[0]?.rateText ?? line.price.tiers[0]?.usd ?? '0'} per ${singular(spec.unit)}` : rateText(line.price, spec)}`;
  const formula = `${gross}${afterFree}${priced} = ${formatUsdExact(usd)} ≈ ${formatUsd(rounded)}`;
  const where = multiPool ? (line.architecture === 'edge' ? ' (global)' : ` (${line.region}, ${line.architecture})`) : '';
  const item: LineItem = {
    id: line.dimension as LineItemId,
    label: `${spec.label}${where}`,
    quantity: toNumber(billable),
    unit: spec.unit,
    formula,
    usd: toNumber(rounded),
    usdUnrounded: toNumber(usd),
    exact: {quantity: toPlain(billable, 12), usdUnrounded: toPlain(usd, 14)},
    ...(line.architecture === 'edge' ? {} : {region: line.region, architecture: line.architecture}),
  };
  return {item, usd, rounded};
}

/**
 * Compute Savings Plans, the way AWS applies them: each eligible usage line is charged at the
 * Savings Plans rate (the on-demand rate less the plan's percentage; "This percentage compares
 * the Savings Plans rates with your current On-Demand rates"), so each line is rounded to the cent
 * at that rate. The discount line is the sum of the per-line differences (rounded on-demand line
 * − rounded Savings-Plans line), so the bill's total equals the sum of lines priced at the plan's
 * rate, never 1¢ off from it. AWS publishes its own plan rates per usage type; Lambda Lab models
 * them as rate × (1 − percent), unrounded.
 */
function savingsPlanLine(lines: readonly PoolLine[], unrounded: readonly Exact[], rounded: readonly Exact[], percent: number): {line: LineItem; usd: Exact; usdUnrounded: Exact} {
  const keep = sub(int(1), div(fromNumber(percent), int(100)));
  let usd = ZERO;
  let usdUnrounded = ZERO;
  const parts: string[] = [];
  lines.forEach((line, index) => {
    if (!DIMENSIONS[line.dimension].savingsPlan) return;
    const onDemand = unrounded[index] ?? ZERO;
    const atPlanRate = mul(onDemand, keep);
    const planRounded = roundCents(atPlanRate);
    usd = add(usd, sub(planRounded, rounded[index] ?? ZERO));
    usdUnrounded = add(usdUnrounded, sub(atPlanRate, onDemand));
    parts.push(`${DIMENSIONS[line.dimension].label}: ${formatUsdExact(onDemand)} × ${toPlain(keep, 6)} = ${formatUsdExact(atPlanRate)} ≈ ${formatUsd(planRounded)} (was ${formatUsd(rounded[index] ?? ZERO)})`);
  });
  return {
    usd,
    usdUnrounded,
    line: {
      id: 'savingsPlan',
      label: 'Compute Savings Plans discount',
      quantity: percent,
      unit: '%',
      formula: `each eligible line at the Savings Plans rate (on-demand − ${percent}%), rounded per line: ${parts.join('; ')} → ${formatUsd(usd)}`,
      usd: toNumber(usd),
      usdUnrounded: toNumber(usdUnrounded),
      exact: {quantity: String(percent), usdUnrounded: toPlain(usdUnrounded, 14)},
    },
  };
}

/** Throws a RangeError with the first validation message (callers with user input validate first). */
function assertValid(functions: readonly FunctionUsage[], options: PricingOptions): void {
  const checkedOptions = validateOptions(options);
  if (!checkedOptions.ok) throw new RangeError(checkedOptions.error);
  functions.forEach((usage, index) => {
    const checked = validateUsage(usage, usage.name ?? (functions.length > 1 ? `function ${index + 1}` : ''));
    if (!checked.ok) throw new RangeError(checked.error);
  });
}

/**
 * Prices several functions as one monthly account bill: the free tier applied once, duration
 * tiers over the sum per Region and architecture, each line rounded to the cent, total = sum of
 * rounded lines. Also reports what summing per-function estimates (each with the whole free
 * tier, as per-entry calculators do) would say instead.
 * @throws RangeError for usage that `validateUsage` rejects or a Region without prices.
 */
export function priceBill(functions: readonly FunctionUsage[], options: PricingOptions = {}): BillEstimate {
  const bill = priceAccountBill(functions, options);
  const standalone = functions.length > 1 ? functions.map((usage) => priceAccountBill([usage], options).total) : [bill.total];
  const sumOfStandalone = standalone.reduce((acc, value) => add(acc, fromNumber(value)), ZERO);
  return {
    ...bill,
    functions: bill.functions.map((share, index) => ({...share, standaloneUsd: standalone[index] ?? 0})),
    sumOfStandaloneUsd: toNumber(sumOfStandalone),
    standaloneOverstatementUsd: toNumber(sub(sumOfStandalone, fromNumber(bill.total))),
  };
}

/**
 * The account bill alone, without pricing each function a second time on its own (the design
 * estimate never shows that comparison, and it doubled the cost of a 50-function estimate).
 * @throws RangeError like priceBill.
 */
export function priceAccountBill(functions: readonly FunctionUsage[], options: PricingOptions = {}): AccountBill {
  assertValid(functions, options);
  const meterOptions = {
    granularityMs: options.granularityMs ?? BILLING_RULES.granularityMs.value,
    initBilling: options.initBilling ?? 'since-2025-08',
    prices: options.prices ?? REGION_PRICES,
  } as const;
  const meters = functions.map((usage, index) => meterFunction(usage, index, meterOptions));
  const lines = poolLines(meters);
  const freeTier = options.freeTier ?? true;
  const remaining = options.freeTierRemaining ?? {};
  const allowance = (rule: number, left: number | undefined) => (left === undefined ? int(rule) : min(int(rule), fromNumber(Math.max(0, left))));
  const freeUse: FreeTierUse = freeTier
    ? {
        requests: toNumber(spendFreeTier(lines, 'requests', allowance(BILLING_RULES.freeRequests.value, remaining.requests))),
        gbSeconds: toNumber(spendFreeTier(lines, 'gbSeconds', allowance(BILLING_RULES.freeGbSeconds.value, remaining.gbSeconds))),
        streamingGB: toNumber(spendFreeTier(lines, 'streamingGB', allowance(BILLING_RULES.freeStreamingGB.value, remaining.streamingGB))),
      }
    : {requests: 0, gbSeconds: 0, streamingGB: 0};

  const multiPool = new Set(lines.map((line) => line.poolKey)).size > 1;
  const built = lines.map((line) => buildLine(line, meters, multiPool));
  const items: LineItem[] = built.map((entry) => entry.item);
  const unrounded: Exact[] = built.map((entry) => entry.usd);
  const rounded: Exact[] = built.map((entry) => entry.rounded);
  // Each function's share of each line, pro rata to its gross quantity in that line.
  const shares: Exact[] = meters.map(() => ZERO);
  const allocate = (usd: Exact, weights: readonly {index: number; quantity: Exact}[]) => {
    const total = sum(weights.map((weight) => weight.quantity));
    if (isZero(total)) return;
    for (const weight of weights) shares[weight.index] = add(shares[weight.index] ?? ZERO, mul(usd, div(weight.quantity, total)));
  };
  lines.forEach((line, index) => allocate(unrounded[index] ?? ZERO, line.members));

  // Lines priced per function (Managed Instances, durable functions, tenant isolation, pollers).
  meters.forEach((meter, index) => {
    for (const extra of meter.extras) {
      items.push(meters.length > 1 ? {...extra.item, label: `${meter.name}: ${extra.item.label}`} : extra.item);
      unrounded.push(extra.usd);
      rounded.push(extra.rounded);
      shares[index] = add(shares[index] ?? ZERO, extra.usd);
    }
  });

  const percent = options.savingsPlanPercent ?? 0;
  if (percent > 0) {
    const item = savingsPlanLine(lines, unrounded, rounded, percent);
    items.push(item.line);
    unrounded.push(item.usdUnrounded);
    rounded.push(item.usd);
    const ratio = div(fromNumber(-percent), int(100));
    lines.forEach((line, index) => {
      if (DIMENSIONS[line.dimension].savingsPlan) allocate(mul(unrounded[index] ?? ZERO, ratio), line.members);
    });
  }

  const total = sum(rounded);
  const totalUnrounded = sum(unrounded);
  const notes = [...new Set(meters.flatMap((meter) => meter.notes))];
  if (freeTier && multiPool) notes.push('The free tier is applied once for the account; where several Regions or architectures compete for it, it goes to the dearest rate first (AWS does not document the order).');
  if ((options.granularityMs ?? 1) === 100) notes.push('Historical mode: durations rounded up to 100 ms, the rule until the December 2020 billing cycle.');
  if (options.initBilling === 'before-2025-08') notes.push('Pre-August-2025 mode: INIT billed only for custom runtimes and container images.');

  return {
    total: toNumber(total),
    totalUnrounded: toNumber(totalUnrounded),
    lineItems: items,
    usage: {
      requests: toNumber(sum(meters.map((meter) => meter.dimensions.requests?.quantity ?? meter.dimensions.edgeRequests?.quantity ?? ZERO))),
      gbSeconds: toNumber(sum(meters.map((meter) => add(add(meter.dimensions.duration?.quantity ?? ZERO, meter.dimensions.provisionedDuration?.quantity ?? ZERO), meter.dimensions.edgeDuration?.quantity ?? ZERO)))),
      initGbSeconds: toNumber(sum(meters.map((meter) => meter.initGbSeconds))),
    },
    freeTierApplied: freeUse,
    notes,
    functions: meters.map((meter, index) => ({
      name: meter.name,
      usdUnrounded: toNumber(shares[index] ?? ZERO),
      usd: toNumber(roundCents(shares[index] ?? ZERO)),
      billedDurationMs: toNumber(meter.billedDurationMs),
    })),
  };
}
