import {lazy, Suspense, useEffect, useState, type ReactNode} from 'react';
import styles from './styles.module.css';

// The view, the template parsers and every service's prices load only when the view is opened.
const DesignEstimateView = lazy(() => import('./DesignEstimateView'));

/** The calculator page's entry to the design estimate: a button until opened (or a #design= link). */
export default function DesignEstimate(): ReactNode {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (window.location.hash.startsWith('#design=')) setOpen(true);
  }, []);
  return (
    <section className={styles.entry} aria-labelledby="design-estimate-heading" data-widget="design-estimate">
      <h2 id="design-estimate-heading">Price a whole design from its template</h2>
      <p>
        Paste a SAM, CloudFormation or serverless.yml template and a usage file, and read the bill of everything it describes: the API in front of
        the functions, their logs, queues, tables, NAT gateways and the rest, each line with its arithmetic.
      </p>
      {open ? (
        <Suspense fallback={<p role="status">Loading the design estimate…</p>}>
          <DesignEstimateView />
        </Suspense>
      ) : (
        <button type="button" className="button button--primary" onClick={() => setOpen(true)} data-testid="open-design">
          Open the design estimate
        </button>
      )}
    </section>
  );
}
