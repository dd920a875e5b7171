import type {FreeTierKind, RatePrice} from '../../../data/prices/types.ts';
import {applyTiers} from '../applyTiers.ts';
import {add, cmp, div, int, isZero, min, mul, parseExact, roundCents, sub, sum, toNumber, toPlain, ZERO, type Exact} from '../exact.ts';
import {formatQuantity, formatUsd, formatUsdExact} from '../formatNumbers.ts';
import type {Meter, MeteredBill, NeededInput, ServiceLine, ServiceModel, ServiceOptions, UnpricedLine} from './types.ts';

interface Pool {
  readonly key: string;
  readonly model: ServiceModel;
  readonly dimension: string;
  readonly region: string;
  readonly price: RatePrice;
  readonly members: Meter[];
  gross: Exact;
  free: Exact;
  freeKind?: FreeTierKind;
  freeNote?: string;
}

const firstRate = (price: RatePrice): Exact => parseExact(price.tiers[0]?.usd ?? '0');
const appliesTo = (mode: ServiceOptions['freeTier'], kind: FreeTierKind) => mode === 'with-12-month' || (kind === 'always-free' && (mode ?? 'always-free') === 'always-free');
const perText = (per: number) => (per === 1 ? '' : per === 1_000_000 ? ' 1M' : ` ${per.toLocaleString('en-US')}`);

/** "$1.00 per 1M requests", "$0.045 per GB". */
export function rateText(rate: Exact, unit: string, per = 1): string {
  return `${formatUsdExact(mul(rate, int(per)))} per${perText(per)} ${per === 1 ? unit.replace(/s$/, '') : unit}`;
}

/**
 * Prices the meters of a whole account: one line per service, Region and dimension (resources
 * pooled, as AWS meters them), each free allowance spent once across the lines it covers (the
 * dearest first-tier rate first: AWS does not say which Region's usage it meets first), tiers
 * applied to the pooled quantity, each line rounded to the cent, total = sum of rounded lines.
 */
export function priceMeters(meters: readonly Meter[], models: Readonly<Record<string, ServiceModel>>, options: ServiceOptions = {}, needs: readonly NeededInput[] = []): MeteredBill {
  const pools = new Map<string, Pool>();
  const unpriced: UnpricedLine[] = needs.map((need) => ({service: models[need.service]?.sheet.service ?? need.service, resource: need.resource, label: need.label, reason: `needs ${need.keys.join(' or ')} in the usage file`, keys: need.keys}));
  for (const meter of meters) {
    const model = models[meter.service];
    if (!model) throw new RangeError(`no price model for service '${meter.service}'`);
    const spec = model.dimensions[meter.dimension];
    if (!spec) throw new RangeError(`${model.sheet.service} has no dimension '${meter.dimension}'`);
    if (meter.quantity.n < 0n) throw new RangeError(`${meter.resource}: a negative quantity for ${spec.label}`);
    const price = model.sheet.regions[meter.region]?.[meter.dimension];
    if (!price) {
      const known = Object.keys(model.sheet.regions).filter((region) => model.sheet.regions[region]?.[meter.dimension]);
      unpriced.push({service: model.sheet.service, resource: meter.resource, label: spec.label, reason: `no ${model.sheet.service} rate for ${meter.region} in Lambda Lab's data, so this line is not in the total (Regions known: ${known.join(', ') || 'none'}; rates: ${model.sheet.source})`});
      continue;
    }
    const key = `${model.key}|${meter.region}|${meter.dimension}`;
    let pool = pools.get(key);
    if (!pool) {
      pool = {key, model, dimension: meter.dimension, region: meter.region, price, members: [], gross: ZERO, free: ZERO};
      pools.set(key, pool);
    }
    pool.members.push(meter);
    pool.gross = add(pool.gross, meter.quantity);
  }
  const all = [...pools.values()];
  const notes = new Set<string>();
  for (const model of new Set(all.map((pool) => pool.model))) {
    for (const allowance of Object.values(model.sheet.free ?? {})) {
      if (!allowance || !appliesTo(options.freeTier, allowance.kind)) continue;
      let left = int(allowance.quantity);
      const covered = all.filter((pool) => pool.model === model && (allowance.dimensions as readonly string[]).includes(pool.dimension)).sort((a, b) => cmp(firstRate(b.price), firstRate(a.price)));
      if (covered.length > 1) notes.add(`${model.sheet.service}: one free allowance (${allowance.note}) covers ${covered.length} lines; it is spent on the dearest rate first (AWS does not document the order).`);
      for (const pool of covered) {
        const take = min(left, sub(pool.gross, pool.free));
        pool.free = add(pool.free, take);
        left = sub(left, take);
        if (!isZero(take)) {
          pool.freeKind = allowance.kind;
          pool.freeNote = allowance.note;
        }
      }
    }
  }
  const lines: ServiceLine[] = [];
  const rounded: Exact[] = [];
  const unrounded: Exact[] = [];
  for (const pool of all) {
    const spec = pool.model.dimensions[pool.dimension]!;
    const billable = sub(pool.gross, pool.free);
    const {usd, slices} = applyTiers(billable, pool.price.tiers);
    const cents = roundCents(usd);
    const per = spec.ratePer ?? 1;
    const q = formatQuantity;
    const gross = pool.members.length === 1 ? pool.members[0]!.how : `${q(pool.gross)} ${spec.unit} from ${pool.members.length} resources (${pool.members.map((member) => `${member.resource}: ${q(member.quantity)}`).join('; ')})`;
    const afterFree = isZero(pool.free) ? '' : ` − ${q(pool.free)} free (${pool.freeKind === '12-month' ? '12-month offer' : 'always free'}) = ${q(billable)} ${spec.unit}`;
    const priced = slices.length > 1 ? ` → ${slices.map((slice) => `${q(slice.quantity)} × ${rateText(slice.rate, spec.unit, per)}`).join(' + ')}` : ` × ${rateText(slices[0]?.rate ?? firstRate(pool.price), spec.unit, per)}`;
    const formula = `${gross}${afterFree}${priced} = ${formatUsdExact(usd)} ≈ ${formatUsd(cents)}`;
    const shares = pool.members.map((member) => ({resource: member.resource, quantity: toNumber(member.quantity), usdUnrounded: isZero(pool.gross) ? 0 : toNumber(mul(usd, div(member.quantity, pool.gross)))}));
    lines.push({
      serviceKey: pool.model.key,
      service: pool.model.sheet.service,
      dimension: pool.dimension,
      label: spec.label,
      region: pool.region,
      unit: spec.unit,
      quantity: toNumber(billable),
      grossQuantity: toNumber(pool.gross),
      freeQuantity: toNumber(pool.free),
      formula,
      usd: toNumber(cents),
      usdUnrounded: toNumber(usd),
      exact: {quantity: toPlain(billable, 12), usdUnrounded: toPlain(usd, 14)},
      resources: shares,
      source: pool.model.sheet.source,
      asOf: pool.model.sheet.asOf,
      ...(pool.freeKind && pool.freeNote ? {freeTier: {kind: pool.freeKind, note: pool.freeNote}} : {}),
    });
    rounded.push(cents);
    unrounded.push(usd);
  }
  return {lines, unpriced, total: toNumber(sum(rounded)), totalUnrounded: toNumber(sum(unrounded)), notes: [...notes]};
}
