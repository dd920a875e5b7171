import {useMemo, useState, type ReactNode} from 'react';
import {findBreakEvens, sweepTraffic} from '@site/src/core/pricing/compute/breakEven';
import {compareCompute, validateWorkload, type CompareWorkload} from '@site/src/core/pricing/compute/compareCompute';
import {INSTANCE_TYPES} from '@site/src/data/prices/ec2';
import CostVsTraffic from './CostVsTraffic';
import styles from './styles.module.css';

interface Field {
  readonly key: keyof Draft;
  readonly label: string;
  readonly hint: string;
  /** Turns the typed text into the workload's unit. */
  readonly scale: number;
  /** Accepted range in the field's own unit, and where it comes from. */
  readonly min: number;
  readonly max: number;
  readonly source: string;
}

interface Draft {
  readonly requestsPerSecond: string;
  readonly peakToAverage: string;
  readonly durationMs: string;
  readonly memoryMB: string;
  readonly cpuPercent: string;
  readonly concurrencyPerVcpu: string;
  readonly utilisationPercent: string;
  readonly taskVcpu: string;
  readonly taskMemoryGB: string;
}

const FIELDS: readonly Field[] = [
  {key: 'requestsPerSecond', label: 'Average requests per second', hint: 'over the month (730 h)', scale: 1, min: 0.000001, max: 380_000, source: 'Lambda Lab limit (1 trillion a month)'},
  {key: 'peakToAverage', label: 'Peak ÷ average', hint: '1–100: fleets are sized for the peak', scale: 1, min: 1, max: 100, source: 'the peak is at least the average'},
  {key: 'durationMs', label: 'Average duration (ms)', hint: '1–900,000', scale: 1, min: 1, max: 900_000, source: 'AWS Lambda quotas: timeout ≤ 900 s'},
  {key: 'memoryMB', label: 'Lambda memory (MB)', hint: '128–10,240', scale: 1, min: 128, max: 10_240, source: 'AWS Lambda quotas'},
  {key: 'cpuPercent', label: 'CPU busy (% of duration)', hint: '1–100; the rest waits on I/O', scale: 0.01, min: 1, max: 100, source: 'a share of the duration'},
  {key: 'concurrencyPerVcpu', label: 'Requests in flight per vCPU', hint: '1–1,600 (instances, containers)', scale: 1, min: 1, max: 1600, source: 'PerExecutionEnvironmentMaxConcurrency ≤ 1,600'},
  {key: 'utilisationPercent', label: 'Utilisation target (%)', hint: '10–100 at the peak', scale: 0.01, min: 10, max: 100, source: 'a share of the fleet'},
  {key: 'taskVcpu', label: 'Fargate task vCPU', hint: '0.25–16', scale: 1, min: 0.25, max: 16, source: 'Fargate task sizes'},
  {key: 'taskMemoryGB', label: 'Fargate task memory (GB)', hint: '0.5–120', scale: 1, min: 0.5, max: 120, source: 'Fargate task sizes'},
];

