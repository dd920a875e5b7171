import React from 'react';
import TimeSeriesChart, {type ChartSeries} from '@site/src/components/TimeSeriesChart';
import {computeRunCost, describeRunCost, formatClock, parseScenario, runSimulation, summarizeSimulation} from '@site/src/core/simulate/concurrency';
import type {SimulationRun} from '@site/src/core/simulate/concurrency';
import {SCENARIO_PRESETS} from '@site/src/data/scenarios';
import {REGION_PRICES} from '@site/src/data/prices';
import {NumberField, fieldText, problemFor} from '../SimulatorShell/NumberField';
import {resultProps, ResultBoundary, withWidgetBoundary} from '@site/src/components/WidgetStatus';
import {PresetSelect} from '../SimulatorShell/PresetSelect';
import shellStyles from '../SimulatorShell/styles.module.css';
import ownStyles from './styles.module.css';
import {FUNCTION_LABELS, SCENARIO_LABELS, SERIES_LABEL, SHAPES, SHAPE_FIELDS, concurrencyFieldLabel, shapeOf, type Shape} from './fieldLabels';

const styles = {...shellStyles, ...ownStyles};

/** A function as the form edits it: the scenario file's fields, numbers kept as typed text. */
type Draft = Record<string, unknown> & {functions: Record<string, unknown>[]};

const MAX_FUNCTIONS = 5;
const SHAPE_DEFAULTS: Record<Shape, Record<string, unknown>> = {
  steady: {shape: 'steady', rps: 100},
  spike: {shape: 'spike', baseRps: 50, peakRps: 2000, atSecond: 60, durationSeconds: 120},
  ramp: {shape: 'ramp', fromRps: 0, toRps: 2000, startSecond: 0, durationSeconds: 300},
  daily: {shape: 'daily', minRps: 10, maxRps: 500, peakHour: 14},
  series: {shape: 'series', rps: '100, 200, 800, 3000, 800, 200', stepSeconds: 60},
};

function clone(input: Readonly<Record<string, unknown>>): Draft {
  return JSON.parse(JSON.stringify(input)) as Draft;
}

const text = fieldText;

function seriesFor(run: SimulationRun, pick: (fn: SimulationRun['functions'][number]) => Float32Array, label: (name: string) => string): ChartSeries[] {
  return run.functions.map((fn, index) => ({label: label(fn.name), values: pick(fn), tone: index % 5}));
}

/**
 * The concurrency simulator: pick a scenario, change the account quota, traffic and concurrency
 * settings, and watch concurrency, throttles and cold starts follow on a simulated clock.
 */
