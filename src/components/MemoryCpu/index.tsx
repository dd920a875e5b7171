import {useId, useMemo, useRef, useState, type ReactNode} from 'react';
import {withWidgetBoundary} from '@site/src/components/WidgetStatus';
import {CPU_SHARE_MODEL, VISIBLE_CORES} from '@site/src/data/cpu';
import {checkMemoryMB, describeCpu, MAX_MEMORY_MB, MIN_MEMORY_MB} from '@site/src/core/cpu';
import {invocationCost} from '@site/src/core/pricing';
import DataTable from '@site/src/components/DataTable';
import {fail, ok} from '@site/src/core/result';
import {useTypedQuantity} from './useTypedQuantity';
import styles from './styles.module.css';

const PRESETS = [128, 1024, 1769, 3008, 3009, 10_240];
const ARCHES = [
  ['x86_64', 'x86_64'],
  ['arm64', 'arm64'],
] as const;

const usd = (value: number, digits: number) => `$${value.toFixed(digits)}`;
// The AWS pricing page shows the price of 1 ms to 10 decimal places.
const perMs = (value: number) => `$${value.toFixed(10)}`;

interface ArchitecturePrice {
  readonly architecture: string;
  readonly label: string;
  readonly perMs: number;
  readonly perMillion: number | null;
}

/** One row of the price table: what it prices, and its cell for each architecture. */
interface PriceRow {
  readonly label: string;
  readonly cell: (price: ArchitecturePrice) => ReactNode;
}

