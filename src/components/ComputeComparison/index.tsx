import {useMemo, useState, type ReactNode} from 'react';
import {findBreakEvens, sweepTraffic} from '@site/src/core/pricing/compute/breakEven';
import {compareCompute, validateWorkload, type CompareWorkload} from '@site/src/core/pricing/compute/compareCompute';
import {INSTANCE_TYPES} from '@site/src/data/prices/ec2';
import {NumberField} from '@site/src/components/SimulatorShell/NumberField';
import shell from '@site/src/components/SimulatorShell/styles.module.css';
import ScrollRegion from '@site/src/components/ScrollRegion';
import {resultProps, StaleNote, withWidgetBoundary} from '@site/src/components/WidgetStatus';
import {useDraftNumbers, type DraftNumberRule} from '@site/src/components/WidgetStatus/useDraftNumber';
import CostVsTraffic from './CostVsTraffic';
import styles from './styles.module.css';

type FieldKey = 'requestsPerSecond' | 'peakToAverage' | 'durationMs' | 'memoryMB' | 'cpuPercent' | 'concurrencyPerVcpu' | 'utilisationPercent' | 'taskVcpu' | 'taskMemoryGB';

interface Field extends DraftNumberRule {
  readonly hint: string;
  /** Turns the typed number into the workload's unit (percent → fraction). */
  readonly scale: number;
}

/** Each field's accepted range in its own unit, and where the range comes from. */
const FIELDS: Readonly<Record<FieldKey, Field>> = {
  requestsPerSecond: {label: 'Average requests per second', hint: 'over the month (730 h)', scale: 1, min: 0.000001, max: 380_000, source: 'Lambda Lab limit (1 trillion a month)'},
  peakToAverage: {label: 'Peak ÷ average', hint: '1–100: fleets are sized for the peak', scale: 1, min: 1, max: 100, source: 'the peak is at least the average'},
  durationMs: {label: 'Average duration (ms)', hint: '1–900,000', scale: 1, min: 1, max: 900_000, unit: 'ms', source: 'AWS Lambda quotas: timeout ≤ 900 s'},
  memoryMB: {label: 'Lambda memory (MB)', hint: '128–10,240', scale: 1, min: 128, max: 10_240, unit: 'MB', source: 'AWS Lambda quotas'},
  cpuPercent: {label: 'CPU busy (% of duration)', hint: '1–100; the rest waits on I/O', scale: 0.01, min: 1, max: 100, unit: '%', source: 'a share of the duration'},
  concurrencyPerVcpu: {label: 'Requests in flight per vCPU', hint: '1–1,600 (instances, containers)', scale: 1, min: 1, max: 1600, source: 'PerExecutionEnvironmentMaxConcurrency ≤ 1,600'},
  utilisationPercent: {label: 'Utilisation target (%)', hint: '10–100 at the peak', scale: 0.01, min: 10, max: 100, unit: '%', source: 'a share of the fleet'},
  taskVcpu: {label: 'Fargate task vCPU', hint: '0.25–16', scale: 1, min: 0.25, max: 16, source: 'Fargate task sizes'},
  taskMemoryGB: {label: 'Fargate task memory (GB)', hint: '0.5–120', scale: 1, min: 0.5, max: 120, unit: 'GB', source: 'Fargate task sizes'},
};
const FIELD_KEYS = Object.keys(FIELDS) as FieldKey[];

