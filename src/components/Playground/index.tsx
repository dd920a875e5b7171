/**
 * The handler playground: edit a Lambda handler, pick an event, press Run and watch what Lambda
 * would do. The page ships only a static view of the code; Monaco loads when the user starts
 * editing, and the sandbox (QuickJS in a Web Worker) when the user points at, focuses or presses
 * a Run button. A shared link fills the form but never runs anything until Run is pressed.
 */
import React, {useCallback, useEffect, useRef, useState} from 'react';
import {flushSync} from 'react-dom';
import {findEventTemplate} from '../../data/events';
import {DEFAULT_PYTHON_RUNTIME, pythonEngineSentence} from '../../core/runtime/python/pythonRuntimes';
import type {EditorApi} from './CodeEditor';
import {PlaygroundForm} from './PlaygroundForm';
import {RunOutputList} from './RunOutputList';
import type {RunView} from './runPlayground';
import {SAMPLES} from './samples';
import {spawnSandboxWorkerEarly, terminateEarlySandboxWorker} from '../../sandbox/browser/spawnSandboxWorker';
import {decodeState, encodeState, type PlaygroundState} from './shareState';
import styles from './styles.module.css';
import {withWidgetBoundary} from '../WidgetStatus';

/**
 * How long a run may take before the page says "Running…" and disables the buttons. A warm run is
 * over long before: showing the notice would cost a render and a frame on the way to the output,
 * and flicker. (A second press meanwhile is ignored all the same.)
 */
const RUNNING_NOTICE_DELAY_MS = 100;

/** How many runs the output keeps (the oldest go first). */
const MAX_RUNS_SHOWN = 20;

/** What the first Run shows while the engine downloads (Monaco is not part of it). */
const ENGINE_LOADING = 'Loading the execution engine (run code and QuickJS WebAssembly, about 0.4 MB compressed, once per page)…';

type Runner = typeof import('./runPlayground');
/** The run module once loaded: later runs reach the sandbox without waiting for a dynamic import. */
let runner: Runner | undefined;
let runnerLoading: Promise<Runner> | undefined;

/** Loads the run module once (one import site, so the bundler makes one chunk for it). */
function loadRunner(): Promise<Runner> {
  runnerLoading ??= import('./runPlayground').then(
    (m) => (runner = m),
    (error: unknown) => {
      runnerLoading = undefined;
      throw error;
    },
  );
  return runnerLoading;
}

/** A handler a concept page starts the playground with (see LiveOnScroll), instead of the first sample. */
export interface PlaygroundStart {
  readonly code: string;
  readonly language: 'javascript' | 'typescript';
  /** An event template id (src/data/events); the first sample's when absent. */
  readonly templateId?: string;
}

function initialState(start?: PlaygroundStart): PlaygroundState {
  const sample = SAMPLES[0]!;
  const template = findEventTemplate(start?.templateId ?? sample.templateId) ?? findEventTemplate(sample.templateId)!;
  return {code: start?.code ?? sample.code, language: start?.language ?? sample.language, templateId: template.id, eventText: JSON.stringify(template.event, null, 2), memoryMB: 128, timeoutSeconds: 3, envText: 'STAGE=dev', mode: 'sync'};
}

interface Props {
  /** Embedded in a concept page: start from this handler, and leave the page's URL alone (no share link). */
  readonly start?: PlaygroundStart;
}

