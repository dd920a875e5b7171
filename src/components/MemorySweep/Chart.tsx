import type {ReactNode} from 'react';
import {decimateSeries, memoryAtIndex, type MeasuredPoint, type MemorySweep, type Recommendation} from '@site/src/core/cpu';
import type {Architecture} from '@site/src/data/schema';
import styles from './styles.module.css';

const PLOT_H = 150;
const LEFT = 64;
const RIGHT = 12;
const TOP = 12;
const GAP = 44;
const BOTTOM = 34;
const H = TOP + PLOT_H + GAP + PLOT_H + BOTTOM;
const MIN_MB = 128;
const MAX_MB = 10_240;
const X_TICKS = [128, 1769, 3008, 5120, 7168, 10_240];
const X_TICKS_NARROW = [128, 1769, 5120, 10_240];

function niceLogTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let p = Math.floor(Math.log10(lo)); p <= Math.ceil(Math.log10(hi)); p++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** p;
      if (v >= lo && v <= hi) ticks.push(v);
    }
  }
  return ticks.length >= 2 ? ticks : [lo, hi];
}

function niceLinearTicks(hi: number): number[] {
  const step = 10 ** Math.floor(Math.log10(hi / 4));
  const mult = [1, 2, 5, 10].find((m) => hi / (m * step) <= 5) ?? 10;
  const ticks: number[] = [];
  for (let v = 0; v <= hi * 1.0001; v += mult * step) ticks.push(v);
  return ticks;
}

const fmtMs = (ms: number) => (ms >= 1000 ? `${+(ms / 1000).toPrecision(3)} s` : `${+ms.toPrecision(3)} ms`);
const fmtUsd = (v: number) => `$${v >= 10 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v === 0 ? '0' : v.toPrecision(2)}`;

export interface ChartProps {
  sweep: MemorySweep;
  architectures: readonly Architecture[];
  chosen: Recommendation;
  inspectMB: number;
  measured: readonly MeasuredPoint[];
  titleId: string;
  /** viewBox width: 640 on wide screens, about 380 on phones so the text stays legible. */
  width: number;
}

