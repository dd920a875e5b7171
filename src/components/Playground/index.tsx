/**
 * The handler playground: edit a Lambda handler, pick an event, press Run and watch what Lambda
 * would do. The page ships only a static view of the code; Monaco loads when the user starts
 * editing, and the sandbox (QuickJS in a Web Worker) on the first Run. A shared link fills the
 * form but never runs anything until Run is pressed.
 */
import {useColorMode} from '@docusaurus/theme-common';
import React, {Suspense, useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {EVENT_TEMPLATES, findEventTemplate, readEventField, writeEventField} from '../../data/events';
import type {EditorApi} from './CodeEditor';
import type {OutputLine, RunView} from './runPlayground';
import {SAMPLES} from './samples';
import {decodeState, encodeState, type InvocationMode, type PlaygroundState} from './shareState';
import styles from './styles.module.css';

const EDITOR_HEIGHT = 380;
const LazyEditor = React.lazy(() => import('./CodeEditor'));

function initialState(): PlaygroundState {
  const sample = SAMPLES[0]!;
  const template = findEventTemplate(sample.templateId)!;
  return {code: sample.code, language: sample.language, templateId: template.id, eventText: JSON.stringify(template.event, null, 2), memoryMB: 128, timeoutSeconds: 3, envText: 'STAGE=dev', mode: 'sync'};
}

const MODES: {value: InvocationMode; label: string}[] = [
  {value: 'sync', label: 'Synchronous (RequestResponse)'},
  {value: 'async', label: 'Asynchronous (Event): retries and destinations'},
  {value: 'sqs', label: 'SQS batch: partial batch response'},
  {value: 'stream', label: 'Stream batch: bisect on error'},
];

/** The code as plain text, with the editor's height reserved so nothing jumps when Monaco mounts. */
function StaticCode({code, onActivate}: {code: string; onActivate(): void}): React.JSX.Element {
  return (
    <pre className={styles.staticCode} style={{height: EDITOR_HEIGHT}} tabIndex={0} aria-label="Handler code (press Enter or click to edit)"
      onPointerDown={onActivate} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onActivate(); } }}>
      {code}
    </pre>
  );
}

/** One run's output as text (React escapes it; nothing is ever parsed as HTML). Memoised: old runs do not re-render. */
const RunOutput = React.memo(function RunOutput({view, number}: {view: RunView; number: number}): React.JSX.Element {
  return (
    <pre className={styles.log} aria-label={`Run ${number} output`} tabIndex={0}>
      {view.lines.map((line: OutputLine, j) => (
        <span key={j} className={styles[line.kind]}>{line.text}{'\n'}</span>
      ))}
    </pre>
  );
});

