import React from 'react';
import {downsampleSeries, niceCeiling} from '@site/src/core/simulate/downsampleSeries';
import styles from './styles.module.css';

export interface ChartSeries {
  readonly label: string;
  readonly values: ArrayLike<number>;
  /** 0–5: a colour from the palette (chosen for contrast in light and dark mode). */
  readonly tone: number;
  readonly dashed?: boolean;
  /** Draw as a filled area (traffic shares). */
  readonly filled?: boolean;
}

export interface TimeSeriesChartProps {
  readonly title: string;
  readonly series: readonly ChartSeries[];
  /** Label for the x position of second `s` (a clock time or T+mm:ss). */
  readonly formatX: (second: number) => string;
  readonly yUnit: string;
  /** Fixed y maximum (e.g. 100 for percentages); otherwise a round number above the data. */
  readonly yMax?: number;
  /** A sentence for screen readers describing what the chart shows. */
  readonly description: string;
}

const WIDTH = 480;
const HEIGHT = 170;
const LEFT = 52;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 24;
const MAX_POINTS = 240;

/** A small SVG line chart over simulated time; peaks are kept when it has to shrink the data. */
export default function TimeSeriesChart({title, series, formatX, yUnit, yMax, description}: TimeSeriesChartProps): React.ReactElement {
  const sampled = series.map((entry) => ({...entry, ...downsampleSeries(entry.values, MAX_POINTS)}));
  const length = series[0]?.values.length ?? 0;
  const top = yMax ?? niceCeiling(Math.max(1, ...sampled.flatMap((entry) => entry.points)));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (second: number) => LEFT + (length <= 1 ? 0 : (second / (length - 1)) * plotWidth);
  const y = (value: number) => TOP + plotHeight - (Math.min(value, top) / top) * plotHeight;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(f * Math.max(0, length - 1)));
  const id = React.useId();

  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.svg} role="img" aria-labelledby={`${id}-desc`}>
        <desc id={`${id}-desc`}>{description}</desc>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(top * f)} y2={y(top * f)} className={styles.grid} />
            <text x={LEFT - 6} y={y(top * f) + 4} className={styles.axisLabel} textAnchor="end">
              {(top * f).toLocaleString('en-US', {maximumFractionDigits: 1})}
            </text>
          </g>
        ))}
        {ticks.map((second, index) => (
          <text key={index} x={x(second)} y={HEIGHT - 6} className={styles.axisLabel} textAnchor={index === 0 ? 'start' : index === ticks.length - 1 ? 'end' : 'middle'}>
            {formatX(second)}
          </text>
        ))}
        {sampled.map((entry) => {
          const points = entry.points.map((value, index) => `${x(Math.min(length - 1, index * entry.bucketSeconds)).toFixed(1)},${y(value).toFixed(1)}`);
          const path = `M${points.join('L')}`;
          return entry.filled ? (
            <path key={entry.label} d={`${path}L${x(length - 1)},${y(0)}L${x(0)},${y(0)}Z`} className={`${styles.area} ${styles[`tone${entry.tone}`]}`} />
          ) : (
            <path key={entry.label} d={path} className={`${styles.line} ${styles[`tone${entry.tone}`]} ${entry.dashed ? styles.dashed : ''}`} />
          );
        })}
      </svg>
      <ul className={styles.legend}>
        {series.map((entry) => (
          <li key={entry.label}>
            <span className={`${styles.swatch} ${styles[`tone${entry.tone}`]} ${entry.dashed ? styles.dashedSwatch : ''}`} aria-hidden="true" />
            {entry.label}
          </li>
        ))}
        <li className={styles.unit}>y: {yUnit}</li>
      </ul>
    </figure>
  );
}
