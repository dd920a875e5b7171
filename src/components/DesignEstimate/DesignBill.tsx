import type {ReactNode} from 'react';
import DataTable, {type DataColumn} from '@site/src/components/DataTable';
import {lambdaShareText, totalLeavesOut, type DesignEstimate, type ResourceSummary} from '@site/src/core/design';
import styles from './styles.module.css';

const money = (usd: number) => `$${usd.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;
const COLORS = ['#ff9900', '#2e73b8', '#3f8624', '#b0084d', '#7d5dbb', '#00818a', '#c45500', '#5a6b86', '#8c6d1f', '#1d8102', '#d13212', '#4d27aa', '#687078', '#0972d3'];

const RESOURCE_COLUMNS: readonly DataColumn<ResourceSummary>[] = [
  {header: 'Resource', cell: (resource) => <code>{resource.id}</code>},
  {header: 'USD', numeric: true, cell: (resource) => (resource.status === 'priced' || resource.status === 'needs usage' ? money(resource.usd) : '—')},
  // Long reasons wrap; a phone scrolls to the type, the last column.
  {header: 'Status', minWidth: '12rem', cell: (resource) => (resource.status === 'free' || resource.status === 'not priced' ? `${resource.status}: ${resource.reason}` : resource.status)},
  {header: 'Type', cell: (resource) => resource.type},
];

/** One stacked bar: each service's share of the month, with a text legend (the numbers, not only colours). */
function ServiceChart({estimate}: {estimate: DesignEstimate}): ReactNode {
  const total = estimate.services.reduce((acc, service) => acc + service.usd, 0);
  if (total <= 0) return null;
  let x = 0;
  const label = estimate.services.map((service) => `${service.service} ${money(service.usd)}`).join(', ');
  return (
    <figure className={styles.chart}>
      <svg viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label={`Bill by service: ${label}`} className={styles.bar}>
        {estimate.services.map((service, index) => {
          const width = (service.usd / total) * 100;
          const rect = <rect key={service.service} x={x} y={0} width={width} height={8} fill={COLORS[index % COLORS.length]} />;
          x += width;
          return rect;
        })}
      </svg>
      <figcaption>
        <ul className={styles.legend}>
          {estimate.services.map((service, index) => (
            <li key={service.service}>
              <span className={styles.swatch} style={{background: COLORS[index % COLORS.length]}} aria-hidden="true" />
              {service.service}: {money(service.usd)} ({((service.usd / total) * 100).toFixed(1)}%)
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** The bill of a design: total, chart by service, every line with its arithmetic, resources, what is not priced. */
export default function DesignBill({estimate}: {estimate: DesignEstimate}): ReactNode {
  return (
    <div className={styles.bill}>
      <p className={styles.total}>
        <span data-testid="design-total">{money(estimate.total)} a month</span>
        <span className={styles.muted}> · {lambdaShareText(estimate)} · free tier: {estimate.freeTier}</span>
      </p>
      {totalLeavesOut(estimate) && <p className={styles.muted} data-testid="design-left-out">{totalLeavesOut(estimate)}</p>}
      <ServiceChart estimate={estimate} />
      {estimate.services.map((service) => (
        <section key={service.service} className={styles.service} data-service={service.service}>
          <h3>
            {service.service}: {money(service.usd)}
          </h3>
          <ul className={styles.lines}>
            {service.lines.map((line) => (
              <li key={`${line.label}|${line.region}`} data-line={line.label}>
                <strong>{line.label}</strong> {money(line.usd)}
                <div className={styles.formula}>{line.formula}</div>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {estimate.unpriced.length > 0 && (
        <section className={styles.unpriced} data-testid="design-unpriced">
          <h3>Not priced until the usage says</h3>
          <ul>
            {estimate.unpriced.map((line) => (
              <li key={`${line.resource}|${line.label}|${line.reason}`}>
                <code>{line.resource}</code>: {line.label} — {line.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      <details className={styles.resources}>
        <summary>Every resource: priced, free or not priced ({estimate.resources.length})</summary>
        <DataTable
          caption="Every resource of the template, with its share of the month"
          label="Every resource of the template"
          columns={RESOURCE_COLUMNS}
          rows={estimate.resources}
          rowKey={(resource) => resource.id}
          rowAttributes={(resource) => ({'data-resource': resource.id})}
        />
      </details>
      {estimate.notes.length > 0 && (
        <ul className={styles.notes}>
          {estimate.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
