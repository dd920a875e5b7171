import {useEffect, useId, useMemo, useState, type ChangeEvent, type ReactNode} from 'react';
import {designToCsv, designToJson, designToMarkdown, DESIGN_PRESETS, estimateDesign, formatUsage, readDesign, readUsage, usageKeysFor, usageTemplate, type Design, type DesignEstimate} from '@site/src/core/design';
import type {FreeTierMode} from '@site/src/core/pricing/services/types';
import DesignBill from './DesignBill';
import {decodeDesign, encodeDesign, MAX_TEXT, type DesignShare} from './shareDesign';
import styles from './styles.module.css';

type Outcome = {design?: Design; estimate?: DesignEstimate; error?: string};

/** Template + usage → bill, or the first error as one sentence with where it is. */
function price(state: DesignShare): Outcome {
  if (state.template.trim() === '') return {error: 'Paste a template (SAM, CloudFormation, serverless.yml or cdk synth output) to price it.'};
  const design = readDesign(state.template);
  if (!design.ok) return {error: `Template: ${design.error}`};
  const usage = readUsage(state.usage, design.value);
  if (!usage.ok) return {design: design.value, error: `Usage: ${usage.error}`};
  return {design: design.value, estimate: estimateDesign(design.value, usage.value, {freeTier: state.freeTier})};
}

