import type {ReactNode} from 'react';
import type {MemoryPoint} from '@site/src/core/calculator/sweepMemory';
import styles from './styles.module.css';

const WIDTH = 640;
const HEIGHT = 260;
const PAD = {left: 64, right: 16, top: 16, bottom: 40};

const money = (usd: number) => (usd >= 100 ? `$${Math.round(usd).toLocaleString('en-US')}` : `$${usd.toFixed(2)}`);

/** Rounds an axis maximum up to 1, 2 or 5 × a power of ten. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((candidate) => candidate >= value) ?? value;
}

/**
 * Monthly cost against memory for x86_64 and arm64 (duration held fixed), drawn as plain SVG.
 * The same numbers are in a table below the chart for screen readers and keyboard users.
 */
export default function CostChart({points, currentMB}: {points: readonly MemoryPoint[]; currentMB: number}): ReactNode {
  const maxMB = points.at(-1)?.memoryMB ?? 10_240;
  const minMB = points[0]?.memoryMB ?? 128;
  const top = niceMax(Math.max(...points.map((point) => Math.max(point.x86, point.arm64 ?? 0))));
  const x = (mb: number) => PAD.left + ((mb - minMB) / (maxMB - minMB || 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (usd: number) => HEIGHT - PAD.bottom - (usd / top) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (values: (number | null)[]) =>
    points
      .map((point, index) => (values[index] === null ? null : `${x(point.memoryMB).toFixed(1)},${y(values[index] ?? 0).toFixed(1)}`))
      .filter((entry): entry is string => entry !== null)
      .join(' ');
  const current = points.find((point) => point.memoryMB === currentMB);
  const ticksX = [128, 2048, 4096, 6144, 8192, 10_240].filter((mb) => mb >= minMB && mb <= maxMB);
  const ticksY = [0, 0.25, 0.5, 0.75, 1].map((share) => share * top);
  const hasArm = points.some((point) => point.arm64 !== null);
  return (
    <figure className={styles.chart}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="cost-chart-title cost-chart-desc" data-testid="cost-chart">
        <title id="cost-chart-title">Monthly cost against memory</title>
        <desc id="cost-chart-desc">
          {`From ${money(points[0]?.x86 ?? 0)} at ${minMB} MB to ${money(points.at(-1)?.x86 ?? 0)} at ${maxMB.toLocaleString('en-US')} MB on x86_64, with the duration held fixed.`}
        </desc>
        {ticksY.map((usd) => (
          <g key={usd}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(usd)} y2={y(usd)} className={styles.gridLine} />
            <text x={PAD.left - 6} y={y(usd) + 4} textAnchor="end" className={styles.axisText}>
              {money(usd)}
            </text>
          </g>
        ))}
        {ticksX.map((mb) => (
          <text key={mb} x={x(mb)} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" className={styles.axisText}>
            {mb.toLocaleString('en-US')}
          </text>
        ))}
        <text x={(WIDTH + PAD.left) / 2} y={HEIGHT - 6} textAnchor="middle" className={styles.axisText}>
          memory (MB)
        </text>
        <polyline points={line(points.map((point) => point.x86))} className={styles.lineX86} fill="none" />
        {hasArm && <polyline points={line(points.map((point) => point.arm64))} className={styles.lineArm} fill="none" />}
        {current && (
          <g>
            <line x1={x(current.memoryMB)} x2={x(current.memoryMB)} y1={PAD.top} y2={HEIGHT - PAD.bottom} className={styles.marker} />
            <circle cx={x(current.memoryMB)} cy={y(current.x86)} r={4} className={styles.dotX86} />
            {current.arm64 !== null && <circle cx={x(current.memoryMB)} cy={y(current.arm64)} r={4} className={styles.dotArm} />}
          </g>
        )}
      </svg>
      <figcaption className={styles.legend}>
        <span className={styles.keyX86}>x86_64</span>
        {hasArm && <span className={styles.keyArm}>arm64</span>}
        <span>Vertical line: your memory. Duration is held fixed; more memory often runs faster, so the real curve is flatter.</span>
      </figcaption>
      <details className={styles.details}>
        <summary>Chart data</summary>
        <div className={styles.scroll}>
          <table>
            <thead>
              <tr>
                <th scope="col">Memory (MB)</th>
                <th scope="col">x86_64</th>
                <th scope="col">arm64</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.memoryMB}>
                  <td>{point.memoryMB.toLocaleString('en-US')}</td>
                  <td>{`$${point.x86.toFixed(2)}`}</td>
                  <td>{point.arm64 === null ? 'n/a' : `$${point.arm64.toFixed(2)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
