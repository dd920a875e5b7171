import React, {useEffect, useRef, useState, type ComponentType} from 'react';
import styles from './styles.module.css';

/**
 * The widgets a concept page may embed. Each is a separate chunk, fetched only when its box
 * scrolls into view (or the reader presses "Load it now"), so the page stays a plain page until
 * then and its first load carries no widget code.
 */
const LOADERS = {
  'concurrency-simulator': () => import('@site/src/components/ConcurrencySimulator'),
  'limits-checker': () => import('@site/src/components/LimitsChecker'),
  playground: () => import('@site/src/components/Playground'),
} as const satisfies Record<string, () => Promise<{default: ComponentType<any>}>>; // any: each widget has its own props

export type LiveKind = keyof typeof LOADERS;

interface Props {
  readonly kind: LiveKind;
  /** A short heading for the box, e.g. "Try it: a launch spike". */
  readonly title: string;
  /** What the reader can do with it, one sentence. */
  readonly children?: React.ReactNode;
  /** Props for the widget (for example a preset or a template). */
  readonly props?: Record<string, unknown>;
}

export default function LiveOnScroll({kind, title, children, props = {}}: Props): React.JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  const [Widget, setWidget] = useState<ComponentType<Record<string, unknown>> | null>(null);
  const [state, setState] = useState<'waiting' | 'loading' | 'ready' | 'failed'>('waiting');

  const load = React.useCallback(() => {
    setState((current) => (current === 'waiting' ? 'loading' : current));
  }, []);

  useEffect(() => {
    if (state !== 'loading') return;
    let cancelled = false;
    LOADERS[kind]()
      .then((module) => {
        if (cancelled) return;
        setWidget(() => module.default as ComponentType<Record<string, unknown>>);
        setState('ready');
      })
      .catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
    };
  }, [state, kind]);

  useEffect(() => {
    const element = box.current;
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          load();
          observer.disconnect();
        }
      },
      {rootMargin: '200px 0px'},
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [load]);

  return (
    <div ref={box} className={styles.live} data-live={kind} data-state={state}>
      <p className={styles.title}>{title}</p>
      {children && <div className={styles.description}>{children}</div>}
      {state === 'ready' && Widget ? (
        <Widget {...props} />
      ) : (
        <div className={styles.placeholder}>
          <p role="status">{state === 'failed' ? 'The live example could not be loaded. Reload the page to try again.' : state === 'loading' ? 'Loading the live example…' : 'The live example loads when you scroll here.'}</p>
          {state === 'waiting' && (
            <button type="button" className="button button--sm button--secondary" onClick={load}>
              Load it now
            </button>
          )}
        </div>
      )}
    </div>
  );
}
