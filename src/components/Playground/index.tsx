/**
 * The handler playground: edit a Lambda handler, pick an event, press Run and watch what Lambda
 * would do. The page ships only a static view of the code; Monaco loads when the user starts
 * editing, and the sandbox (QuickJS in a Web Worker) when the user points at, focuses or presses
 * a Run button. A shared link fills the form but never runs anything until Run is pressed.
 */
import React, {useCallback, useEffect, useRef, useState} from 'react';
import {flushSync} from 'react-dom';
import {findEventTemplate} from '../../data/events';
import type {EditorApi} from './CodeEditor';
import {PlaygroundForm} from './PlaygroundForm';
import {RunOutputList} from './RunOutputList';
import type {RunView} from './runPlayground';
import {SAMPLES} from './samples';
import {spawnSandboxWorkerEarly, terminateEarlySandboxWorker} from '../../sandbox/browser/spawnSandboxWorker';
import {decodeState, encodeState, type PlaygroundState} from './shareState';
import styles from './styles.module.css';

/**
 * How long a run may take before the page says "Running…" and disables the buttons. A warm run is
 * over long before: showing the notice would cost a render and a frame on the way to the output,
 * and flicker. (A second press meanwhile is ignored all the same.)
 */
const RUNNING_NOTICE_DELAY_MS = 100;

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

function initialState(): PlaygroundState {
  const sample = SAMPLES[0]!;
  const template = findEventTemplate(sample.templateId)!;
  return {code: sample.code, language: sample.language, templateId: template.id, eventText: JSON.stringify(template.event, null, 2), memoryMB: 128, timeoutSeconds: 3, envText: 'STAGE=dev', mode: 'sync'};
}

export default function Playground(): React.JSX.Element {
  const [state, setState] = useState<PlaygroundState>(initialState);
  const [fromLink, setFromLink] = useState(false);
  const [editorWanted, setEditorWanted] = useState(false);
  const [running, setRunning] = useState(false);
  const [runs, setRuns] = useState<RunView[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const [status, setStatus] = useState('Nothing has run yet. Press Run to invoke the handler.');
  const editorApi = useRef<EditorApi | undefined>(undefined);
  const editorReady = useRef<((api: EditorApi) => void)[]>([]);
  const hydrated = useRef(false);
  /** True from the press of Run until its output is shown (the visible `running` may lag behind). */
  const runInProgress = useRef(false);

  // A shared link fills the form; it never runs code.
  useEffect(() => {
    const decoded = decodeState(window.location.hash, initialState());
    if (decoded) {
      setState(decoded);
      setFromLink(true);
    }
    hydrated.current = true;
  }, []);

  useEffect(() => {
    if (!hydrated.current) return;
    const hash = encodeState(state);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  }, [state]);

  useEffect(() => () => {
    terminateEarlySandboxWorker();
    runner?.disposeSandbox();
  }, []);

  const onWantEditor = useCallback(() => setEditorWanted(true), []);

  const onEditorReady = useCallback((api: EditorApi) => {
    editorApi.current = api;
    for (const resolve of editorReady.current.splice(0)) resolve(api);
  }, []);

  const waitForEditor = useCallback((): Promise<EditorApi> => {
    if (editorApi.current) return Promise.resolve(editorApi.current);
    setEditorWanted(true);
    return new Promise((resolve) => editorReady.current.push(resolve));
  }, []);

  const run = useCallback(async (forceCold: boolean) => {
    if (runInProgress.current) return;
    runInProgress.current = true;
    const notice = window.setTimeout(() => {
      setRunning(true);
      setProblem(undefined);
      setStatus(forceCold ? 'Running (forced cold start)…' : 'Running…');
    }, RUNNING_NOTICE_DELAY_MS);
    let view: RunView | undefined;
    let failure: string | undefined;
    let summary: string;
    try {
      // The first Run starts the sandbox worker before the run module has even loaded.
      if (!runner) spawnSandboxWorkerEarly();
      // No await on the way for JavaScript once the run module is loaded: the request reaches
      // the worker within this click's task.
      const javascript = state.language === 'typescript' ? await (await waitForEditor()).toJavaScript() : state.code;
      const result = await (runner ?? (await loadRunner())).runPlayground(state, javascript, forceCold);
      if ('error' in result) {
        failure = result.error;
        summary = `Not run: ${result.error}`;
      } else {
        view = result;
        summary = result.summary;
      }
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      summary = `The playground failed: ${failure}`;
    }
    window.clearTimeout(notice);
    runInProgress.current = false;
    // Commit now, in this task, rather than in a later scheduler task: the output is what the
    // user is waiting for.
    flushSync(() => {
      if (view) setRuns((r) => [view, ...r].slice(0, 20));
      setProblem(failure);
      setStatus(summary);
      setRunning(false);
    });
  }, [state, waitForEditor]);

  const clearRuns = useCallback(() => setRuns([]), []);

  // Pointing at or focusing a Run button starts the sandbox and loads the run code: the press
  // usually follows within a few hundred milliseconds, and nothing runs until it does.
  const prepareRun = useCallback(() => {
    if (runner) return;
    spawnSandboxWorkerEarly();
    loadRunner().catch(() => undefined);
  }, []);

  const sessionUsd = runs.reduce((sum, r) => sum + r.costUsd, 0);
  const sessionInvocations = runs.reduce((n, r) => n + r.outcomes.length, 0);

  return (
    <section className={styles.playground} aria-label="Handler playground">
      {fromLink && (
        <p className={styles.notice} role="note">
          This playground was filled from a shared link. Read the code before you press Run: nothing has run yet.
        </p>
      )}
      <PlaygroundForm state={state} setState={setState} editorWanted={editorWanted} onWantEditor={onWantEditor} onEditorReady={onEditorReady} />

      <div className={styles.actions}>
        <button type="button" className="button button--primary" disabled={running} onPointerEnter={prepareRun} onFocus={prepareRun} onClick={() => void run(false)}>Run</button>
        <button type="button" className="button button--secondary" disabled={running} onPointerEnter={prepareRun} onFocus={prepareRun} onClick={() => void run(true)}>Run with a cold start</button>
        <button type="button" className="button button--secondary" disabled={runs.length === 0} onClick={clearRuns}>Clear output</button>
        <button type="button" className="button button--link" onClick={() => void navigator.clipboard?.writeText(window.location.href)}>Copy share link</button>
      </div>

      <div className={styles.output} aria-live="polite" aria-busy={running}>
        <p className={styles.status} role="status">{status}</p>
        {problem && <p className={styles.problem}>{problem}</p>}
        {runs.length > 0 && (
          <p className={styles.session}>
            Session: {sessionInvocations} invocation{sessionInvocations === 1 ? '' : 's'}, ${sessionUsd.toFixed(12).replace(/0+$/, '').replace(/\.$/, '')} in total.
            Durations are simulated: the handler runs in QuickJS (WebAssembly), slower than Node.js on Lambda.
          </p>
        )}
        <RunOutputList runs={runs} />
      </div>
    </section>
  );
}
