/**
 * The playground's form: samples, language, the code (a static view until Monaco is wanted),
 * settings, the event and environment variables. Memoised: a Run changes only the output, so
 * the form (with its long template list) is not re-rendered on the way to showing it.
 */
import {useColorMode} from '@docusaurus/theme-common';
import React, {Suspense, useCallback, useMemo} from 'react';
import {EVENT_TEMPLATES, findEventTemplate, readEventField, writeEventField} from '../../data/events';
import type {EditorApi} from './CodeEditor';
import {EphemeralStorageField} from './EphemeralStorageField';
import {MocksPanel} from './MocksPanel';
import {RuntimeSelect} from './RuntimeSelect';
import {PythonRuntimeSelect} from './PythonRuntimeSelect';
import {DEFAULT_PYTHON_RUNTIME} from '../../core/runtime/python/pythonRuntimes';
import {SAMPLES} from './samples';
import type {InvocationMode, PlaygroundState} from './shareState';
import styles from './styles.module.css';

export const EDITOR_HEIGHT = 380;
const LazyEditor = React.lazy(() => import('./CodeEditor'));

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

export interface PlaygroundFormProps {
  readonly state: PlaygroundState;
  readonly setState: React.Dispatch<React.SetStateAction<PlaygroundState>>;
  readonly editorWanted: boolean;
  onWantEditor(): void;
  onEditorReady(api: EditorApi): void;
}

export const PlaygroundForm = React.memo(function PlaygroundForm({state, setState, editorWanted, onWantEditor, onEditorReady}: PlaygroundFormProps): React.JSX.Element {
  const {colorMode} = useColorMode();
  const update = useCallback(<K extends keyof PlaygroundState>(key: K, value: PlaygroundState[K]) => setState((s) => ({...s, [key]: value})), [setState]);
  const template = findEventTemplate(state.templateId);
  const parsedEvent = useMemo(() => {
    try {
      return JSON.parse(state.eventText) as unknown;
    } catch {
      return undefined;
    }
  }, [state.eventText]);

  return (
    <>
        <div className={styles.toolbar}>
          <label className={styles.field}>
            <span>Sample handler</span>
            <select value="" onChange={(e) => {
              const sample = SAMPLES.find((s) => s.id === e.target.value);
              if (!sample) return;
              const t = findEventTemplate(sample.templateId)!;
              setState((s) => ({...s, code: sample.code, language: sample.language, templateId: t.id, eventText: JSON.stringify(t.event, null, 2), ...(sample.mocks !== undefined ? {mocksText: sample.mocks} : {}), runtime: sample.runtime ?? 'nodejs24.x'}));
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
              <option value="python">Python (lambda_function.py, runs in Pyodide)</option>
            </select>
          </label>
        </div>

        <div className={styles.editor} style={{minHeight: EDITOR_HEIGHT}}>
          {editorWanted ? (
            <Suspense fallback={<StaticCode code={state.code} onActivate={() => undefined} />}>
              <LazyEditor value={state.code} language={state.language} dark={colorMode === 'dark'} height={EDITOR_HEIGHT} onChange={(v) => update('code', v)} onReady={onEditorReady} />
            </Suspense>
          ) : (
            <StaticCode code={state.code} onActivate={onWantEditor} />
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
          <EphemeralStorageField value={state.ephemeralStorage ?? '512 MB'} onChange={(v) => update('ephemeralStorage', v)} />
          {state.language === 'python'
            ? <PythonRuntimeSelect value={state.pythonRuntime ?? DEFAULT_PYTHON_RUNTIME} onChange={(v) => update('pythonRuntime', v)} />
            : <RuntimeSelect value={state.runtime ?? 'nodejs24.x'} onChange={(v) => update('runtime', v)} />}
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
                  {/* Any text is valid here: it goes into the event as typed (data-any-text tells the widget harness). */}
                  <input type="text" data-any-text="" value={value === undefined ? '' : String(value)} onChange={(e) => {
                    const next = typeof value === 'number' && e.target.value.trim() !== '' && Number.isFinite(Number(e.target.value)) ? Number(e.target.value) : e.target.value;
                    update('eventText', JSON.stringify(writeEventField(parsedEvent, f.path, next), null, 2));
                  }} />
                </label>
              );
            })}
          </fieldset>
        )}

        <details className={styles.details}>
          <summary>Event JSON, AWS mocks and environment variables</summary>
          <label className={styles.field}>
            <span>Event (JSON)</span>
            <textarea rows={10} spellCheck={false} value={state.eventText} onChange={(e) => update('eventText', e.target.value)} />
          </label>
          <MocksPanel value={state.mocksText ?? ''} onChange={(v) => update('mocksText', v)} />
          <label className={styles.field}>
            <span>Environment variables (KEY=VALUE per line; Lambda&apos;s reserved names are refused)</span>
            <textarea rows={3} spellCheck={false} value={state.envText} onChange={(e) => update('envText', e.target.value)} />
          </label>
        </details>
    </>
  );
});
