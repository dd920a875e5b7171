import {lazy, Suspense, useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import {DEFAULT_STATE, decodeCalculatorHash, encodeCalculatorHash, type CalculatorState} from '@site/src/core/calculator/calculatorState';
import {sweepMemory} from '@site/src/core/calculator/sweepMemory';
import {priceBill} from '@site/src/core/pricing/priceBill';
import {priceFunction} from '@site/src/core/pricing/priceFunction';
import {RUNTIME_FAMILIES, type BillEstimate, type FunctionEstimate, type FunctionUsage, type PricingOptions} from '@site/src/core/pricing/types';
import {REGION_PRICES} from '@site/src/data/prices';
import {withArchitecture} from '@site/src/core/calculator/computeModel';
import ComputeModelFields from './ComputeModelFields';
import TeamDiscountNote from '@site/src/components/TeamDiscountNote';
import {useTeamConfig} from '@site/src/utils/teamConfig';
import CostChart from './CostChart';
import LineItemsTable, {money} from './LineItemsTable';
import NumberField from './NumberField';
import QuantityField from './QuantityField';
import {FieldErrorsContext, useFieldErrorCollector} from '@site/src/components/WidgetStatus/fieldErrors';
import {resultProps, StaleNote, withWidgetBoundary, ResultBoundary} from '@site/src/components/WidgetStatus';
import styles from './styles.module.css';

type Mutable<T> = {-readonly [K in keyof T]: T[K]};

/** Prices a function or returns the engine's one-sentence reason (e.g. a price missing in a Region). */
function tryPrice(usage: FunctionUsage, options: PricingOptions): FunctionEstimate | string {
  try {
    return priceFunction(usage, options);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function tryBill(functions: readonly FunctionUsage[], options: PricingOptions): BillEstimate | string | null {
  if (functions.length === 0) return null;
  try {
    return priceBill(functions, options);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// Loaded when first needed, to keep the page's first load near a plain docs page's.
const BillView = lazy(() => import('./BillView'));
const loadExports = () => import('@site/src/core/calculator/exportEstimate');

/** Starts a browser download of `text` (the exports never leave the page). */
function download(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const formatMB = (mb: number) => `${mb.toLocaleString('en-US', {useGrouping: false})} MB`;
const formatMs = (ms: number) => `${ms.toLocaleString('en-US', {useGrouping: false, maximumFractionDigits: 3})} ms`;
const formatCount = (count: number) => count.toLocaleString('en-US');

/**
 * The cost calculator: one function's monthly bill with every line's arithmetic, x86_64 against
 * arm64, the free tier's effect, cost against memory, and an account bill of several functions.
 * State lives in the URL hash; the engine is src/core/pricing (no mathjs until the first edit).
 */
function Calculator(): ReactNode {
  // The team configuration's default Region and architecture (lambda-lab.team.json) start the form.
  const team = useTeamConfig();
  const defaults = useMemo<CalculatorState>(
    () => (team.region === DEFAULT_STATE.fn.region && team.architecture === DEFAULT_STATE.fn.architecture ? DEFAULT_STATE : {...DEFAULT_STATE, fn: {...DEFAULT_STATE.fn, region: team.region, architecture: team.architecture}}),
    [team.region, team.architecture],
  );
  const [state, setState] = useState<CalculatorState>(defaults);
  const [notice, setNotice] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const loaded = useRef(false);
  const advancedId = useId();
  // While any field holds an invalid value, every result is from the last valid settings and says so.
  const [fieldErrors, reportFieldError] = useFieldErrorCollector();
  const stale = Object.keys(fieldErrors).length > 0;

  // Read a shared link once the page is interactive, and when the hash changes.
  useEffect(() => {
    const read = () => {
      // A design-estimate link (#design=…) belongs to the design view below the calculator.
      if (window.location.hash.startsWith('#design=')) return;
      const decoded = decodeCalculatorHash(window.location.hash);
      if (decoded.ok) {
        setState(decoded.value === DEFAULT_STATE ? defaults : decoded.value);
        setNotice(null);
      } else {
        setState(defaults);
        setNotice(`This link’s settings could not be used (${decoded.error}), so the calculator shows its defaults.`);
      }
      loaded.current = true;
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  // Keep the hash in step with the state, without adding history entries.
  useEffect(() => {
    if (!loaded.current) return;
    // A plain visit keeps a clean URL; a broken link stays visible until the first change.
    if (state === defaults) return;
    const hash = encodeCalculatorHash(state);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }, [state, notice]);

  const {fn, options, bill} = state;
  const setFn = (patch: Partial<Mutable<FunctionUsage>>, remove: (keyof FunctionUsage)[] = []) =>
    setState((current) => {
      const next: Mutable<FunctionUsage> = {...current.fn, ...patch};
      for (const key of remove) delete next[key];
      return {...current, fn: next};
    });
  const setOptions = (patch: Partial<Mutable<PricingOptions>>) => setState((current) => ({...current, options: {...current.options, ...patch}}));

  const estimate = useMemo(() => tryPrice(fn, options), [fn, options]);
  // On Managed Instances the other architecture means the other instance family (m7g ↔ m7i).
  const x86 = useMemo(() => (fn.architecture === 'x86_64' ? estimate : tryPrice(withArchitecture(fn, 'x86_64'), options)), [fn, options, estimate]);
  const arm = useMemo(() => (fn.edge ? 'Lambda@Edge runs on x86_64 only.' : fn.architecture === 'arm64' ? estimate : tryPrice(withArchitecture(fn, 'arm64'), options)), [fn, options, estimate]);
  const withoutFree = useMemo(() => tryPrice(fn, {...options, freeTier: false}), [fn, options]);
  const points = useMemo(() => sweepMemory(fn, options), [fn, options]);
  const billEstimate = useMemo(() => tryBill(bill, options), [bill, options]);

  const pc = fn.provisionedConcurrency;
  const totalText = typeof estimate === 'string' ? `Cannot price these settings: ${estimate}` : `${money(estimate.total)} a month`;

  return (
    <FieldErrorsContext.Provider value={reportFieldError}>
    <div className={styles.calculator} data-testid="calculator" data-widget="calculator">
      {notice && (
        <p className={styles.notice} role="status" data-testid="calculator-notice">
          {notice}
        </p>
      )}
      <form className={styles.inputs} onSubmit={(event) => event.preventDefault()} aria-label="Function settings">
        <p className={styles.small}>
          Sizes are binary, as in Lambda: 1 GB = 1,024 MB. Rates such as <code>100/s</code> become a month of 730 hours.
        </p>
        <ComputeModelFields fn={fn} idPrefix={advancedId} onChange={(next) => setState((current) => ({...current, fn: next}))} />
        <div className={styles.grid}>
          <div className={styles.field}>
            <label htmlFor={`${advancedId}-name`}>Function name</label>
            <input id={`${advancedId}-name`} type="text" value={fn.name ?? ''} maxLength={64} onChange={(event) => setFn({name: event.target.value.slice(0, 64)})} autoComplete="off" />
          </div>
          <QuantityField
            label="Memory"
            hint="128 MB–10,240 MB, e.g. 1536 MB or 1.5 GB"
            value={fn.memoryMB}
            format={formatMB}
            parse={(parser, text) => parser.memoryMB(text, 'Memory')}
            onValid={(memoryMB) => setFn({memoryMB})}
            testId="memory"
          />
          <QuantityField
            label="Average duration"
            hint="per invocation, up to 900 s; billed in 1 ms steps"
            value={fn.averageDurationMs}
            format={formatMs}
            parse={(parser, text) => parser.durationMs(text, 'Average duration')}
            onValid={(averageDurationMs) => setFn({averageDurationMs})}
            testId="duration"
          />
          <QuantityField
            label="Requests per month"
            hint="e.g. 3M, 100/s or 250k/day"
            value={fn.requestsPerMonth}
            format={formatCount}
            parse={(parser, text) => parser.monthlyCount(text, 'Requests per month')}
            onValid={(requestsPerMonth) => setFn({requestsPerMonth})}
            testId="requests"
          />
          <div className={styles.field}>
            <label htmlFor={`${advancedId}-arch`}>Architecture</label>
            <select id={`${advancedId}-arch`} value={fn.architecture} onChange={(event) => setFn({architecture: event.target.value as FunctionUsage['architecture']})} data-testid="arch">
              <option value="x86_64">x86_64</option>
              <option value="arm64">arm64 (Graviton)</option>
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${advancedId}-region`}>Region</label>
            <select id={`${advancedId}-region`} value={fn.region ?? 'us-east-1'} onChange={(event) => setFn({region: event.target.value})} data-testid="region" disabled={fn.edge === true}>
              {REGION_PRICES.map((prices) => (
                <option key={prices.region} value={prices.region}>{`${prices.name} (${prices.region})`}</option>
              ))}
            </select>
          </div>
          <div className={`${styles.field} ${styles.checkbox}`}>
            <input id={`${advancedId}-free`} type="checkbox" checked={options.freeTier !== false} onChange={(event) => setOptions({freeTier: event.target.checked})} data-testid="free-tier" />
            <label htmlFor={`${advancedId}-free`}>Apply the free tier (1M requests and 400,000 GB-s a month, once per account)</label>
          </div>
        </div>

        <details
          className={styles.details}
          open={state.panels?.includes('more') ?? false}
          onToggle={(event) => {
            const open = event.currentTarget.open;
            setState((current) => ((current.panels?.includes('more') ?? false) === open ? current : {...current, panels: open ? ['more'] : []}));
          }}
        >
          <summary>More dimensions: storage, INIT, SnapStart, large async events, provisioned concurrency, streaming, Lambda@Edge, savings plans</summary>
          <div className={styles.grid}>
            <QuantityField
              label="Ephemeral storage (/tmp)"
              hint="512 MB–10,240 MB; only the part above 512 MB is billed"
              value={fn.ephemeralStorageMB ?? 512}
              format={formatMB}
              parse={(parser, text) => parser.storageMB(text, 'Ephemeral storage')}
              onValid={(ephemeralStorageMB) => setFn({ephemeralStorageMB})}
              testId="storage"
            />
            <NumberField
              label="Cold starts (% of on-demand invocations)"
              hint="0–100 %"
              value={Math.round((fn.coldStartRatio ?? 0) * 100 * 1e6) / 1e6}
              min={0}
              max={100}
              unit="%"
              source="a share of invocations"
              onValid={(percent) => setFn({coldStartRatio: percent / 100})}
            />
            <QuantityField
              label="INIT duration per cold start"
              hint="billed for on-demand functions since 1 Aug 2025"
              value={fn.initDurationMs ?? 0}
              format={formatMs}
              parse={(parser, text) => parser.durationMs(text, 'INIT duration')}
              onValid={(initDurationMs) => setFn({initDurationMs})}
            />
            <div className={styles.field}>
              <label htmlFor={`${advancedId}-init`}>INIT billing rule</label>
              <select id={`${advancedId}-init`} value={options.initBilling ?? 'since-2025-08'} onChange={(event) => setOptions({initBilling: event.target.value as PricingOptions['initBilling'] & string})}>
                <option value="since-2025-08">Since 1 Aug 2025 (INIT billed)</option>
                <option value="before-2025-08">Before Aug 2025 (free for ZIP on managed runtimes)</option>
              </select>
            </div>
            <div className={styles.field}>
              <label htmlFor={`${advancedId}-runtime`}>Runtime family</label>
              <select
                id={`${advancedId}-runtime`}
                value={fn.runtime ?? 'nodejs'}
                onChange={(event) => {
                  const runtime = event.target.value as NonNullable<FunctionUsage['runtime']>;
                  setFn({runtime}, runtime === 'java' || runtime === 'python' || runtime === 'dotnet' ? [] : ['snapStart']);
                }}
              >
                {RUNTIME_FAMILIES.map((family) => (
                  <option key={family} value={family}>
                    {family}
                  </option>
                ))}
              </select>
            </div>
            <div className={styles.field}>
              <label htmlFor={`${advancedId}-package`}>Package type</label>
              <select id={`${advancedId}-package`} value={fn.packageType ?? 'zip'} onChange={(event) => setFn({packageType: event.target.value as 'zip' | 'image'})}>
                <option value="zip">.zip archive</option>
                <option value="image">Container image</option>
              </select>
            </div>
            <div className={`${styles.field} ${styles.checkbox}`}>
              <input
                id={`${advancedId}-snap`}
                type="checkbox"
                checked={fn.snapStart !== undefined}
                disabled={!['java', 'python', 'dotnet'].includes(fn.runtime ?? 'nodejs') || fn.edge === true}
                onChange={(event) => (event.target.checked ? setFn({snapStart: {}}, ['provisionedConcurrency']) : setFn({}, ['snapStart']))}
              />
              <label htmlFor={`${advancedId}-snap`}>SnapStart (Java, Python, .NET; Python and .NET pay for the cache and each restore = cold start)</label>
            </div>
            <QuantityField
              label="Async events over 256 KB per month"
              hint="0 = none; each adds 1 request per started 64 KB"
              value={fn.largeAsyncEvents?.perMonth ?? 0}
              format={formatCount}
              parse={(parser, text) => parser.monthlyCount(text, 'Async events over 256 KB')}
              onValid={(perMonth) => (perMonth === 0 ? setFn({}, ['largeAsyncEvents']) : setFn({largeAsyncEvents: {perMonth, averageSizeKB: fn.largeAsyncEvents?.averageSizeKB ?? 512}}))}
            />
            <QuantityField
              label="Their average size"
              hint="256 KB–1 MB, e.g. 512 KB"
              value={fn.largeAsyncEvents?.averageSizeKB ?? 512}
              format={(kb) => `${kb} KB`}
              parse={(parser, text) => {
                const mb = parser.dataSizeMB(/[a-z]/i.test(text) ? text : `${text} KB`, 'Async event size', {min: 0.25, max: 1, source: 'AWS Lambda quotas: async payload up to 1 MB'});
                return mb.ok ? {ok: true, value: Math.round(mb.value * 1024 * 1000) / 1000} : mb;
              }}
              onValid={(averageSizeKB) => fn.largeAsyncEvents && setFn({largeAsyncEvents: {...fn.largeAsyncEvents, averageSizeKB}})}
            />
            <NumberField
              label="Provisioned concurrency (environments)"
              hint="0 = off; billed in 5-minute blocks"
              value={pc?.concurrency ?? 0}
              min={0}
              max={100_000}
              integer
              source="your account’s concurrency quota"
              onValid={(concurrency) => (concurrency === 0 ? setFn({}, ['provisionedConcurrency']) : setFn({provisionedConcurrency: {concurrency, hoursPerMonth: pc?.hoursPerMonth ?? 730}}, ['snapStart']))}
              testId="pc"
            />
            <NumberField
              label="Provisioned hours per month"
              hint="0–744 h; requests beyond its capacity are billed on demand"
              value={pc?.hoursPerMonth ?? 730}
              min={0}
              max={744}
              unit="h"
              source="the hours in a month"
              onValid={(hoursPerMonth) => pc && setFn({provisionedConcurrency: {...pc, hoursPerMonth}})}
            />
            <NumberField
              label="Streamed response size (MB)"
              hint="0 = no streaming; the part above 6 MB per response is billed"
              value={fn.responseStreaming?.averageResponseMB ?? 0}
              min={0}
              max={200}
              unit="MB"
              source="AWS Lambda quotas: streamed responses up to 200 MB"
              onValid={(averageResponseMB) => (averageResponseMB === 0 ? setFn({}, ['responseStreaming']) : setFn({responseStreaming: {averageResponseMB}}))}
            />
            <NumberField
              label="Compute Savings Plans discount (%)"
              hint="0–17 %, on duration and provisioned concurrency"
              value={options.savingsPlanPercent ?? 0}
              min={0}
              max={17}
              unit="%"
              source="AWS: up to 17 % on Lambda"
              onValid={(savingsPlanPercent) => setOptions({savingsPlanPercent})}
            />
            <div className={`${styles.field} ${styles.checkbox}`}>
              <input id={`${advancedId}-edge`} type="checkbox" checked={fn.edge === true} onChange={(event) => (event.target.checked ? setFn({edge: true}, ['provisionedConcurrency', 'ephemeralStorageMB', 'snapStart']) : setFn({}, ['edge']))} />
              <label htmlFor={`${advancedId}-edge`}>Lambda@Edge ($0.60 per 1M requests, $0.00005001 per GB-s, no free tier)</label>
            </div>
            <div className={`${styles.field} ${styles.checkbox}`}>
              <input id={`${advancedId}-100ms`} type="checkbox" checked={options.granularityMs === 100} onChange={(event) => setOptions({granularityMs: event.target.checked ? 100 : 1})} />
              <label htmlFor={`${advancedId}-100ms`}>Historical: round up to 100 ms (the rule before December 2020)</label>
            </div>
          </div>
        </details>
      </form>

      <ResultBoundary what="estimate" resetKey={state}>
      <section className={styles.results} aria-labelledby={`${advancedId}-results`}>
        <h2 id={`${advancedId}-results`}>Estimate</h2>
        <div {...resultProps(stale)}>
        <p className={styles.total} aria-live="polite" aria-atomic="true" data-testid="total">
          {totalText}
          <StaleNote stale={stale} />
        </p>
        {typeof estimate !== 'string' && (
          <>
            <TeamDiscountNote listUSD={estimate.total} />
            <LineItemsTable items={estimate.lineItems} total={estimate.total} totalUnrounded={estimate.totalUnrounded} caption="Line items (each rounded to the cent, as in AWS’s examples)" testId="lines" />
            <div className={styles.compare} data-testid="compare">
              <div>
                <h3>x86_64</h3>
                <p>{typeof x86 === 'string' ? x86 : money(x86.total)}</p>
              </div>
              <div>
                <h3>arm64</h3>
                <p>{typeof arm === 'string' ? arm : money(arm.total)}</p>
              </div>
              <div>
                <h3>Free tier</h3>
                <p data-testid="free-tier-effect">
                  {typeof withoutFree === 'string'
                    ? withoutFree
                    : options.freeTier === false
                      ? `Off. With it: ${money(tryPriceTotal(fn, {...options, freeTier: true}))}`
                      : `Saves ${money(withoutFree.total - estimate.total)} (${money(withoutFree.total)} without it)`}
                </p>
              </div>
            </div>
            {estimate.notes.length > 0 && (
              <ul className={styles.notes}>
                {estimate.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            )}
            <div className={styles.actions}>
              <button type="button" className="button button--secondary button--sm" onClick={() => void loadExports().then(({toCsv}) => download('lambda-estimate.csv', 'text/csv', toCsv(estimate)))}>
                Export CSV
              </button>
              <button type="button" className="button button--secondary button--sm" onClick={() => void loadExports().then(({toJson}) => download('lambda-estimate.json', 'application/json', toJson(estimate, {function: fn, options})))}>
                Export JSON
              </button>
              <button type="button" className="button button--secondary button--sm" onClick={() => void loadExports().then(({toMarkdown}) => download('lambda-estimate.md', 'text/markdown', toMarkdown(estimate)))}>
                Export Markdown
              </button>
              <button
                type="button"
                className="button button--secondary button--sm"
                onClick={() => {
                  void navigator.clipboard?.writeText(window.location.href).then(() => setCopied(true), () => setCopied(false));
                }}
              >
                {copied ? 'Link copied' : 'Copy link'}
              </button>
              <button type="button" className="button button--primary button--sm" onClick={() => setState((current) => ({...current, bill: [...current.bill, {...current.fn, name: uniqueName(current.fn.name ?? 'function', current.bill)}]}))} data-testid="add-to-bill">
                Add to account bill
              </button>
            </div>
            <h3>Monthly cost against memory</h3>
            {fn.managedInstances ? (
              <p className={styles.small} data-testid="lmi-memory-note">
                On Managed Instances memory is not the price lever: there is no GB-second charge, so {money(estimate.total)} stays the same at any memory that fits on a{' '}
                {fn.managedInstances.instanceType}. The instance type, how many run and for how long change the price; memory (2–8 GiB per vCPU) changes how many execution environments fit
                on each instance. Compare against on demand, Fargate and EC2 in <a href="/docs/newer-features/compute-choices">Lambda, Managed Instances, Fargate or EC2?</a>
              </p>
            ) : (
              <CostChart points={points} currentMB={fn.memoryMB} />
            )}
          </>
        )}
        </div>
      </section>
      </ResultBoundary>

      {bill.length === 0 ? (
        <section className={styles.bill} aria-labelledby="calculator-bill-heading" data-testid="bill">
          <h2 id="calculator-bill-heading">Account bill</h2>
          <p className={styles.small}>
            Add functions with <strong>Add to account bill</strong> to price them together: the free tier is applied once for the account, and the duration tiers apply to the sum per Region
            and architecture.
          </p>
        </section>
      ) : (
        <Suspense fallback={<p className={styles.small}>Loading the account bill…</p>}>
          <BillView
            functions={bill}
            estimate={billEstimate}
            onRemove={(index) => setState((current) => ({...current, bill: current.bill.filter((_, at) => at !== index)}))}
            onEdit={(index) => setState((current) => ({...current, fn: current.bill[index] ?? current.fn}))}
            onExport={(kind) => {
              if (!billEstimate || typeof billEstimate === 'string') return;
              void loadExports().then(({toCsv, toJson, toMarkdown}) => {
                if (kind === 'csv') download('lambda-bill.csv', 'text/csv', toCsv(billEstimate));
                else if (kind === 'json') download('lambda-bill.json', 'application/json', toJson(billEstimate, {functions: bill, options}));
                else download('lambda-bill.md', 'text/markdown', toMarkdown(billEstimate, 'Lambda account bill'));
              });
            }}
          />
        </Suspense>
      )}
    </div>
    </FieldErrorsContext.Provider>
  );
}

export default withWidgetBoundary(Calculator, 'calculator');

function tryPriceTotal(usage: FunctionUsage, options: PricingOptions): number {
  const result = tryPrice(usage, options);
  return typeof result === 'string' ? 0 : result.total;
}

function uniqueName(base: string, bill: readonly FunctionUsage[]): string {
  const names = new Set(bill.map((entry) => entry.name));
  if (!names.has(base)) return base;
  let index = 2;
  while (names.has(`${base}-${index}`)) index += 1;
  return `${base}-${index}`;
}