/** The memory → CPU mapper: official share, visible cores and prices for one memory size. */
function MemoryCpu({initialMemoryMB = 1769}: {initialMemoryMB?: number}): ReactNode {
  const id = useId();
  const [memoryText, setMemoryText] = useState(String(initialMemoryMB));
  const [durationText, setDurationText] = useState('100 ms');
  const memory = useTypedQuantity('memoryMB', memoryText, 'Memory', (value) => checkMemoryMB(value, 'Memory'));
  const duration = useTypedQuantity('durationMs', durationText, 'Duration', (value) =>
    value > 0 && value <= 900_000 ? ok(value) : fail('Duration: must be above 0 and at most 900,000 ms (the 15-minute timeout).'),
  );
  // While a typed value is wrong or still being read, keep showing the last good size.
  const lastGood = useRef(initialMemoryMB);
  if (memory?.ok) lastGood.current = memory.value;
  const memoryMB = lastGood.current;
  const memoryError = memory && !memory.ok ? memory.error : null;
  const durationError = duration && !duration.ok ? duration.error : null;
  const durationMs = duration?.ok ? duration.value : null;

  const cpu = describeCpu(memoryMB);
  const prices = useMemo(
    (): ArchitecturePrice[] =>
      ARCHES.map(([architecture, label]) => ({
        architecture,
        label,
        perMs: invocationCost({architecture, memoryMB, durationMs: 1}).durationUsd,
        perMillion: durationMs === null ? null : invocationCost({architecture, memoryMB, durationMs}).totalUsd * 1_000_000,
      })),
    [memoryMB, durationMs],
  );

  function setFromSlider(value: number) {
    setMemoryText(String(value));
  }

  const sharePercentOfMax = (cpu.vcpuShare / CPU_SHARE_MODEL.maxVcpus) * 100;
  return (
    <section className={styles.widget} aria-labelledby={`${id}-title`} data-testid="memory-cpu" data-widget="memory-cpu">
      <h3 id={`${id}-title`} className={styles.title}>
        Memory → CPU mapper
      </h3>
      <div className={styles.controls}>
        <label htmlFor={`${id}-slider`} className={styles.label}>
          Memory (MB)
        </label>
        <input
          id={`${id}-slider`}
          className={styles.slider}
          type="range"
          min={MIN_MEMORY_MB}
          max={MAX_MEMORY_MB}
          step={1}
          value={memoryMB}
          aria-valuetext={`${memoryMB.toLocaleString('en-US')} MB`}
          onChange={(event) => setFromSlider(Number(event.target.value))}
          data-testid="memory-slider"
        />
        <div className={styles.row}>
          <label htmlFor={`${id}-text`} className={styles.label}>
            Type a size
          </label>
          <input
            id={`${id}-text`}
            className={styles.text}
            type="text"
            inputMode="decimal"
            value={memoryText}
            onChange={(event) => setMemoryText(event.target.value)}
            aria-invalid={memoryError !== null}
            aria-describedby={`${id}-text-help`}
            data-testid="memory-text"
          />
          <span id={`${id}-text-help`} className={memoryError ? styles.error : styles.hint} role={memoryError ? 'alert' : undefined}>
            {memoryError ?? (memory === null ? 'Reading…' : '128–10,240 MB in 1 MB steps; "1.5 GB" works (1 GB = 1,024 MB).')}
          </span>
        </div>
        <div className={styles.presets} role="group" aria-label="Notable sizes">
          {PRESETS.map((preset) => (
            <button key={preset} type="button" className={styles.preset} aria-pressed={memoryMB === preset} onClick={() => setFromSlider(preset)}>
              {preset.toLocaleString('en-US')} MB
            </button>
          ))}
        </div>
      </div>

      <div className={styles.results} aria-live="polite" data-testid="memory-cpu-results">
        <div className={styles.card}>
          <h4 className={styles.cardTitle}>Official model (AWS)</h4>
          <p className={styles.big} data-testid="vcpu-share">
            {cpu.vcpuShare.toFixed(2)} vCPU
          </p>
          <div className={styles.bar} aria-hidden="true">
            <div className={styles.barFill} style={{width: `${sharePercentOfMax}%`}} />
          </div>
          <p className={styles.small}>
            {memoryMB.toLocaleString('en-US')} MB ÷ 1,769 MB = {cpu.vcpuShare.toFixed(3)} vCPU-seconds of CPU per second. One thread runs at{' '}
            <strong data-testid="single-thread">{(cpu.singleThreadSpeed * 100).toFixed(1)} %</strong> of a vCPU
            {cpu.nextWholeVcpuAtMB !== null ? `; the next whole vCPU comes at ${cpu.nextWholeVcpuAtMB.toLocaleString('en-US')} MB.` : '; 5.79 vCPU is the most any size gets.'}
          </p>
        </div>
        <div className={styles.card}>
          <h4 className={styles.cardTitle}>Cores the code sees (measured)</h4>
          <p className={styles.big} data-testid="visible-cores">
            {cpu.visibleCores} cores
          </p>
          <div className={styles.cores} aria-hidden="true">
            {Array.from({length: cpu.visibleCores}, (_, core) => (
              <span key={core} className={styles.core}>
                <span className={styles.coreFill} style={{height: `${Math.min(100, cpu.busyFractionOfVisibleCores * 100)}%`}} />
              </span>
            ))}
          </div>
          <p className={styles.small}>
            <code>nproc</code> shows {cpu.visibleCores} cores, but the credit keeps them only {(cpu.busyFractionOfVisibleCores * 100).toFixed(0)} % busy together. Community
            measurement (<a href={VISIBLE_CORES.source}>rwnx/lambda-cpuinfo</a>), not an AWS document.
          </p>
        </div>
      </div>

      <div className={styles.priceBlock}>
        <div className={styles.row}>
          <label htmlFor={`${id}-duration`} className={styles.label}>
            Duration of one invocation
          </label>
          <input
            id={`${id}-duration`}
            className={styles.text}
            type="text"
            value={durationText}
            onChange={(event) => setDurationText(event.target.value)}
            aria-invalid={durationError !== null}
            aria-describedby={`${id}-duration-help`}
            data-testid="duration-text"
          />
          <span id={`${id}-duration-help`} className={durationError ? styles.error : styles.hint} role={durationError ? 'alert' : undefined}>
            {durationError ?? (duration === null ? 'Reading…' : 'e.g. 100 ms or 1.2 s; billed rounded up to 1 ms.')}
          </span>
        </div>
        <DataTable
          caption={`Prices at ${memoryMB.toLocaleString('en-US')} MB, US East (N. Virginia), first tier, before the free tier`}
          label="Prices at this memory size"
          columns={[
            {header: 'Price', rowHeader: true, cell: (row: PriceRow) => row.label},
            ...prices.map((price) => ({header: price.label, numeric: true, cell: (row: PriceRow) => row.cell(price)})),
          ]}
          rows={[
            {label: 'Per 1 ms', cell: (price) => perMs(price.perMs)},
            {
              label: `Per 1M invocations${durationMs !== null ? ` of ${durationMs.toLocaleString('en-US')} ms` : ''}`,
              cell: (price) => <span data-testid={`per-million-${price.architecture}`}>{price.perMillion === null ? '—' : usd(price.perMillion, 4)}</span>,
            },
          ]}
          rowKey={(row) => row.label}
          testId="memory-cpu-prices"
        />
      </div>
    </section>
  );
}

export default withWidgetBoundary(MemoryCpu, 'memory and CPU view');