/** Duration (log scale) and cost per 1M invocations against memory, both architectures. */
export default function Chart({sweep, architectures, chosen, inspectMB, measured, titleId, width: W}: ChartProps): ReactNode {
  const x = (mb: number) => LEFT + ((mb - MIN_MB) / (MAX_MB - MIN_MB)) * (W - LEFT - RIGHT);
  const xTicks = W < 500 ? X_TICKS_NARROW : X_TICKS;
  const buckets = Math.round((W - LEFT - RIGHT) / 2);
  let dLo = Infinity;
  let dHi = 0;
  let cHi = 0;
  for (const arch of architectures) {
    const s = sweep.architectures[arch];
    for (let i = 0; i < sweep.size; i++) {
      const d = s.durationMs[i]!;
      if (d < dLo) dLo = d;
      if (d > dHi) dHi = d;
      if (s.costUsd[i]! > cHi) cHi = s.costUsd[i]!;
    }
  }
  for (const p of measured) {
    dLo = Math.min(dLo, p.durationMs);
    dHi = Math.max(dHi, p.durationMs);
  }
  if (dHi <= dLo) dHi = dLo * 1.5;
  const logLo = Math.log10(dLo / 1.15);
  const logHi = Math.log10(dHi * 1.15);
  const yD = (ms: number) => TOP + (1 - (Math.log10(ms) - logLo) / (logHi - logLo)) * PLOT_H;
  const costTop = TOP + PLOT_H + GAP;
  const cMax = cHi * 1e6 * 1.08;
  const yC = (usd: number) => costTop + (1 - (usd * 1e6) / cMax) * PLOT_H;

  const paths = architectures.map((arch) => {
    const s = sweep.architectures[arch];
    const durationPath = decimateSeries(s.durationMs, buckets)
      .map((i, k) => `${k ? 'L' : 'M'}${x(memoryAtIndex(i)).toFixed(1)},${yD(s.durationMs[i]!).toFixed(1)}`)
      .join('');
    const costPath = decimateSeries(s.costUsd, buckets)
      .map((i, k) => `${k ? 'L' : 'M'}${x(memoryAtIndex(i)).toFixed(1)},${yC(s.costUsd[i]!).toFixed(1)}`)
      .join('');
    return {arch, durationPath, costPath};
  });

  const chosenX = x(chosen.memoryMB);
  const chosenSweep = sweep.architectures[chosen.architecture];
  return (
    <figure className={styles.figure}>
      <svg viewBox={`0 0 ${W} ${H}`} className={styles.chart} role="img" aria-labelledby={titleId} data-testid="sweep-chart">
        <title id={titleId}>
          {`Duration and cost per 1M invocations against memory from 128 to 10,240 MB; chosen: ${chosen.architecture} at ${chosen.memoryMB} MB.`}
        </title>
        {/* Duration panel */}
        <text x={LEFT} y={TOP - 2} className={styles.axisTitle}>Duration (log scale)</text>
        {niceLogTicks(dLo / 1.15, dHi * 1.15).map((t) => (
          <g key={`d${t}`}>
            <line x1={LEFT} x2={W - RIGHT} y1={yD(t)} y2={yD(t)} className={styles.grid} />
            <text x={LEFT - 6} y={yD(t) + 4} className={styles.tick} textAnchor="end">{fmtMs(t)}</text>
          </g>
        ))}
        {/* Cost panel */}
        <text x={LEFT} y={costTop - 6} className={styles.axisTitle}>Cost per 1M invocations</text>
        {niceLinearTicks(cMax).map((t) => (
          <g key={`c${t}`}>
            <line x1={LEFT} x2={W - RIGHT} y1={costTop + (1 - t / cMax) * PLOT_H} y2={costTop + (1 - t / cMax) * PLOT_H} className={styles.grid} />
            <text x={LEFT - 6} y={costTop + (1 - t / cMax) * PLOT_H + 4} className={styles.tick} textAnchor="end">{fmtUsd(t)}</text>
          </g>
        ))}
        {xTicks.map((mb) => (
          <g key={`x${mb}`}>
            <line x1={x(mb)} x2={x(mb)} y1={TOP} y2={costTop + PLOT_H} className={mb === 1769 ? styles.vcpuLine : styles.grid} />
            <text x={x(mb)} y={H - 14} className={styles.tick} textAnchor={mb === 128 ? 'start' : mb === 10_240 ? 'end' : 'middle'}>
              {mb.toLocaleString('en-US')}
            </text>
          </g>
        ))}
        <text x={(LEFT + W - RIGHT) / 2} y={H - 1} className={styles.tick} textAnchor="middle">{W < 500 ? 'Memory (MB); dashed: 1 vCPU' : 'Memory (MB); dashed: 1,769 MB = 1 vCPU'}</text>
        {paths.map((p) => (
          <g key={p.arch} className={p.arch === 'arm64' ? styles.arm : styles.x86}>
            <path d={p.durationPath} className={styles.line} />
            <path d={p.costPath} className={styles.line} />
          </g>
        ))}
        {measured.map((p) => (
          <circle key={`m${p.memoryMB}-${p.durationMs}`} cx={x(p.memoryMB)} cy={yD(p.durationMs)} r={4.5} className={styles.measured} />
        ))}
        <line x1={x(inspectMB)} x2={x(inspectMB)} y1={TOP} y2={costTop + PLOT_H} className={styles.inspect} />
        <g className={styles.chosen}>
          <circle cx={chosenX} cy={yD(chosenSweep.durationMs[chosen.index]!)} r={6} />
          <circle cx={chosenX} cy={yC(chosenSweep.costUsd[chosen.index]!)} r={6} />
        </g>
      </svg>
      <figcaption className={styles.legend}>
        {architectures.includes('x86_64') && <span className={styles.legendX86}>x86_64</span>}
        {architectures.includes('arm64') && <span className={styles.legendArm}>arm64</span>}
        <span className={styles.legendChosen}>recommended</span>
        <span className={styles.legendInspect}>inspected size</span>
        {measured.length > 0 && <span className={styles.legendMeasured}>measured</span>}
      </figcaption>
    </figure>
  );
}
