import {useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type ReactNode} from 'react';
import {checkFunctions, hasErrors} from '@site/src/core/limits/checkFunctions.ts';
import {DEFAULT_FORM, formToConfig, type LimitsForm} from '@site/src/core/limits/formToConfig.ts';
import type {CheckReport, Finding, FunctionConfig} from '@site/src/core/limits/types.ts';
import {EXAMPLES, type ExampleId} from './examples.ts';
import BillPanel from './BillPanel.tsx';
import {FunctionFindings, summarize} from './FindingsList.tsx';
import {resultProps, ResultBoundary, withWidgetBoundary} from '@site/src/components/WidgetStatus';
import FormPanel from './FormPanel.tsx';
import {useTeamConfig} from '@site/src/utils/teamConfig';
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
function LimitsChecker({initialTemplate}: {readonly initialTemplate?: string}): ReactNode {
  const id = useId();
  const [today, setToday] = useState(DATA_DATE);
  // A page can open the checker on a small template of its own (the template mode, pre-filled).
  const [mode, setMode] = useState<Mode>(initialTemplate ? 'template' : 'form');
  // The team configuration's default Region and architecture start the form (lambda-lab.team.json).
  const team = useTeamConfig();
  const [form, setForm] = useState<LimitsForm>(() => ({
    ...DEFAULT_FORM,
    ...(team.defaultsSet.region ? {region: team.region} : {}),
    ...(team.defaultsSet.architecture ? {architecture: team.architecture} : {}),
  }));
  const [text, setText] = useState(initialTemplate ?? '');
  const [policyText, setPolicyText] = useState(team.policy?.text ?? '');
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
      Promise.all([import('@site/src/core/limits/parse/parseConfigText.ts'), import('@site/src/core/limits/policy.ts'), import('yaml')])
        .then(([{parseConfigText, FORMAT_LABELS}, {readPolicy}, {parse: parseYaml}]) => {
          if (current !== generation.current) return;
          const parsed = parseConfigText(text);
          if (!parsed.ok) {
            setTemplate((previous) => ({...previous, error: parsed.error, stale: previous.report !== undefined}));
            return;
          }
          // The same policy file as `lambda-lab check --policy` (docs/tools/policy.md).
          let policy;
          if (policyText.trim() !== '') {
            let document: unknown;
            try {
              document = parseYaml(policyText);
            } catch (error) {
              setTemplate((previous) => ({...previous, error: `Team policy: not valid YAML or JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`, stale: previous.report !== undefined}));
              return;
            }
            const read = readPolicy(document, 'the team policy given here');
            if (!read.ok) {
              setTemplate((previous) => ({...previous, error: `Team policy: ${read.error}.`, stale: previous.report !== undefined}));
              return;
            }
            policy = read.value;
          }
          setTemplate({format: FORMAT_LABELS[parsed.value.format], report: checkFunctions(parsed.value.functions, {today, ...(policy ? {policy} : {})}, parsed.value.templateFindings), functions: parsed.value.functions, stale: false});
        })
        .catch((error: unknown) => {
          if (current === generation.current) setTemplate((previous) => ({...previous, error: `The parser could not be loaded: ${error instanceof Error ? error.message : String(error)}`, stale: previous.report !== undefined}));
        });
    }, 250);
    return () => clearTimeout(timer);
  }, [text, policyText, mode, today]);

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

  // A form field in error: no verdict (never "No problems found"), findings withdrawn until it is fixed.
  const formErrorCount = mode === 'form' ? Object.keys(formResult.fieldErrors).length : 0;
  const report = mode === 'form' ? (formErrorCount > 0 ? null : formReport) : template.report;
  const pricedFunctions = useMemo(() => (mode === 'form' ? [formResult.config] : template.functions ?? []), [mode, formResult, template.functions]);
  const status = (() => {
    if (mode === 'template' && text.trim() === '') return 'Paste or load a template to check it.';
    if (formErrorCount > 0) return `Not checked: ${formErrorCount} field${formErrorCount === 1 ? '' : 's'} above ${formErrorCount === 1 ? 'needs' : 'need'} fixing first (marked in red).`;
    if (!report) return template.error ? 'The input could not be read.' : 'Checking…';
    const findings = allFindings(report);
    const verdict = hasErrors(report) ? 'This configuration will fail.' : findings.some((f) => f.severity === 'warning') ? 'This configuration deploys, with warnings.' : 'No problems found.';
    return `${report.functions.length} function${report.functions.length === 1 ? '' : 's'} checked: ${summarize(findings)}. ${verdict}${template.stale && mode === 'template' ? ' (Showing the last input that could be read.)' : ''}`;
  })();

  return (
    <div className={styles.checker} data-testid="limits-checker" data-widget="limits-checker">
      <div role="radiogroup" aria-label="What to check" className={styles.modes}>
        {(['form', 'template'] as const).map((value) => (
          <label key={value} className={mode === value ? styles.modeActive : styles.mode}>
            <input type="radio" name={`${id}-mode`} value={value} checked={mode === value} onChange={() => setMode(value)} />
            {value === 'form' ? 'Describe a function' : 'Paste a template or command'}
          </label>
        ))}
      </div>

      {team.policy ? (
        <p className={styles.hint} data-testid="team-policy">
          {`${team.name}'s policy file ${team.policy.file} is part of this site; in CI run `}
          <code>{`lambda-lab check --policy ${team.policy.file}`}</code>.
        </p>
      ) : null}

      {report ? (
        <p className={styles.jump}>
          <a href={`#${id}-findings`}>Go to findings</a> ({summarize(allFindings(report))})
        </p>
      ) : null}

      {mode === 'form' ? (
        <FormPanel form={form} errors={formResult.fieldErrors} onChange={setForm} />
      ) : (
        <div className={styles.templatePanel}>
          <label htmlFor={`${id}-template`}>SAM / CloudFormation template (YAML or JSON), CDK output (cdk.out/*.template.json), Terraform plan (terraform show -json), serverless.yml, or aws lambda commands</label>
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
          <details className={styles.policy} open={policyText !== ''}>
            <summary>Team policy (optional)</summary>
            <label htmlFor={`${id}-policy`}>Your team's rules on top of AWS's, as in lambda-lab check --policy (YAML: runtimes, architectures, memory, timeout, tags, reservedConcurrency, eventSources)</label>
            <textarea id={`${id}-policy`} className={styles.templateInput} rows={6} spellCheck={false} value={policyText} placeholder={'runtimes: [nodejs24.x, python3.13]\narchitectures: [arm64]\nmemory: {max: 3008}'} onChange={(event) => setPolicyText(event.target.value)} />
          </details>
          {template.error ? (
            <p id={`${id}-template-error`} role="alert" className={styles.parseError}>
              {template.error}
            </p>
          ) : null}
          {template.format && !template.error ? <p className={styles.hint}>Read as: {template.format}.</p> : null}
        </div>
      )}

      <div className={styles.results}>
        <h2 className={styles.resultsHeading} id={`${id}-findings`} tabIndex={-1}>
          Findings
        </h2>
        <p aria-live="polite" className={styles.status} data-testid="limits-status">
          {status}
        </p>
        <ResultBoundary what="findings" resetKey={mode === 'form' ? form : text}>
        <div className={template.stale && mode === 'template' ? styles.stale : undefined} data-result="" data-stale={template.stale && mode === 'template' ? 'true' : 'false'}>
          {report?.account.length ? (
            <FunctionFindings report={{name: 'Across the template (all functions together)', findings: report.account}} />
          ) : null}
          {report?.functions.map((fn) => <FunctionFindings key={fn.name} report={fn} />)}
        </div>
        </ResultBoundary>
      </div>
      <ResultBoundary what="bill" resetKey={pricedFunctions}>
        <div {...resultProps(formErrorCount > 0)}>
          <BillPanel functions={pricedFunctions} />
        </div>
      </ResultBoundary>
    </div>
  );
}

export default withWidgetBoundary(LimitsChecker, 'limits checker');
