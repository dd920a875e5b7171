import {useEffect, useId, useMemo, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {toFunctionUsage} from '@site/src/core/limits/toFunctionUsage.ts';
import type {FunctionConfig} from '@site/src/core/limits/types.ts';
import {priceBill, validateUsage, type BillEstimate, type FunctionUsage} from '@site/src/core/pricing/index.ts';
import type {QuantityParser} from '@site/src/core/quantity/types.ts';
import TeamDiscountNote from '@site/src/components/TeamDiscountNote';
import styles from './styles.module.css';

interface Traffic {
  readonly requests: string;
  readonly duration: string;
}

interface Priced {
  readonly bill?: BillEstimate;
  readonly problems: readonly string[];
  readonly assumptions: readonly string[];
}

const usd = (value: number) => `$${value.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;

/**
 * Hands the checked functions to the pricing engine: traffic per function in, the month's bill out
 * (free tier once, tiers pooled). The quantity parser (mathjs) loads on the first edit only.
 */
export default function BillPanel({functions}: {functions: readonly FunctionConfig[]}): ReactNode {
  const id = useId();
  const [traffic, setTraffic] = useState<Readonly<Record<string, Traffic>>>({});
  const [parser, setParser] = useState<QuantityParser | undefined>();
  const [loadError, setLoadError] = useState('');
  const touched = Object.values(traffic).some((entry) => entry.requests.trim() !== '' || entry.duration.trim() !== '');

  useEffect(() => {
    if (!touched || parser) return;
    import('@site/src/core/quantity/loadQuantityParser.ts')
      .then(({loadQuantityParser}) => loadQuantityParser())
      .then(setParser, (error: unknown) => setLoadError(`The quantity parser could not be loaded: ${error instanceof Error ? error.message : String(error)}`));
  }, [touched, parser]);

  const priced = useMemo((): Priced => {
    if (!parser) return {problems: [], assumptions: []};
    const usages: FunctionUsage[] = [];
    const problems: string[] = [];
    const assumptions: string[] = [];
    for (const fn of functions) {
      const entry = traffic[fn.name];
      if (!entry || (entry.requests.trim() === '' && entry.duration.trim() === '')) continue;
      const requests = parser.monthlyCount(entry.requests, `${fn.name}: requests per month`);
      const duration = parser.durationMs(entry.duration, `${fn.name}: average duration`);
      if (!requests.ok) { problems.push(requests.error); continue; }
      if (!duration.ok) { problems.push(duration.error); continue; }
      const converted = toFunctionUsage(fn, {requestsPerMonth: requests.value, averageDurationMs: duration.value});
      if (!converted.ok) { problems.push(converted.error); continue; }
      const valid = validateUsage(converted.value.usage);
      if (!valid.ok) { problems.push(valid.error); continue; }
      usages.push(valid.value);
      assumptions.push(...converted.value.assumptions);
    }
    return usages.length > 0 ? {bill: priceBill(usages), problems, assumptions} : {problems, assumptions};
  }, [parser, functions, traffic]);

  const update = (name: string, key: keyof Traffic, value: string) => setTraffic((previous) => ({...previous, [name]: {requests: '', duration: '', ...previous[name], [key]: value}}));

  if (functions.length === 0) return null;
  return (
    <section className={styles.bill} aria-labelledby={`${id}-bill`}>
      <h2 id={`${id}-bill`}>Estimate the monthly bill</h2>
      <p className={styles.hint}>Traffic per function, e.g. <code>3M</code> or <code>100/s</code> (730-hour month) and <code>120 ms</code>. Priced with the <Link to="/docs/tools/cli#check">same engine</Link> as <code>lambda-lab check --usage</code>.</p>
      <div className={styles.trafficGrid}>
        {functions.map((fn, index) => (
          <fieldset key={fn.name} className={styles.traffic}>
            <legend>{fn.name}</legend>
            <div className={styles.field}>
              <label htmlFor={`${id}-${index}-requests`}>Requests per month</label>
              <input id={`${id}-${index}-requests`} value={traffic[fn.name]?.requests ?? ''} onChange={(event) => update(fn.name, 'requests', event.target.value)} />
            </div>
            <div className={styles.field}>
              <label htmlFor={`${id}-${index}-duration`}>Average duration</label>
              <input id={`${id}-${index}-duration`} value={traffic[fn.name]?.duration ?? ''} onChange={(event) => update(fn.name, 'duration', event.target.value)} />
            </div>
          </fieldset>
        ))}
      </div>
      <div aria-live="polite" data-testid="limits-bill">
        {loadError ? <p className={styles.fieldError}>{loadError}</p> : null}
        {touched && !parser && !loadError ? <p className={styles.hint}>Loading the quantity parser…</p> : null}
        {priced.problems.map((problem) => (
          <p key={problem} className={styles.fieldError}>{problem}</p>
        ))}
        {priced.bill ? (
          <>
            <p className={styles.status}>Estimated monthly bill: {usd(priced.bill.total)}</p>
            <TeamDiscountNote listUSD={priced.bill.total} />
            <ul className={styles.billLines}>
              {priced.bill.functions.map((share) => (
                <li key={share.name}>{share.name}: {usd(share.usd)}</li>
              ))}
              {priced.bill.lineItems.map((item) => (
                <li key={`${item.id}-${item.region ?? ''}-${item.architecture ?? ''}`} className={styles.hint}>{item.label}: {item.formula}</li>
              ))}
              {[...priced.assumptions, ...priced.bill.notes].map((note) => (
                <li key={note} className={styles.hint}>{note}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}
