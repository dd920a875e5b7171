import {useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type ReactNode} from 'react';
import {checkFunctions, hasErrors} from '@site/src/core/limits/checkFunctions.ts';
import {DEFAULT_FORM, formToConfig, type LimitsForm} from '@site/src/core/limits/formToConfig.ts';
import type {CheckReport, Finding, FunctionConfig} from '@site/src/core/limits/types.ts';
import {EXAMPLES, type ExampleId} from './examples.ts';
import BillPanel from './BillPanel.tsx';
import {FunctionFindings, summarize} from './FindingsList.tsx';
import FormPanel from './FormPanel.tsx';
import styles from './styles.module.css';

/** Until the browser says what day it is, judge runtimes on the day the runtime data was read (same on server and client). */
const DATA_DATE = '2026-11-24';
const MAX_FILE_BYTES = 2 * 1024 * 1024;

type Mode = 'form' | 'template';

interface TemplateState {
  readonly error?: string;
  readonly format?: string;
  /** The last report that could be computed: kept while the text is malformed. */
  readonly report?: CheckReport;
  /** The functions behind `report`, for the bill. */
  readonly functions?: readonly FunctionConfig[];
  readonly stale: boolean;
}

function allFindings(report: CheckReport): Finding[] {
  return [...report.account, ...report.functions.flatMap((fn) => fn.findings)];
}

/** Checks a function's settings, or a pasted template, against every Lambda quota. */
export default function LimitsChecker(): ReactNode {
  const id = useId();
  const [today, setToday] = useState(DATA_DATE);
  const [mode, setMode] = useState<Mode>('form');
  const [form, setForm] = useState<LimitsForm>(DEFAULT_FORM);
  const [text, setText] = useState('');
  const [template, setTemplate] = useState<TemplateState>({stale: false});
  const [fileMessage, setFileMessage] = useState('');
  const generation = useRef(0);

  useEffect(() => setToday(new Date().toISOString().slice(0, 10)), []);

  const formResult = useMemo(() => formToConfig(form), [form]);
  const formReport = useMemo(
    () =>
      checkFunctions([formResult.config], {
        today,
        account: {
          ...(formResult.accountConcurrency !== undefined ? {concurrencyLimit: formResult.accountConcurrency} : {}),
          ...(formResult.codeStorageGB !== undefined ? {codeStorageUsedGB: formResult.codeStorageGB} : {}),
        },
      }),
    [formResult, today],
  );

  // Parse the template a moment after typing stops; the YAML parser loads on first use only.
  useEffect(() => {
    if (mode !== 'template') return undefined;
    const current = ++generation.current;
    if (text.trim() === '') {
      setTemplate({stale: false});
      return undefined;
    }
    const timer = setTimeout(() => {
      import('@site/src/core/limits/parse/parseConfigText.ts')
        .then(({parseConfigText, FORMAT_LABELS}) => {
          if (current !== generation.current) return;
          const parsed = parseConfigText(text);
          if (!parsed.ok) {
            setTemplate((previous) => ({...previous, error: parsed.error, stale: previous.report !== undefined}));
            return;
          }
          setTemplate({format: FORMAT_LABELS[parsed.value.format], report: checkFunctions(parsed.value.functions, {today}), functions: parsed.value.functions, stale: false});
        })
        .catch((error: unknown) => {
          if (current === generation.current) setTemplate((previous) => ({...previous, error: `The parser could not be loaded: ${error instanceof Error ? error.message : String(error)}`, stale: previous.report !== undefined}));
        });
    }, 250);
    return () => clearTimeout(timer);
  }, [text, mode, today]);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileMessage(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the checker reads files up to 2 MB.`);
      return;
    }
    file.text().then(
      (content) => {
        setFileMessage(`Loaded ${file.name}.`);
        setText(content);
      },
      () => setFileMessage(`${file.name} could not be read.`),
    );
  };

  const report = mode === 'form' ? formReport : template.report;
  const pricedFunctions = useMemo(() => (mode === 'form' ? [formResult.config] : template.functions ?? []), [mode, formResult, template.functions]);
  const status = (() => {
    if (mode === 'template' && text.trim() === '') return 'Paste or load a template to check it.';
    if (!report) return template.error ? 'The input could not be read.' : 'Checking…';
    const findings = allFindings(report);
    const verdict = hasErrors(report) ? 'This configuration will fail.' : findings.some((f) => f.severity === 'warning') ? 'This configuration deploys, with warnings.' : 'No problems found.';
    return `${report.functions.length} function${report.functions.length === 1 ? '' : 's'} checked: ${summarize(findings)}. ${verdict}${template.stale && mode === 'template' ? ' (Showing the last input that could be read.)' : ''}`;
  })();

  return (
    <div className={styles.checker} data-testid="limits-checker">
      <div role="radiogroup" aria-label="What to check" className={styles.modes}>
        {(['form', 'template'] as const).map((value) => (
          <label key={value} className={mode === value ? styles.modeActive : styles.mode}>
            <input type="radio" name={`${id}-mode`} value={value} checked={mode === value} onChange={() => setMode(value)} />
            {value === 'form' ? 'Describe a function' : 'Paste a template or command'}
          </label>
        ))}
      </div>

      {mode === 'form' ? (
        <FormPanel form={form} errors={formResult.fieldErrors} onChange={setForm} />
      ) : (
        <div className={styles.templatePanel}>
          <label htmlFor={`${id}-template`}>SAM / CloudFormation template (YAML or JSON), serverless.yml, or aws lambda commands</label>
          <textarea
            id={`${id}-template`}
            className={styles.templateInput}
            rows={16}
            spellCheck={false}
            value={text}
            aria-describedby={template.error ? `${id}-template-error` : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          <div className={styles.templateTools}>
            <label htmlFor={`${id}-file`}>Or load a file</label>
            <input id={`${id}-file`} type="file" accept=".yaml,.yml,.json,.template,.sh,.txt" onChange={onFile} />
            <span className={styles.examples}>
              Examples:{' '}
              {(Object.keys(EXAMPLES) as ExampleId[]).map((example) => (
                <button key={example} type="button" className="button button--sm button--secondary" onClick={() => setText(EXAMPLES[example])}>
                  {example === 'sam' ? 'SAM' : example === 'serverless' ? 'serverless.yml' : 'AWS CLI'}
                </button>
              ))}
            </span>
            {fileMessage ? <span className={styles.hint}>{fileMessage}</span> : null}
          </div>
          {template.error ? (
            <p id={`${id}-template-error`} role="alert" className={styles.parseError}>
              {template.error}
            </p>
          ) : null}
          {template.format && !template.error ? <p className={styles.hint}>Read as: {template.format}.</p> : null}
        </div>
      )}

      <div className={styles.results}>
        <h3 className={styles.resultsHeading}>Findings</h3>
        <p aria-live="polite" className={styles.status} data-testid="limits-status">
          {status}
        </p>
        <div className={template.stale && mode === 'template' ? styles.stale : undefined}>
          {report?.account.length ? (
            <FunctionFindings report={{name: 'All functions together (account)', findings: report.account}} />
          ) : null}
          {report?.functions.map((fn) => <FunctionFindings key={fn.name} report={fn} />)}
        </div>
      </div>
      <BillPanel functions={pricedFunctions} />
    </div>
  );
}