export default function Playground(): React.JSX.Element {
  const {colorMode} = useColorMode();
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
    void import('./runPlayground').then((m) => m.disposeSandbox());
  }, []);

  const update = useCallback(<K extends keyof PlaygroundState>(key: K, value: PlaygroundState[K]) => setState((s) => ({...s, [key]: value})), []);

  const onEditorReady = useCallback((api: EditorApi) => {
    editorApi.current = api;
    for (const resolve of editorReady.current.splice(0)) resolve(api);
  }, []);

  const waitForEditor = useCallback((): Promise<EditorApi> => {
    if (editorApi.current) return Promise.resolve(editorApi.current);
    setEditorWanted(true);
    return new Promise((resolve) => editorReady.current.push(resolve));
  }, []);

  const template = findEventTemplate(state.templateId);
  const parsedEvent = useMemo(() => {
    try {
      return JSON.parse(state.eventText) as unknown;
    } catch {
      return undefined;
    }
  }, [state.eventText]);

  const run = useCallback(async (forceCold: boolean) => {
    setRunning(true);
    setProblem(undefined);
    setStatus(forceCold ? 'Running (forced cold start)…' : 'Running…');
    try {
      const javascript = state.language === 'typescript' ? await (await waitForEditor()).toJavaScript() : state.code;
      const {runPlayground} = await import('./runPlayground');
      const view = await runPlayground(state, javascript, forceCold);
      if ('error' in view) {
        setProblem(view.error);
        setStatus(`Not run: ${view.error}`);
      } else {
        setRuns((r) => [view, ...r].slice(0, 20));
        setStatus(view.summary);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setProblem(message);
      setStatus(`The playground failed: ${message}`);
    } finally {
      setRunning(false);
    }
  }, [state, waitForEditor]);

  const sessionUsd = runs.reduce((sum, r) => sum + r.costUsd, 0);
  const sessionInvocations = runs.reduce((n, r) => n + r.outcomes.length, 0);

  return (
    <section className={styles.playground} aria-label="Handler playground">
      {fromLink && (
        <p className={styles.notice} role="note">
          This playground was filled from a shared link. Read the code before you press Run: nothing has run yet.
        </p>
      )}
      <div className={styles.toolbar}>
        <label className={styles.field}>
          <span>Sample handler</span>
          <select value="" onChange={(e) => {
            const sample = SAMPLES.find((s) => s.id === e.target.value);
            if (!sample) return;
            const t = findEventTemplate(sample.templateId)!;
            setState((s) => ({...s, code: sample.code, language: sample.language, templateId: t.id, eventText: JSON.stringify(t.event, null, 2)}));
          }}>
            <option value="" disabled>Load a sample…</option>
            {SAMPLES.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
          </select>
        </label>
        <label className={styles.field}>
          <span>Language</span>
          <select value={state.language} onChange={(e) => update('language', e.target.value as PlaygroundState['language'])}>
            <option value="typescript">TypeScript (index.ts)</option>
            <option value="javascript">JavaScript (index.mjs / CommonJS)</option>
          </select>
        </label>
      </div>

      <div className={styles.editor} style={{minHeight: EDITOR_HEIGHT}}>
        {editorWanted ? (
          <Suspense fallback={<StaticCode code={state.code} onActivate={() => undefined} />}>
            <LazyEditor value={state.code} language={state.language} dark={colorMode === 'dark'} height={EDITOR_HEIGHT} onChange={(v) => update('code', v)} onReady={onEditorReady} />
          </Suspense>
        ) : (
          <StaticCode code={state.code} onActivate={() => setEditorWanted(true)} />
        )}
      </div>

      <div className={styles.settings}>
        <label className={styles.field}>
          <span>Event template</span>
          <select value={state.templateId} onChange={(e) => {
            const t = findEventTemplate(e.target.value);
            if (t) setState((s) => ({...s, templateId: t.id, eventText: JSON.stringify(t.event, null, 2)}));
          }}>
            {[...new Set(EVENT_TEMPLATES.map((t) => t.service))].map((service) => (
              <optgroup key={service} label={service}>
                {EVENT_TEMPLATES.filter((t) => t.service === service).map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>Memory (MB, 128–10,240)</span>
          <input type="number" min={128} max={10240} step={1} value={state.memoryMB} onChange={(e) => update('memoryMB', Number(e.target.value))} />
        </label>
        <label className={styles.field}>
          <span>Timeout (seconds, 1–900)</span>
          <input type="number" min={1} max={900} step={1} value={state.timeoutSeconds} onChange={(e) => update('timeoutSeconds', Number(e.target.value))} />
        </label>
        <label className={styles.field}>
          <span>Invocation</span>
          <select value={state.mode} onChange={(e) => update('mode', e.target.value as InvocationMode)}>
            {MODES.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
          </select>
        </label>
      </div>

      {template && template.fields.length > 0 && parsedEvent !== undefined && (
        <fieldset className={styles.eventFields}>
          <legend>Common fields of the {template.name} event</legend>
          {template.fields.map((f) => {
            const value = readEventField(parsedEvent, f.path);
            if (value !== null && typeof value === 'object') return null;
            return (
              <label key={f.label} className={styles.field}>
                <span>{f.label}</span>
                <input type="text" value={value === undefined ? '' : String(value)} onChange={(e) => {
                  const next = typeof value === 'number' && e.target.value.trim() !== '' && Number.isFinite(Number(e.target.value)) ? Number(e.target.value) : e.target.value;
                  update('eventText', JSON.stringify(writeEventField(parsedEvent, f.path, next), null, 2));
                }} />
              </label>
            );
          })}
        </fieldset>
      )}

      <details className={styles.details}>
        <summary>Event JSON and environment variables</summary>
        <label className={styles.field}>
          <span>Event (JSON)</span>
          <textarea rows={10} spellCheck={false} value={state.eventText} onChange={(e) => update('eventText', e.target.value)} />
        </label>
        <label className={styles.field}>
          <span>Environment variables (KEY=VALUE per line; Lambda&apos;s reserved names are refused)</span>
          <textarea rows={3} spellCheck={false} value={state.envText} onChange={(e) => update('envText', e.target.value)} />
        </label>
      </details>

      <div className={styles.actions}>
        <button type="button" className="button button--primary" disabled={running} onClick={() => void run(false)}>Run</button>
        <button type="button" className="button button--secondary" disabled={running} onClick={() => void run(true)}>Run with a cold start</button>
        <button type="button" className="button button--secondary" disabled={runs.length === 0} onClick={() => setRuns([])}>Clear output</button>
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
        {runs.map((view) => <RunOutput key={view.id} view={view} number={view.id} />)}
      </div>
    </section>
  );
}