const DEFAULT_DRAFT: Draft = {requestsPerSecond: '40', peakToAverage: '3', durationMs: '50', memoryMB: '1024', cpuPercent: '30', concurrencyPerVcpu: '16', utilisationPercent: '60', taskVcpu: '1', taskMemoryGB: '2'};
const SECONDS_PER_MONTH = 730 * 3600;
const money = (usd: number) => `$${usd.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;

/** Reads the draft into a workload, or the first problem as one sentence naming the field. */
function readDraft(draft: Draft, instanceType: string): {ok: true; workload: CompareWorkload} | {ok: false; error: string} {
  const numbers: Partial<Record<keyof Draft, number>> = {};
  for (const field of FIELDS) {
    const text = draft[field.key].trim();
    const value = Number(text);
    if (text === '' || !Number.isFinite(value)) return {ok: false, error: `${field.label}: enter a number (${field.hint})`};
    if (value < field.min || value > field.max) return {ok: false, error: `${field.label}: ${value.toLocaleString('en-US')} is outside ${field.min.toLocaleString('en-US')}–${field.max.toLocaleString('en-US')} (${field.source})`};
    numbers[field.key] = value * field.scale;
  }
  const workload: CompareWorkload = {
    requestsPerMonth: Math.round((numbers.requestsPerSecond ?? 0) * SECONDS_PER_MONTH),
    peakToAverage: numbers.peakToAverage ?? 1,
    averageDurationMs: numbers.durationMs ?? 0,
    memoryMB: numbers.memoryMB ?? 0,
    cpuShare: numbers.cpuPercent ?? 0,
    concurrencyPerVcpu: numbers.concurrencyPerVcpu ?? 0,
    utilisationTarget: numbers.utilisationPercent ?? 0,
    instanceType,
    taskVcpu: numbers.taskVcpu ?? 0,
    taskMemoryGB: numbers.taskMemoryGB ?? 0,
  };
  const checked = validateWorkload(workload);
  return checked.ok ? {ok: true, workload} : {ok: false, error: checked.error};
}

/**
 * Lambda on demand (x86, arm64), provisioned concurrency, Managed Instances, Fargate and EC2 for
 * one workload: the monthly cost of each, sized for the peak, a chart of cost against traffic and
 * the break-even points in words. Thin over src/core/pricing/compute.
 */
export default function ComputeComparison(): ReactNode {
  const [draft, setDraft] = useState<Draft>(DEFAULT_DRAFT);
  const [instanceType, setInstanceType] = useState('m7g.xlarge');
  const read = useMemo(() => readDraft(draft, instanceType), [draft, instanceType]);
  const result = useMemo(() => {
    if (!read.ok) return null;
    try {
      const comparison = compareCompute(read.workload);
      const sweep = sweepTraffic(read.workload, {fromRps: 0.1, toRps: 10_000, points: 21});
      return {comparison, sweep, breakEvens: findBreakEvens(read.workload, sweep)};
    } catch (error) {
      return {error: error instanceof Error ? error.message : String(error)};
    }
  }, [read]);
  const error = !read.ok ? read.error : result && 'error' in result ? result.error : null;
  const ok = result && !('error' in result) ? result : null;

  return (
    <section className={styles.widget} aria-labelledby="compute-comparison-title" data-testid="compute-comparison" data-widget="compute-comparison">
      <h3 id="compute-comparison-title">Compare on the same workload</h3>
      <div className={styles.fields}>
        {FIELDS.map((field) => (
          <div key={field.key} className={styles.field}>
            <label htmlFor={`cmp-${field.key}`}>{field.label}</label>
            <input id={`cmp-${field.key}`} inputMode="decimal" value={draft[field.key]} aria-describedby={`cmp-${field.key}-hint`} aria-invalid={!read.ok && read.error.startsWith(field.label) ? true : undefined} onChange={(event) => setDraft({...draft, [field.key]: event.target.value})} />
            <small id={`cmp-${field.key}-hint`} className={styles.hint}>
              {field.hint}
            </small>
          </div>
        ))}
        <div className={styles.field}>
          <label htmlFor="cmp-instance">Instance type (Managed Instances, EC2)</label>
          <select id="cmp-instance" value={instanceType} onChange={(event) => setInstanceType(event.target.value)}>
            {INSTANCE_TYPES.map((entry) => (
              <option key={entry.type} value={entry.type}>
                {`${entry.type} (${entry.vcpus} vCPU, ${entry.memoryGiB} GiB, ${entry.architecture})`}
              </option>
            ))}
          </select>
          <small className={styles.hint}>us-east-1 on-demand prices</small>
        </div>
      </div>
      <p role="alert" className={styles.error} data-testid="compare-error">
        {error}
      </p>
      {ok ? (
        <>
          {/* Withdrawn, not marked stale, while a field is invalid (ok is null then). */}
          <div className={styles.tableWrap} data-result="" data-stale="false">
            <table className={styles.table} data-testid="compare-table">
              <caption>Monthly cost, us-east-1, free tier left out for every option</caption>
              <thead>
                <tr>
                  <th scope="col">Option</th>
                  <th scope="col">Per month</th>
                  <th scope="col">Sized as</th>
                  <th scope="col">Leaves out</th>
                </tr>
              </thead>
              <tbody>
                {[...ok.comparison.options]
                  .sort((a, b) => a.monthlyUsd - b.monthlyUsd)
                  .map((option) => (
                    <tr key={option.id} className={option.id === ok.comparison.cheapest ? styles.cheapest : undefined} data-option={option.id}>
                      <th scope="row">
                        <a href={option.learnMore}>{option.label}</a>
                        {option.id === ok.comparison.cheapest ? ' (cheapest)' : ''}
                      </th>
                      <td>{money(option.monthlyUsd)}</td>
                      <td>{option.sizing}</td>
                      <td>{option.leavesOut.join('; ')}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          <CostVsTraffic sweep={ok.sweep} currentRps={ok.comparison.averageRequestsPerSecond} />
          <h4>Break-even points</h4>
          <ul data-testid="compare-break-evens">
            {ok.breakEvens.length === 0 ? <li>The cheapest option does not change between 0.1 and 10,000 requests/s for this shape.</li> : ok.breakEvens.map((point) => <li key={`${point.below}-${point.above}-${point.requestsPerMonth}`}>{point.text}</li>)}
          </ul>
          {ok.comparison.notes.map((note) => (
            <p key={note} className={styles.hint}>
              {note}
            </p>
          ))}
        </>
      ) : null}
    </section>
  );
}