function ConcurrencySimulator({initialPreset}: {readonly initialPreset?: string}): React.ReactElement {
  const id = React.useId();
  // A page can open the simulator on one of its scenarios (unknown ids fall back to the first).
  const start = SCENARIO_PRESETS.find((entry) => entry.id === initialPreset) ?? SCENARIO_PRESETS[0]!;
  const [presetId, setPresetId] = React.useState(start.id);
  const [draft, setDraft] = React.useState<Draft>(() => clone(start.input));
  const parsed = React.useMemo(() => parseScenario(draft, concurrencyFieldLabel(draft)), [draft]);
  const lastGood = React.useRef<SimulationRun | null>(null);
  // Each run reuses the previous run's arrays (same length and functions), so dragging a value
  // does not allocate megabytes per keystroke; the previous run is never shown again.
  const run = React.useMemo(() => (parsed.ok ? runSimulation(parsed.value, {reuse: lastGood.current ?? undefined}) : null), [parsed]);
  if (run) lastGood.current = run;
  const shown = run ?? lastGood.current;
  const summary = React.useMemo(() => (shown ? summarizeSimulation(shown).map((line) => line.text) : []), [shown]);
  const cost = React.useMemo(() => (shown ? describeRunCost(computeRunCost(shown)) : ''), [shown]);
  const preset = SCENARIO_PRESETS.find((entry) => entry.id === presetId);

  const update = (change: (next: Draft) => void) => {
    setDraft((previous) => {
      const next = clone(previous);
      change(next);
      return next;
    });
  };
  const setFunctionField = (index: number, key: string, value: unknown) =>
    update((next) => {
      const fn = next.functions[index]!;
      if (value === '' || value === undefined) delete fn[key];
      else fn[key] = value;
    });
  const setTrafficField = (index: number, key: string, value: unknown) =>
    update((next) => {
      const fn = next.functions[index]!;
      fn.traffic = {...(fn.traffic as Record<string, unknown>), [key]: value};
    });

  // The parser's one error, shown under the field it names; `shownAt` records whether one did.
  const error = parsed.ok ? null : parsed.error;
  const shownAt: string[] = [];
  const clock = (second: number) => formatClock((shown?.scenario.startSecondOfDay ?? 0) + second);

  return (
    <section className={styles.simulator} aria-labelledby={`${id}-title`} data-widget="concurrency-simulator">
      <h2 id={`${id}-title`} className={styles.title}>Concurrency simulator</h2>
      <PresetSelect id={`${id}-preset`} presets={SCENARIO_PRESETS} value={presetId} onPick={(picked) => {
        setPresetId(picked.id);
        setDraft(clone(picked.input));
      }} />
      {preset ? <p className={styles.teaches}>{preset.teaches}</p> : null}

      <fieldset className={styles.group}>
        <legend>Account</legend>
        <div className={styles.row}>
          <NumberField id={`${id}-quota`} label={SCENARIO_LABELS.accountConcurrency} problem={problemFor(error, SCENARIO_LABELS.accountConcurrency, shownAt)} value={draft.accountConcurrency} min={10} step={1} hint="1,000 by default per Region; can be raised." onChange={(value) => update((next) => void (next.accountConcurrency = value))} />
          <div className={styles.field}>
            <label htmlFor={`${id}-region`}>{SCENARIO_LABELS.region}</label>
            <select id={`${id}-region`} value={text(draft.region) || 'us-east-1'} onChange={(event) => update((next) => void (next.region = event.target.value))}>
              {REGION_PRICES.map((entry) => (
                <option key={entry.region} value={entry.region}>{entry.region}</option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-model`}>{SCENARIO_LABELS.scalingModel}</label>
            <select id={`${id}-model`} value={text(draft.scalingModel) || 'current'} onChange={(event) => update((next) => void (next.scalingModel = event.target.value))} aria-describedby={`${id}-model-hint`}>
              <option value="current">Since Nov 2023</option>
              <option value="before-2023-11">Before Nov 2023</option>
            </select>
            <small id={`${id}-model-hint`} className={styles.hint}>Old study guides teach the account-wide burst.</small>
          </div>
          <NumberField id={`${id}-length`} label={SCENARIO_LABELS.durationSeconds} problem={problemFor(error, SCENARIO_LABELS.durationSeconds, shownAt)} value={draft.durationSeconds} min={1} max={172_800} step={1} hint="Up to 2 days, in 1-second steps." onChange={(value) => update((next) => void (next.durationSeconds = value))} />
        </div>
      </fieldset>

      {draft.functions.map((fn, index) => {
        const traffic = (fn.traffic ?? {}) as Record<string, unknown>;
        const shape = shapeOf(traffic);
        const base = `${id}-f${index}`;
        // As the parser names this function's fields (see fieldLabels.ts).
        const fnLabel = (label: string) => `Function ${typeof fn.name === 'string' && fn.name.trim() !== '' ? fn.name.trim() : index + 1} › ${label}`;
        const fnProblem = (label: string) => problemFor(error, fnLabel(label), shownAt);
        return (
          <fieldset key={index} className={styles.group}>
            <legend>Function {text(fn.name) || index + 1}</legend>
            <div className={styles.row}>
              <div className={styles.field}>
                <label htmlFor={`${base}-name`}>{FUNCTION_LABELS.name}</label>
                <input id={`${base}-name`} type="text" value={text(fn.name)} onChange={(event) => setFunctionField(index, 'name', event.target.value)} />
              </div>
              <div className={styles.field}>
                <label htmlFor={`${base}-invocation`}>{FUNCTION_LABELS.invocation}</label>
                <select id={`${base}-invocation`} value={text(fn.invocation) || 'sync'} onChange={(event) => setFunctionField(index, 'invocation', event.target.value)}>
                  <option value="sync">Sync (429)</option>
                  <option value="async">Async (Lambda retries)</option>
                  <option value="queue">SQS queue</option>
                </select>
              </div>
              <NumberField id={`${base}-duration`} label={FUNCTION_LABELS.durationMs} problem={fnProblem(FUNCTION_LABELS.durationMs)} value={fn.durationMs} min={1} onChange={(value) => setFunctionField(index, 'durationMs', value)} />
              <NumberField id={`${base}-init`} label={FUNCTION_LABELS.initMs} problem={fnProblem(FUNCTION_LABELS.initMs)} value={fn.initMs} hint="Empty = 0 ms." min={0} max={10_000} onChange={(value) => setFunctionField(index, 'initMs', value)} />
              <NumberField id={`${base}-memory`} label={FUNCTION_LABELS.memoryMB} problem={fnProblem(FUNCTION_LABELS.memoryMB)} value={fn.memoryMB} hint="128–10,240; empty = 512." min={128} max={10_240} step={1} onChange={(value) => setFunctionField(index, 'memoryMB', value)} />
              <NumberField id={`${base}-reserved`} label={FUNCTION_LABELS.reservedConcurrency} problem={fnProblem(FUNCTION_LABELS.reservedConcurrency)} value={fn.reservedConcurrency} min={0} step={1} hint="Empty = none (shares the pool); 0 switches the function off." onChange={(value) => setFunctionField(index, 'reservedConcurrency', value)} />
              <NumberField id={`${base}-provisioned`} label={FUNCTION_LABELS.provisionedConcurrency} problem={fnProblem(FUNCTION_LABELS.provisionedConcurrency)} value={fn.provisionedConcurrency} hint="Empty = none." min={0} step={1} onChange={(value) => setFunctionField(index, 'provisionedConcurrency', value)} />
            </div>
            <div className={styles.row}>
              <div className={styles.field}>
                <label htmlFor={`${base}-shape`}>{FUNCTION_LABELS.traffic}</label>
                <select id={`${base}-shape`} value={shape} onChange={(event) => setFunctionField(index, 'traffic', {...SHAPE_DEFAULTS[event.target.value as Shape]})}>
                  {SHAPES.map((option) => (
                    <option key={option} value={option}>{option === 'daily' ? 'daily curve' : option === 'series' ? 'pasted series' : option}</option>
                  ))}
                </select>
              </div>
              {SHAPE_FIELDS[shape].map(([key, label]) => (
                <NumberField key={key} id={`${base}-${key}`} label={label} problem={fnProblem(label)} value={traffic[key]} min={0} onChange={(value) => setTrafficField(index, key, value)} />
              ))}
              {shape === 'series' ? (
                <div className={`${styles.field} ${styles.wide}`}>
                  <label htmlFor={`${base}-series`}>{SERIES_LABEL}</label>
                  <textarea id={`${base}-series`} rows={2} value={Array.isArray(traffic.rps) ? traffic.rps.join(', ') : text(traffic.rps)} onChange={(event) => setTrafficField(index, 'rps', event.target.value)} />
                </div>
              ) : null}
            </div>
            {draft.functions.length > 1 ? (
              <button type="button" className="button button--sm button--secondary" onClick={() => update((next) => void next.functions.splice(index, 1))}>
                Remove {text(fn.name) || 'this function'}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {draft.functions.length < MAX_FUNCTIONS ? (
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => update((next) => void next.functions.push({name: `function-${next.functions.length + 1}`, invocation: 'sync', durationMs: 200, initMs: 500, memoryMB: 512, traffic: {...SHAPE_DEFAULTS.steady}}))}>
          Add a function
        </button>
      ) : null}

      {/* Only when no field shows the error itself (e.g. the pasted series, or the scenario as a whole). */}
      <div role="alert" className={styles.error}>{error !== null && shownAt.length === 0 ? error : null}</div>

      <ResultBoundary what="simulation" resetKey={draft}>
      <div {...resultProps(!parsed.ok)}>
      <div aria-live="polite" role="status" className={styles.summary} data-testid="simulator-summary">
        <h3 className={styles.summaryTitle}>What happened{parsed.ok ? '' : ' (last valid settings)'}</h3>
        <ul>
          {summary.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
          {cost ? <li>{cost}</li> : null}
        </ul>
      </div>

      {shown ? (
        <div className={styles.charts}>
          <TimeSeriesChart
            title="Concurrent executions"
            yUnit="concurrent executions"
            formatX={clock}
            description={`Concurrency of each function over ${shown.scenario.durationSeconds} simulated seconds; the account peaked at ${Math.round(shown.peakAccountConcurrency)} of ${shown.scenario.accountConcurrency}.`}
            series={[
              ...seriesFor(shown, (fn) => fn.concurrency, (name) => name),
              // Reserved concurrency is a fixed cap: draw it in the function's colour, dashed.
              ...shown.functions.flatMap((fn, index) =>
                fn.config.reservedConcurrency !== undefined ? [{label: `${fn.name} reserved (${fn.config.reservedConcurrency.toLocaleString('en-US')})`, values: fn.limit, tone: index % 5, dashed: true}] : [],
              ),
              {label: `account quota (${shown.scenario.accountConcurrency.toLocaleString('en-US')})`, values: new Float32Array(shown.scenario.durationSeconds).fill(shown.scenario.accountConcurrency), tone: 5, dashed: true},
            ]}
          />
          <TimeSeriesChart
            title="Throttled requests per second"
            yUnit="throttled per second (largest in each interval)"
            formatX={clock}
            description={`Throttles per second: ${shown.functions.map((fn) => `${fn.name} ${Math.round(fn.totals.throttledAttempts)} in total`).join(', ')}.`}
            series={seriesFor(shown, (fn) => fn.throttled, (name) => name)}
          />
          <TimeSeriesChart
            title="Cold starts per second"
            yUnit="new execution environments per second"
            formatX={clock}
            description={`Cold starts per second: ${shown.functions.map((fn) => `${fn.name} ${Math.round(fn.totals.coldStarts)} in total`).join(', ')}.`}
            series={seriesFor(shown, (fn) => fn.coldStarts, (name) => name)}
          />
          {shown.functions.some((fn) => fn.config.invocation !== 'sync') ? (
            <TimeSeriesChart
              title="Waiting: async events to retry, or messages in the queue"
              yUnit="events or messages"
              formatX={clock}
              description="Asynchronous events waiting for a retry and SQS messages waiting in the queue."
              series={seriesFor(shown, (fn) => fn.waiting, (name) => name)}
            />
          ) : null}
        </div>
      ) : null}
      </div>
      </ResultBoundary>
    </section>
  );
}

export default withWidgetBoundary(ConcurrencySimulator, 'concurrency simulator');