function Playground({start}: Props = {}): React.JSX.Element {
  const embedded = start !== undefined;
  const [state, setState] = useState<PlaygroundState>(() => initialState(start));
  const [fromLink, setFromLink] = useState(false);
  /** False until a shared link has been read: a Run pressed earlier would run the default sample. */
  const [linkRead, setLinkRead] = useState(false);
  const [editorWanted, setEditorWanted] = useState(false);
  const [running, setRunning] = useState(false);
  const [runs, setRuns] = useState<RunView[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const [status, setStatus] = useState('Nothing has run yet. Press Run to invoke the handler.');
  const editorApi = useRef<EditorApi | undefined>(undefined);
  const hydrated = useRef(false);
  /** True from the press of Run until its output is shown (the visible `running` may lag behind). */
  const runInProgress = useRef(false);

  // A shared link fills the form; it never runs code.
  useEffect(() => {
    setLinkRead(true);
    if (embedded) return;
    const decoded = decodeState(window.location.hash, initialState());
    if (decoded) {
      setState(decoded);
      setFromLink(true);
    }
    hydrated.current = true;
  }, [embedded]);

  useEffect(() => {
    if (!hydrated.current || embedded) return;
    const hash = encodeState(state);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }, [state, embedded]);

  useEffect(() => () => {
    terminateEarlySandboxWorker();
    runner?.disposeSandbox();
    runner?.disposePython();
  }, []);

  // Enter or a click on the static code asked to edit: the editor takes focus when it has loaded,
  // so typing goes into it (not to the page body) and one click is enough.
  const focusWhenReady = useRef(false);
  const onWantEditor = useCallback(() => {
    focusWhenReady.current = true;
    setEditorWanted(true);
  }, []);

  const onEditorReady = useCallback((api: EditorApi) => {
    editorApi.current = api;
    if (focusWhenReady.current) {
      focusWhenReady.current = false;
      api.focus();
    }
  }, []);

  /** Set when Stop or Clear output was pressed before the run module had loaded. */
  const stopBeforeStart = useRef(false);
  /** Set by Clear output during a run: the stopped run's output is not shown either. */
  const clearWhenDone = useRef(false);

  const run = useCallback(async (forceCold: boolean) => {
    if (runInProgress.current) return;
    runInProgress.current = true;
    stopBeforeStart.current = false;
    clearWhenDone.current = false;
    // The first Run loads the execution engine (run code, QuickJS wasm) and never Monaco.
    const firstRun = !runner;
    const notice = window.setTimeout(() => {
      setRunning(true);
      setProblem(undefined);
      setStatus(firstRun ? (state.language === 'python' ? 'Loading the run code…' : ENGINE_LOADING) : forceCold ? 'Running (forced cold start)…' : 'Running…');
    }, RUNNING_NOTICE_DELAY_MS);
    let view: RunView | undefined;
    let failure: string | undefined;
    let summary: string;
    try {
      // The first Run starts the sandbox worker before the run module has even loaded.
      if (!runner && state.language !== 'python') spawnSandboxWorkerEarly();
      // No await on the way once the run module is loaded: the request reaches the worker within
      // this click's task.
      const loaded = runner ?? (await loadRunner());
      if (stopBeforeStart.current) {
        summary = 'Stopped before the handler started. Nothing ran.';
      } else {
        if (firstRun) {
          // The engine is in: say so now (the delayed notice must not bring back "Loading…").
          window.clearTimeout(notice);
          setRunning(true);
          setProblem(undefined);
          setStatus(forceCold ? 'Running (forced cold start)…' : 'Running…');
        }
        const result = await loaded.runPlayground(state, forceCold, (text) => {
          window.clearTimeout(notice);
          setRunning(true);
          setStatus(text);
        });
        if ('error' in result) {
          failure = result.error;
          summary = `Not run: ${result.error}`;
        } else {
          view = result;
          summary = result.summary;
        }
      }
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      summary = `The playground failed: ${failure}`;
    }
    window.clearTimeout(notice);
    runInProgress.current = false;
    const cleared = clearWhenDone.current;
    // Commit now, in this task, rather than in a later scheduler task: the output is what the
    // user is waiting for. Oldest run first, like a log stream.
    flushSync(() => {
      if (cleared) {
        setRuns([]);
        setProblem(undefined);
        setStatus('Output cleared. The running invocation was stopped (its execution environment shut down): the next run is a cold start.');
      } else {
        if (view) setRuns((r) => [...r, view].slice(-MAX_RUNS_SHOWN));
        setProblem(failure);
        setStatus(summary);
      }
      setRunning(false);
    });
  }, [state]);

  /** Ends the running invocation now (the worker is terminated). */
  const stop = useCallback(() => {
    if (!runInProgress.current) return;
    if (runner) runner.stopRun();
    else stopBeforeStart.current = true;
  }, []);

  const clearRuns = useCallback(() => {
    if (runInProgress.current) {
      clearWhenDone.current = true;
      stop();
      return;
    }
    setRuns([]);
    setProblem(undefined);
    setStatus('Output cleared.');
  }, [stop]);

  // Pointing at or focusing a Run button starts the sandbox and loads the run code: the press
  // usually follows within a few hundred milliseconds, and nothing runs until it does.
  const prepareRun = useCallback(() => {
    if (runner) return;
    // Python's engine is large: it loads on the press of Run only, never on a hover.
    if (state.language !== 'python') spawnSandboxWorkerEarly();
    loadRunner().catch(() => undefined);
  }, [state.language]);

  const sessionUsd = runs.reduce((sum, r) => sum + r.costUsd, 0);
  const sessionInvocations = runs.reduce((n, r) => n + r.outcomes.length, 0);

  return (
    <section className={styles.playground} aria-label="Handler playground" data-widget="playground">
      {fromLink && (
        <p className={styles.notice} role="note">
          This playground was filled from a shared link. Read the code before you press Run: nothing has run yet.
        </p>
      )}
      <PlaygroundForm state={state} setState={setState} editorWanted={editorWanted} onWantEditor={onWantEditor} onEditorReady={onEditorReady} />

      <div className={styles.actions}>
        <button type="button" className="button button--primary" disabled={running || !linkRead} onPointerEnter={prepareRun} onFocus={prepareRun} onClick={() => void run(false)}>Run</button>
        <button type="button" className="button button--secondary" disabled={running || !linkRead} onPointerEnter={prepareRun} onFocus={prepareRun} onClick={() => void run(true)}>Run with a cold start</button>
        <button type="button" className="button button--danger" disabled={!running} onClick={stop}>Stop</button>
        <button type="button" className="button button--secondary" disabled={runs.length === 0 && !running} onClick={clearRuns}>Clear output</button>
        {!embedded && <button type="button" className="button button--link" onClick={() => void navigator.clipboard?.writeText(window.location.href)}>Copy share link</button>}
      </div>

      <div className={styles.output} aria-live="polite" aria-busy={running}>
        <p className={styles.status} role="status">{status}</p>
        {problem && <p className={styles.problem}>{problem}</p>}
        {runs.length > 0 && (
          <p className={styles.session}>
            Session: {sessionInvocations} invocation{sessionInvocations === 1 ? '' : 's'}, ${sessionUsd.toFixed(12).replace(/0+$/, '').replace(/\.$/, '')} in total.
            {state.language === 'python'
              ? `Durations are simulated. ${pythonEngineSentence(state.pythonRuntime ?? DEFAULT_PYTHON_RUNTIME)}`
              : 'Durations are simulated: the handler runs in QuickJS (WebAssembly), slower than Node.js on Lambda.'}
          </p>
        )}
        {runs.length > 0 && <p className={styles.outputHeading}>Output, oldest run first (as in a CloudWatch log stream)</p>}
        <RunOutputList runs={runs} />
      </div>
    </section>
  );
}

export default withWidgetBoundary(Playground, 'playground');