function download(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function readUpload(event: ChangeEvent<HTMLInputElement>): Promise<string | null> {
  const file = event.target.files?.[0];
  if (!file) return null;
  if (file.size > MAX_TEXT) return null;
  return file.text();
}

/** A form generated from the template: one number field per usage key of every priced resource. */
function UsageForm({design, usage, onChange}: {design: Design; usage: string; onChange: (text: string) => void}): ReactNode {
  const current = useMemo(() => {
    const read = readUsage(usage, design);
    return read.ok ? read.value.resources : null;
  }, [usage, design]);
  if (!current) return <p className={styles.muted}>Fix the usage text above to edit it as a form.</p>;
  const set = (id: string, key: string, text: string) => {
    const next: Record<string, Record<string, number>> = Object.fromEntries(Object.entries(current).map(([rid, keys]) => [rid, {...keys}]));
    const entry = (next[id] ??= {});
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || value < 0) delete entry[key];
    else entry[key] = value;
    onChange(formatUsage(next));
  };
  return (
    <div className={styles.form}>
      {design.resources.map((resource) => {
        const specs = usageKeysFor(resource, design);
        if (!specs?.length) return null;
        return (
          <fieldset key={resource.id}>
            <legend>
              <code>{resource.id}</code> <span className={styles.muted}>{resource.type}</span>
            </legend>
            {specs.map((spec) => {
              const fieldId = `usage-${resource.id}-${spec.key}`;
              return (
                <div key={spec.key} className={styles.formRow}>
                  <label htmlFor={fieldId}>{spec.key}</label>
                  <input id={fieldId} type="number" min={0} step="any" inputMode="decimal" value={current[resource.id]?.[spec.key] ?? ''} placeholder="not set" onChange={(event) => set(resource.id, spec.key, event.target.value)} aria-describedby={`${fieldId}-help`} />
                  <small id={`${fieldId}-help`}>{spec.description}</small>
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}

/**
 * The calculator's design view: paste or upload a template and a usage file (or edit usage in a
 * form generated from the template) and read the whole bill. Loaded only when opened.
 */
export default function DesignEstimateView(): ReactNode {
  const first = DESIGN_PRESETS[0]!;
  const [state, setState] = useState<DesignShare>({template: first.template, usage: first.usage, freeTier: 'always-free'});
  const [notice, setNotice] = useState<string | null>(null);
  const [showForm, setShowForm] = useState(false);
  const [copied, setCopied] = useState(false);
  const ids = {template: useId(), usage: useId(), free: useId(), preset: useId()};

  // A shared link is read once, validated; a bad one leaves the example in place and says why.
  useEffect(() => {
    if (!window.location.hash.startsWith('#design=')) return;
    const decoded = decodeDesign(window.location.hash);
    if (decoded.ok) setState(decoded.value);
    else setNotice(`This design link could not be used (${decoded.error}), so the view shows an example.`);
  }, []);

  const outcome = useMemo(() => price(state), [state]);
  const update = (patch: Partial<DesignShare>) => {
    setCopied(false);
    setState((current) => ({...current, ...patch}));
  };
  const share = async () => {
    const hash = encodeDesign(state);
    window.history.replaceState(null, '', hash);
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div className={styles.view} data-testid="design-view">
      {notice && (
        <p role="status" className={styles.notice}>
          {notice}
        </p>
      )}
      <div className={styles.controls}>
        <label htmlFor={ids.preset}>Start from an example</label>
        <select
          id={ids.preset}
          onChange={(event) => {
            const preset = DESIGN_PRESETS.find((entry) => entry.id === event.target.value);
            if (preset) update({template: preset.template, usage: preset.usage});
          }}
          defaultValue={first.id}
        >
          {DESIGN_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.title}
            </option>
          ))}
        </select>
        <label htmlFor={ids.free}>Free tier</label>
        <select id={ids.free} value={state.freeTier} onChange={(event) => update({freeTier: event.target.value as FreeTierMode})} data-testid="design-free-tier">
          <option value="always-free">Always-free allowances (default)</option>
          <option value="with-12-month">Also new accounts’ 12-month offers</option>
          <option value="none">None</option>
        </select>
      </div>
      <div className={styles.editors}>
        <div className={styles.editor}>
          <label htmlFor={ids.template}>Template (SAM, CloudFormation, serverless.yml, cdk synth)</label>
          <textarea id={ids.template} data-testid="design-template" spellCheck={false} rows={14} value={state.template} maxLength={MAX_TEXT} onChange={(event) => update({template: event.target.value})} />
          <label className={styles.upload}>
            Upload a template file{' '}
            <input type="file" accept=".yaml,.yml,.json,.template" onChange={async (event) => {
              const text = await readUpload(event);
              if (text === null) setNotice(`That file is empty or larger than ${MAX_TEXT.toLocaleString('en-US')} characters.`);
              else update({template: text});
            }} />
          </label>
        </div>
        <div className={styles.editor}>
          <label htmlFor={ids.usage}>Usage (infracost format: version 0.1, resource_usage by logical ID)</label>
          <textarea id={ids.usage} data-testid="design-usage" spellCheck={false} rows={14} value={state.usage} maxLength={MAX_TEXT} onChange={(event) => update({usage: event.target.value})} />
          <div className={styles.buttons}>
            <label className={styles.upload}>
              Upload a usage file{' '}
              <input type="file" accept=".yaml,.yml,.json" onChange={async (event) => {
                const text = await readUpload(event);
                if (text !== null) update({usage: text});
              }} />
            </label>
            <button type="button" disabled={!outcome.design} onClick={() => outcome.design && update({usage: usageTemplate(outcome.design)})}>
              Usage file from this template
            </button>
            <button type="button" aria-expanded={showForm} onClick={() => setShowForm((open) => !open)}>
              {showForm ? 'Hide the usage form' : 'Edit usage as a form'}
            </button>
          </div>
        </div>
      </div>
      {showForm && outcome.design && <UsageForm design={outcome.design} usage={state.usage} onChange={(usage) => update({usage})} />}
      {outcome.error && (
        <p role="alert" className={styles.error} data-testid="design-error">
          {outcome.error}
        </p>
      )}
      {outcome.estimate && (
        <>
          <div className={styles.buttons}>
            <button type="button" onClick={share}>
              {copied ? 'Link copied' : 'Copy share link'}
            </button>
            <button type="button" onClick={() => download('design-estimate.csv', 'text/csv', designToCsv(outcome.estimate!))}>
              Export CSV
            </button>
            <button type="button" onClick={() => download('design-estimate.json', 'application/json', designToJson(outcome.estimate!))}>
              Export JSON
            </button>
            <button type="button" onClick={() => download('design-estimate.md', 'text/markdown', designToMarkdown(outcome.estimate!))}>
              Export Markdown
            </button>
          </div>
          <DesignBill estimate={outcome.estimate} />
        </>
      )}
    </div>
  );
}
