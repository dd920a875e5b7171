import {useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import TeamDiscountNote from '@site/src/components/TeamDiscountNote';
import {useTeamConfig} from '@site/src/utils/teamConfig';
import {
  checkWorkloadModel,
  createMemorySweep,
  DEFAULT_WORKLOAD,
  fillMemorySweep,
  fitMeasuredText,
  MODEL_ASSUMPTIONS,
  priceRecommendation,
  readRegionRates,
  recommendMemory,
  STRATEGIES,
  type InvocationRates,
  type Recommendation,
  type Strategy,
  type WorkloadFit,
  type WorkloadModel,
} from '@site/src/core/cpu';
import {resultProps, ResultBoundary, StaleNote, withWidgetBoundary, oneLine} from '@site/src/components/WidgetStatus';
import {useDraftNumber} from '@site/src/components/WidgetStatus/useDraftNumber';
import type {Architecture} from '@site/src/data/schema';
import {useTypedQuantity} from '../MemoryCpu/useTypedQuantity';
import Chart from './Chart';
import {fmtMs, fmtUsd} from './format';
import {FitTable, SweepTable, type SweepRow} from './SweepTables';
import styles from './styles.module.css';

const RATES = ratesFor('us-east-1');
const STRATEGY_LABELS: Record<Strategy, string> = {cost: 'Cheapest', speed: 'Fastest', balanced: 'Balanced'};
const ARCH_CHOICES = {both: ['x86_64', 'arm64'], x86_64: ['x86_64'], arm64: ['arm64']} as const satisfies Record<string, readonly Architecture[]>;
type ArchChoice = keyof typeof ARCH_CHOICES;

function ratesFor(region: string): Record<Architecture, InvocationRates> {
  const rates = readRegionRates(region);
  if (!rates.ok) throw new Error(rates.error);
  return rates.value;
}

interface Texts {
  cpu: string;
  io: string;
  init: string;
  requests: string;
}

/**
 * The memory sweep: a workload model, every size priced on both architectures, a recommendation
 * and a chart. `showAssumptions={false}` when the page lists the model's assumptions itself.
 */
function MemorySweep({showAssumptions = true}: {showAssumptions?: boolean}): ReactNode {
  const id = useId();
  const [texts, setTexts] = useState<Texts>({cpu: '800 ms', io: '120 ms', init: '0 ms', requests: '3M'});
  const [parallelPercent, setParallelPercent] = useState(0);
  const threadsField = useDraftNumber(6, {label: 'Threads', min: 1, max: 64, integer: true, source: 'the model’s range'});
  const coldField = useDraftNumber(0, {label: 'Cold starts (%)', min: 0, max: 100, unit: '%', source: 'a share of invocations'});
  const armField = useDraftNumber(1, {label: 'arm64 CPU time ×', min: 0.1, max: 10, source: 'the model’s range'});
  const threads = threadsField.value;
  const coldPercent = coldField.value;
  const armFactor = armField.value;
  const [archChoice, setArchChoice] = useState<ArchChoice>('both');
  const [strategy, setStrategy] = useState<Strategy>('cost');
  const [weight, setWeight] = useState(0.5);
  const [inspectMB, setInspectMB] = useState(1769);
  const [pasted, setPasted] = useState('');
  // The team configuration's Region prices the sweep; its architecture is the measured default.
  const team = useTeamConfig();
  const rates = useMemo(() => (team.region === 'us-east-1' ? RATES : ratesFor(team.region)), [team.region]);
  const [measuredOn, setMeasuredOn] = useState<Architecture>(team.architecture);
  const [fit, setFit] = useState<WorkloadFit | null>(null);
  const [fitError, setFitError] = useState<string | null>(null);
  const sweepBuffer = useRef(createMemorySweep());
  const [mounted, setMounted] = useState(false);
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    setMounted(true);
    const query = window.matchMedia('(max-width: 600px)');
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);

  const parsed = {
    cpu: useTypedQuantity('durationMs', texts.cpu, 'CPU time at 1 vCPU'),
    io: useTypedQuantity('durationMs', texts.io, 'I/O wait'),
    init: useTypedQuantity('durationMs', texts.init, 'init time'),
    requests: useTypedQuantity('monthlyCount', texts.requests, 'requests per month'),
  };
  const fieldErrors: Partial<Record<keyof Texts, string>> = {};
  const reading: Partial<Record<keyof Texts, boolean>> = {};
  for (const key of Object.keys(parsed) as (keyof Texts)[]) {
    const result = parsed[key];
    if (result === null) reading[key] = true;
    else if (!result.ok) fieldErrors[key] = result.error;
  }
  const checked = checkWorkloadModel({
    cpuMs: parsed.cpu?.ok ? parsed.cpu.value : Number.NaN,
    ioMs: parsed.io?.ok ? parsed.io.value : Number.NaN,
    initMs: parsed.init?.ok ? parsed.init.value : Number.NaN,
    parallelFraction: parallelPercent / 100,
    maxThreads: parallelPercent > 0 ? threads : 1,
    coldStartRate: coldPercent / 100,
    arm64CpuFactor: armFactor,
  });
  const requests = parsed.requests?.ok ? parsed.requests.value : 0;
  const modelError = Object.keys(fieldErrors).length === 0 && Object.keys(reading).length === 0 && !checked.ok ? checked.error : null;
  const numberErrors = [threadsField.error, coldField.error, armField.error].filter((e): e is string => e !== null && (e !== threadsField.error || parallelPercent > 0));

  // Keep the last good model so the chart stays while a field is being edited.
  const lastGood = useRef<{model: WorkloadModel; requests: number}>({model: checked.ok ? checked.value : DEFAULT_WORKLOAD, requests});
  if (checked.ok && parsed.requests?.ok) lastGood.current = {model: checked.value, requests};
  const {model, requests: goodRequests} = lastGood.current;
  const architectures = ARCH_CHOICES[archChoice];

  // The sweep refills one set of typed arrays on every render: well under a millisecond, so the
  // chart follows a dragged slider without memoisation.
  const started = typeof performance === 'undefined' ? 0 : performance.now();
  const sweep = fillMemorySweep(sweepBuffer.current, model, rates, goodRequests);
  const all = Object.fromEntries(STRATEGIES.map((s) => [s, recommendMemory(sweep, s, {architectures, balancedWeight: weight})])) as Record<Strategy, Recommendation>;
  const computed = {sweep, all, elapsed: typeof performance === 'undefined' ? 0 : performance.now() - started};
  const chosen = computed.all[strategy];
  // No size ends within the 15-minute timeout: the results are withdrawn, and the CPU field says why.
  const tooLong = chosen.withinTimeout
    ? null
    : `CPU time at 1 vCPU and I/O wait: at every memory size an invocation (${fmtMs(chosen.durationMs)} at best${model.coldStartRate > 0 ? ', with init on a cold start' : ''}) runs past the 900 s timeout (AWS Lambda quotas); lower them.`;
  // The chosen size's real monthly bill: tiers, the free tier and cent rounding, from the pricing engine.
  const bill = (() => {
    if (tooLong) return tooLong;
    try {
      return priceRecommendation(sweep, chosen, model, team.region, goodRequests);
    } catch (error) {
      return oneLine(error);
    }
  })();
  // Any invalid input: every result below is from the last valid settings, and says so.
  const stale = Object.keys(fieldErrors).length > 0 || modelError !== null || numberErrors.length > 0;
  const cpuProblem = fieldErrors.cpu ?? modelError ?? tooLong ?? undefined;
  const inspectIndex = inspectMB - 128;

  function setText(key: keyof Texts, value: string) {
    setTexts((previous) => ({...previous, [key]: value}));
  }

  function runFit() {
    const result = fitMeasuredText(pasted, model, {cpuFactor: measuredOn === 'arm64' ? model.arm64CpuFactor : 1});
    if (!result.ok) {
      setFit(null);
      setFitError(result.error);
      return;
    }
    setFitError(null);
    setFit(result.value);
    const m = result.value.model;
    setTexts((previous) => ({...previous, cpu: `${+m.cpuMs.toFixed(1)} ms`, io: `${+m.ioMs.toFixed(1)} ms`}));
    setParallelPercent(Math.round(m.parallelFraction * 1000) / 10);
    threadsField.reset(m.maxThreads);
  }

  const errorFor = (key: keyof Texts) => (key === 'cpu' ? cpuProblem : key === 'io' && (modelError ?? tooLong) ? (modelError ?? tooLong) : fieldErrors[key]);
  const textField = (key: keyof Texts, label: string, hint: string) => (
    <div className={styles.field}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        className={styles.text}
        value={texts[key]}
        onChange={(event) => setText(key, event.target.value)}
        aria-invalid={errorFor(key) !== undefined}
        aria-describedby={`${id}-${key}-help`}
        data-testid={`sweep-${key}`}
      />
      <span id={`${id}-${key}-help`} className={errorFor(key) ? styles.error : styles.hint} role={errorFor(key) ? 'alert' : undefined}>
        {errorFor(key) ?? (reading[key] ? 'Reading…' : hint)}
      </span>
    </div>
  );

  return (
    <section className={styles.widget} aria-labelledby={`${id}-title`} data-testid="memory-sweep" data-widget="memory-sweep">
      <h3 id={`${id}-title`} className={styles.title}>
        Memory sweep: every size from 128 to 10,240 MB
      </h3>
      <form className={styles.form} onSubmit={(event) => event.preventDefault()}>
        <fieldset className={styles.fieldset}>
          <legend>Workload model</legend>
          {textField('cpu', 'CPU time at 1 vCPU', 'Per invocation, single-threaded at 1,769 MB.')}
          {textField('io', 'I/O wait', 'Network, disk, other services; the same at every size.')}
          <div className={styles.field}>
            <label htmlFor={`${id}-parallel`}>Parallel share: {parallelPercent} %</label>
            <input id={`${id}-parallel`} type="range" min={0} max={100} step={1} value={parallelPercent} onChange={(e) => setParallelPercent(Number(e.target.value))} className={styles.range} data-testid="sweep-parallel" aria-valuetext={`${parallelPercent} percent`} />
            <span className={styles.hint}>Share of the CPU work that runs on several threads.</span>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-threads`}>Threads</label>
            <input id={`${id}-threads`} type="text" inputMode="numeric" autoComplete="off" value={threadsField.text} disabled={parallelPercent === 0} onChange={(e) => threadsField.setText(e.target.value)} className={styles.number} data-testid="sweep-threads" aria-invalid={parallelPercent > 0 && threadsField.error !== null} aria-describedby={`${id}-threads-help`} />
            <span id={`${id}-threads-help`} className={parallelPercent > 0 && threadsField.error ? styles.error : styles.hint}>{parallelPercent > 0 && threadsField.error ? threadsField.error : parallelPercent === 0 ? 'Used when some work is parallel.' : '1–64; the visible cores (2–6) cap them too.'}</span>
          </div>
          {textField('init', 'Init time (cold start)', 'Billed on cold starts since 2025-08-01.')}
          <div className={styles.field}>
            <label htmlFor={`${id}-cold`}>Cold starts (%)</label>
            <input id={`${id}-cold`} type="text" inputMode="decimal" autoComplete="off" value={coldField.text} onChange={(e) => coldField.setText(e.target.value)} className={styles.number} aria-invalid={coldField.error !== null} aria-describedby={`${id}-cold-help`} />
            <span id={`${id}-cold-help`} className={coldField.error ? styles.error : styles.hint}>{coldField.error ?? '0–100 % of invocations.'}</span>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-arm`}>arm64 CPU time × </label>
            <input id={`${id}-arm`} type="text" inputMode="decimal" autoComplete="off" value={armField.text} onChange={(e) => armField.setText(e.target.value)} className={styles.number} aria-invalid={armField.error !== null} aria-describedby={`${id}-arm-help`} />
            <span id={`${id}-arm-help`} className={armField.error ? styles.error : styles.hint}>{armField.error ?? '0.1–10; 1 = as fast as x86_64; 0.8 = 20 % faster.'}</span>
          </div>
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>Traffic and choice</legend>
          {textField('requests', 'Invocations per month', 'e.g. 3M, 250k/day, 100/s.')}
          <div className={styles.field}>
            <label htmlFor={`${id}-arch`}>Architectures</label>
            <select id={`${id}-arch`} value={archChoice} onChange={(e) => setArchChoice(e.target.value as ArchChoice)} className={styles.select} data-testid="sweep-arch">
              <option value="both">x86_64 and arm64</option>
              <option value="x86_64">x86_64 only</option>
              <option value="arm64">arm64 only</option>
            </select>
          </div>
          <fieldset className={styles.inner}>
            <legend className={styles.groupLabel}>Strategy (as in AWS Lambda Power Tuning)</legend>
            <div className={styles.radios}>
              {STRATEGIES.map((s) => (
                <label key={s} className={styles.radio}>
                  <input type="radio" name={`${id}-strategy`} value={s} checked={strategy === s} onChange={() => setStrategy(s)} data-testid={`sweep-strategy-${s}`} /> {STRATEGY_LABELS[s]}
                </label>
              ))}
            </div>
          </fieldset>
          <div className={styles.field}>
            <label htmlFor={`${id}-weight`}>Balanced weight: {weight.toFixed(2)} (0 fastest … 1 cheapest)</label>
            <input id={`${id}-weight`} type="range" min={0} max={1} step={0.05} value={weight} onChange={(e) => setWeight(Number(e.target.value))} className={styles.range} disabled={strategy !== 'balanced'} />
          </div>
        </fieldset>
      </form>
      <ResultBoundary what="memory sweep's results" resetKey={JSON.stringify([texts, parallelPercent, threads, coldPercent, armFactor, archChoice, strategy, weight, inspectMB])}>
      {tooLong ? (
        <div aria-live="polite" className={styles.results} data-testid="sweep-results" data-result="" data-stale="true">
          <p className={styles.error}>No recommendation: {tooLong}</p>
        </div>
      ) : (
      <>
      <div aria-live="polite" data-testid="sweep-results" {...resultProps(stale)}>
        <div className={styles.results}>
        <p className={styles.recommendation} data-testid="sweep-recommendation">
          <strong>{STRATEGY_LABELS[strategy]}:</strong> {chosen.architecture} at <strong>{chosen.memoryMB.toLocaleString('en-US')} MB</strong> — {fmtMs(chosen.durationMs)} per invocation,{' '}
          {fmtUsd(chosen.costUsd * 1e6)} per 1M invocations, {fmtUsd(chosen.monthlyUsd)} per month at first-tier rates.
          <StaleNote stale={stale} />
        </p>
        <p className={styles.hint} data-testid="sweep-bill">
          {typeof bill === 'string' ? (
            <>The monthly bill cannot be priced: {bill}</>
          ) : (
            <>
              Monthly bill for {goodRequests.toLocaleString('en-US')} invocations with the free tier and tiers applied, by the calculator's engine:{' '}
              <strong>${bill.total.toFixed(2)}</strong>{team.region === 'us-east-1' ? '' : ` in ${team.region}`}.
            </>
          )}
        </p>
        {typeof bill === 'string' ? null : <TeamDiscountNote listUSD={bill.total} />}
        </div>
      </div>
      <div {...resultProps(stale)}>
      <Chart sweep={computed.sweep} architectures={architectures} chosen={chosen} inspectMB={inspectMB} measured={fit?.points ?? []} titleId={`${id}-chart`} width={narrow ? 380 : 640} />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-inspect`}>Inspect a size: {inspectMB.toLocaleString('en-US')} MB</label>
        <input id={`${id}-inspect`} type="range" min={128} max={10_240} step={1} value={inspectMB} onChange={(e) => setInspectMB(Number(e.target.value))} className={styles.range} data-testid="sweep-inspect" aria-valuetext={`${inspectMB} MB`} />
      </div>
      <div {...resultProps(stale)}>
        <SweepTable
          caption={`All strategies and the inspected size (${(computed.sweep.size * architectures.length).toLocaleString('en-US')} sizes swept${mounted ? ` in ${computed.elapsed.toFixed(1)} ms` : ''})`}
          rows={[
            ...STRATEGIES.map((s): SweepRow => {
              const r = computed.all[s];
              return {testId: `sweep-row-${s}`, choice: STRATEGY_LABELS[s], architecture: r.architecture, memoryMB: r.memoryMB, durationMs: r.durationMs, perInvocationUsd: r.costUsd, monthlyUsd: r.monthlyUsd};
            }),
            ...architectures.map((arch): SweepRow => {
              const s = computed.sweep.architectures[arch];
              return {testId: `sweep-inspect-${arch}`, choice: 'Inspected', architecture: arch, memoryMB: inspectMB, durationMs: s.durationMs[inspectIndex]!, perInvocationUsd: s.costUsd[inspectIndex]!, monthlyUsd: s.monthlyUsd[inspectIndex]!};
            }),
          ]}
        />
      </div>
      </>
      )}
      </ResultBoundary>

      <details className={styles.paste} open={fit !== null || fitError !== null ? true : undefined}>
        <summary>Fit the model to measured results</summary>
        <div className={styles.field}>
          <label htmlFor={`${id}-paste`}>Measured results</label>
          <textarea
            id={`${id}-paste`}
            className={styles.textarea}
            rows={5}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            placeholder={'Paste power tuning output JSON or its lambda-power-tuning.show link, or lines like:\n128 MB → 11200 ms\n1024 MB → 1500 ms\n2048 MB → 930 ms'}
            aria-describedby={`${id}-paste-help`}
            data-testid="sweep-paste"
          />
          <span id={`${id}-paste-help`} className={styles.hint}>
            Warm durations at two or more sizes. Nothing leaves your browser.
          </span>
        </div>
        <div className={styles.row}>
          <label htmlFor={`${id}-measured-on`}>Measured on</label>
          <select id={`${id}-measured-on`} value={measuredOn} onChange={(e) => setMeasuredOn(e.target.value as Architecture)} className={styles.select}>
            <option value="x86_64">x86_64</option>
            <option value="arm64">arm64</option>
          </select>
          <button type="button" className={styles.button} onClick={runFit} data-testid="sweep-fit">
            Fit model to these points
          </button>
        </div>
        <div aria-live="polite" data-testid="sweep-fit-result">
          {fitError && (
            <p className={styles.error} role="alert">
              {fitError}
            </p>
          )}
          {fit && (
            <>
              <p>
                Fitted {fit.points.length} points: CPU {fmtMs(fit.model.cpuMs)}, {(fit.model.parallelFraction * 100).toFixed(1)} % parallel on {fit.model.maxThreads} thread
                {fit.model.maxThreads === 1 ? '' : 's'}, I/O {fmtMs(fit.model.ioMs)}; RMS error {fit.rmsErrorMs.toFixed(1)} ms, R² {fit.rSquared.toFixed(4)}. The form now holds these values.
              </p>
              {fit.notes.map((note) => (
                <p key={note} className={styles.hint}>
                  {note}
                </p>
              ))}
              <FitTable points={fit.points} />
            </>
          )}
        </div>
      </details>
      {showAssumptions && (
        <details className={styles.assumptions}>
          <summary>What this model assumes</summary>
          <ul>
            {MODEL_ASSUMPTIONS.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

export default withWidgetBoundary(MemorySweep, 'memory sweep');