const DEFAULTS: Readonly<Record<FieldKey, number>> = {requestsPerSecond: 40, peakToAverage: 3, durationMs: 50, memoryMB: 1024, cpuPercent: 30, concurrencyPerVcpu: 16, utilisationPercent: 60, taskVcpu: 1, taskMemoryGB: 2};
const SECONDS_PER_MONTH = 730 * 3600;
const money = (usd: number) => `$${usd.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;

/** The workload from the fields' last valid values (each already in its range). */
function toWorkload(values: Readonly<Record<FieldKey, number>>, instanceType: string): CompareWorkload {
  const v = (key: FieldKey) => values[key] * FIELDS[key].scale;
  return {
    requestsPerMonth: Math.round(v('requestsPerSecond') * SECONDS_PER_MONTH),
    peakToAverage: v('peakToAverage'),
    averageDurationMs: v('durationMs'),
    memoryMB: v('memoryMB'),
    cpuShare: v('cpuPercent'),
    concurrencyPerVcpu: v('concurrencyPerVcpu'),
    utilisationTarget: v('utilisationPercent'),
    instanceType,
    taskVcpu: v('taskVcpu'),
    taskMemoryGB: v('taskMemoryGB'),
  };
}

/**
 * Lambda on demand (x86, arm64), provisioned concurrency, Managed Instances, Fargate and EC2 for
 * one workload: the monthly cost of each, sized for the peak, a chart of cost against traffic and
 * the break-even points in words. Thin over src/core/pricing/compute.
 */
function ComputeComparison(): ReactNode {
  const fields = useDraftNumbers(DEFAULTS, FIELDS);
  const [instanceType, setInstanceType] = useState('m7g.xlarge');
  const {values} = fields;
  // Every result depends on every field: while one is invalid, all are from the last valid values.
  const stale = FIELD_KEYS.some((key) => fields.errors[key] !== null);
  const result = useMemo(() => {
    const workload = toWorkload(values, instanceType);
    const checked = validateWorkload(workload);
    if (!checked.ok) return {error: checked.error};
    try {
      const comparison = compareCompute(workload);
      const sweep = sweepTraffic(workload, {fromRps: 0.1, toRps: 10_000, points: 21});
      return {comparison, sweep, breakEvens: findBreakEvens(workload, sweep)};
    } catch (error) {
      return {error: error instanceof Error ? error.message : String(error)};
    }
    // One key per value: `values` is a new object every render.
  }, [JSON.stringify(values), instanceType]); // eslint-disable-line react-hooks/exhaustive-deps
  const error = 'error' in result ? result.error : null;
  const ok = 'error' in result ? null : result;
  const options = ok ? [...ok.comparison.options].sort((a, b) => a.monthlyUsd - b.monthlyUsd) : [];

  return (
    <section className={shell.simulator} aria-labelledby="compute-comparison-title" data-testid="compute-comparison" data-widget="compute-comparison">
      <h3 id="compute-comparison-title" className={shell.title}>Compare on the same workload</h3>
      <div className={shell.row}>
        {FIELD_KEYS.map((key) => (
          <NumberField key={key} id={`cmp-${key}`} label={FIELDS[key].label} hint={FIELDS[key].hint} value={fields.texts[key]} problem={fields.errors[key]} onChange={(text) => fields.setText(key, text)} />
        ))}
        {/* Full width: the option names are long, and a narrow select would cut them. */}
        <div className={`${shell.field} ${shell.wide}`}>
          <label htmlFor="cmp-instance">Instance type (Managed Instances, EC2)</label>
          <select id="cmp-instance" value={instanceType} onChange={(event) => setInstanceType(event.target.value)}>
            {INSTANCE_TYPES.map((entry) => (
              <option key={entry.type} value={entry.type}>
                {`${entry.type} (${entry.vcpus} vCPU, ${entry.memoryGiB} GiB, ${entry.architecture})`}
              </option>
            ))}
          </select>
          <small className={shell.hint}>us-east-1 on-demand prices</small>
        </div>
      </div>
      <p role="alert" className={shell.error} data-testid="compare-error">
        {error}
      </p>
      {ok ? (
        <div {...resultProps(stale)} data-testid="compare-results">
          {/* The title sits above the scroll region, so a phone shows it whole while the table scrolls. */}
          <p id="compare-table-title" className={styles.caption}>
            Monthly cost, us-east-1, free tier left out for every option
            <StaleNote stale={stale} />
          </p>
          <div className={styles.layouts}>
            {/* A wide column gets the table; a narrow one (a phone) a card per option, where the
                long "leaves out" lists read as lists instead of tall table rows. */}
            <div className={styles.wideOnly}>
              <ScrollRegion label="Monthly cost per option">
                <table className={styles.table} data-testid="compare-table" aria-labelledby="compare-table-title">
                  <thead>
                    <tr>
                      <th scope="col">Option</th>
                      <th scope="col">Per month</th>
                      <th scope="col">Sized as</th>
                      <th scope="col">Leaves out</th>
                    </tr>
                  </thead>
                  <tbody>
                    {options.map((option) => (
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
              </ScrollRegion>
            </div>
            <ul className={styles.cards} data-testid="compare-cards" aria-labelledby="compare-table-title">
              {options.map((option) => (
                <li key={option.id} className={option.id === ok.comparison.cheapest ? styles.cheapestCard : undefined} data-option={option.id}>
                  <p className={styles.cardTitle}>
                    <a href={option.learnMore}>{option.label}</a>
                    {option.id === ok.comparison.cheapest ? ' (cheapest)' : ''}: <strong>{money(option.monthlyUsd)}</strong> a month
                  </p>
                  <p className={styles.cardText}>Sized as: {option.sizing}</p>
                  {option.leavesOut.length > 0 ? (
                    <>
                      <p className={styles.cardText}>Leaves out:</p>
                      <ul className={styles.cardList}>
                        {option.leavesOut.map((item) => (
                          <li key={item}>{item}</li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
          <CostVsTraffic sweep={ok.sweep} currentRps={ok.comparison.averageRequestsPerSecond} />
          <h4>
            Break-even points
            <StaleNote stale={stale} />
          </h4>
          <ul data-testid="compare-break-evens">
            {ok.breakEvens.length === 0 ? <li>The cheapest option does not change between 0.1 and 10,000 requests/s for this shape.</li> : ok.breakEvens.map((point) => <li key={`${point.below}-${point.above}-${point.requestsPerMonth}`}>{point.text}</li>)}
          </ul>
          {ok.comparison.notes.map((note) => (
            <p key={note} className={shell.hint}>
              {note}
            </p>
          ))}
        </div>
      ) : null}
    </section>
  );
}

export default withWidgetBoundary(ComputeComparison, 'compute comparison');
