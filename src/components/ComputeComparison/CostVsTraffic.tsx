import type {ReactNode} from 'react';
import type {CostPoint} from '@site/src/core/pricing/compute/breakEven';
import {COMPUTE_OPTION_IDS, type ComputeOptionId} from '@site/src/core/pricing/compute/compareCompute';
import styles from './styles.module.css';

const WIDTH = 720;
const HEIGHT = 300;
const PAD = {left: 70, right: 16, top: 16, bottom: 44};

/** Colours chosen to differ in lightness too, and each line has its own dash pattern. */
export const SERIES: Readonly<Record<ComputeOptionId, {label: string; color: string; dash: string}>> = {
  'lambda-x86': {label: 'Lambda x86_64', color: '#c45100', dash: ''},
  'lambda-arm64': {label: 'Lambda arm64', color: '#1f77b4', dash: '6 3'},
  'lambda-provisioned': {label: 'Provisioned concurrency', color: '#7b3fa0', dash: '2 3'},
  'managed-instances': {label: 'Managed Instances', color: '#2ca02c', dash: '10 4'},
  fargate: {label: 'Fargate', color: '#b8860b', dash: '4 2 1 2'},
  ec2: {label: 'EC2', color: '#6b6b6b', dash: '1 2'},
};

const money = (usd: number) => (usd >= 1000 ? `$${Math.round(usd / 1000).toLocaleString('en-US')}k` : `$${Math.round(usd)}`);

/** Monthly cost against average traffic, both on log scales, as plain SVG (the table below has the numbers). */
export default function CostVsTraffic({sweep, currentRps}: {sweep: readonly CostPoint[]; currentRps: number}): ReactNode {
  if (sweep.length < 2) return null;
  const minX = Math.log10(sweep[0]!.averageRequestsPerSecond);
  const maxX = Math.log10(sweep.at(-1)!.averageRequestsPerSecond);
  const allCosts = sweep.flatMap((point) => COMPUTE_OPTION_IDS.map((id) => point.costs[id])).filter((usd) => usd > 0);
  const minY = Math.floor(Math.log10(Math.max(0.01, Math.min(...allCosts))));
  const maxY = Math.ceil(Math.log10(Math.max(1, ...allCosts)));
  const x = (rps: number) => PAD.left + ((Math.log10(rps) - minX) / (maxX - minX || 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (usd: number) => HEIGHT - PAD.bottom - ((Math.log10(Math.max(usd, 10 ** minY)) - minY) / (maxY - minY || 1)) * (HEIGHT - PAD.top - PAD.bottom);
  const ticksY = Array.from({length: maxY - minY + 1}, (_, index) => 10 ** (minY + index));
  const ticksX = [0.1, 1, 10, 100, 1000, 10_000].filter((rps) => Math.log10(rps) >= minX - 1e-9 && Math.log10(rps) <= maxX + 1e-9);
  return (
    <figure className={styles.chart}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="compare-chart-title compare-chart-desc" data-testid="compare-chart">
        <title id="compare-chart-title">Monthly cost against traffic</title>
        <desc id="compare-chart-desc">Monthly cost of each option (log scale) against average requests per second (log scale), with the same daily shape; the table below lists the figures.</desc>
        {ticksY.map((usd) => (
          <g key={usd}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(usd)} y2={y(usd)} className={styles.gridLine} />
            <text x={PAD.left - 6} y={y(usd) + 4} textAnchor="end" className={styles.axisText}>
              {money(usd)}
            </text>
          </g>
        ))}
        {ticksX.map((rps) => (
          <text key={rps} x={x(rps)} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" className={styles.axisText}>
            {rps.toLocaleString('en-US')}
          </text>
        ))}
        <text x={(WIDTH + PAD.left) / 2} y={HEIGHT - 6} textAnchor="middle" className={styles.axisText}>
          average requests per second
        </text>
        {COMPUTE_OPTION_IDS.map((id) => (
          <polyline key={id} fill="none" stroke={SERIES[id].color} strokeWidth={2} strokeDasharray={SERIES[id].dash} points={sweep.map((point) => `${x(point.averageRequestsPerSecond).toFixed(1)},${y(point.costs[id]).toFixed(1)}`).join(' ')} />
        ))}
        {currentRps >= 10 ** minX && currentRps <= 10 ** maxX ? <line x1={x(currentRps)} x2={x(currentRps)} y1={PAD.top} y2={HEIGHT - PAD.bottom} stroke="currentColor" strokeDasharray="3 3" /> : null}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {COMPUTE_OPTION_IDS.map((id) => (
          <li key={id}>
            <span className={styles.swatch} style={{background: SERIES[id].color}} />
            {SERIES[id].label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
