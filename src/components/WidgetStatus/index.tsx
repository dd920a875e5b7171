import {Component, type ComponentType, type ErrorInfo, type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * What every widget shares about its state, so a person (and the browser harness in
 * test/browser/widgets.test.ts) can tell a current result from a stale one:
 * - the widget's root carries `data-widget="<name>"`;
 * - each block of results carries `data-result` and `data-stale="true"` while any input it
 *   depends on is invalid; it then also says "(last valid settings)" in words;
 * - a crash inside a widget never takes the page: a boundary shows one line instead.
 */

/** Attributes for a block of results; `stale` when an input it depends on is invalid. */
export function resultProps(stale: boolean): {'data-result': string; 'data-stale': 'true' | 'false'; className: string | undefined} {
  return {'data-result': '', 'data-stale': stale ? 'true' : 'false', className: stale ? styles.stale : undefined};
}

/** The words that go with a stale result. */
export function StaleNote({stale, what = 'settings'}: {stale: boolean; what?: string}): ReactNode {
  return stale ? <span className={styles.staleNote}> (last valid {what}: fix the marked field)</span> : null;
}

/** One line, whatever the error: the first line of its message, at most 200 characters. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('\n')[0]!.trim();
  return first.length > 200 ? `${first.slice(0, 199)}…` : first;
}

interface BoundaryProps {
  /** Shown in the message: "The estimate could not be shown …". */
  readonly what: string;
  /** When this changes after a crash, the children are tried again (e.g. the inputs, as JSON). */
  readonly resetKey?: unknown;
  readonly children: ReactNode;
}

interface BoundaryState {
  readonly error: unknown;
  /** The resetKey the error happened with (boxed: undefined is a valid key). */
  readonly failedWith: {readonly key: unknown} | null;
}

/**
 * Catches a render error in its children and shows one line in their place. Put it around a
 * widget's results (not its form), so the inputs and what was typed stay; the next change of
 * `resetKey` tries again.
 */
export class ResultBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = {error: null, failedWith: null};

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return {error};
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    if (state.error === null) return null;
    if (state.failedWith === null) return {failedWith: {key: props.resetKey}};
    return Object.is(props.resetKey, state.failedWith.key) ? null : {error: null, failedWith: null};
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever debugs it; the page shows one line.
    console.warn(`Lambda Lab: ${this.props.what} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <p className={styles.crashed} role="alert" data-result="" data-stale="true">
        {`The ${this.props.what} could not be shown (${oneLine(this.state.error)}). Your input is kept: change a value to try again.`}
      </p>
    );
  }
}

/** Wraps a whole widget, so that a crash anywhere in it leaves the rest of the page working. */
export function withWidgetBoundary<P extends object>(Widget: ComponentType<P>, what: string): ComponentType<P> {
  function Guarded(props: P): ReactNode {
    return (
      <ResultBoundary what={what}>
        <Widget {...props} />
      </ResultBoundary>
    );
  }
  Guarded.displayName = `WithBoundary(${Widget.displayName ?? Widget.name})`;
  return Guarded;
}
