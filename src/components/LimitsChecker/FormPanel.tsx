import {useId, type ReactNode} from 'react';
import {EDGE_TRIGGERS} from '@site/src/data/edgeLimits.ts';
import {RUNTIMES} from '@site/src/data/runtimes.ts';
import type {LimitsForm} from '@site/src/core/limits/formToConfig.ts';
import styles from './styles.module.css';

interface Props {
  readonly form: LimitsForm;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (form: LimitsForm) => void;
}

type TextKey = {[K in keyof LimitsForm]: LimitsForm[K] extends string ? K : never}[keyof LimitsForm];
type FlagKey = {[K in keyof LimitsForm]: LimitsForm[K] extends boolean ? K : never}[keyof LimitsForm];

/** The function's settings as a form; every input has a label and its own error line. */
export default function FormPanel({form, errors, onChange}: Props): ReactNode {
  const id = useId();
  const update = <K extends keyof LimitsForm>(key: K, value: LimitsForm[K]) => onChange({...form, [key]: value});
  const text = (key: TextKey, label: string, hint?: string, inputMode: 'numeric' | 'text' = 'numeric') => (
    <div className={styles.field}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        name={key}
        value={form[key]}
        inputMode={inputMode}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] || hint ? `${id}-${key}-help` : undefined}
        onChange={(event) => update(key, event.target.value)}
      />
      {errors[key] || hint ? (
        <span id={`${id}-${key}-help`} className={errors[key] ? styles.fieldError : styles.hint}>
          {errors[key] ?? hint}
        </span>
      ) : null}
    </div>
  );
  const flag = (key: FlagKey, label: string) => (
    <div className={styles.check}>
      <input id={`${id}-${key}`} type="checkbox" name={key} checked={form[key]} onChange={(event) => update(key, event.target.checked)} />
      <label htmlFor={`${id}-${key}`}>{label}</label>
    </div>
  );
  const select = (key: TextKey, label: string, options: readonly (readonly [string, string])[]) => (
    <div className={styles.field}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} name={key} value={form[key]} onChange={(event) => update(key, event.target.value)}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className={styles.form}>
      <fieldset>
        <legend>Function</legend>
        {text('name', 'Function name', '1–64 letters, digits, - and _', 'text')}
        {select('packageType', 'Package type', [['Zip', '.zip archive'], ['Image', 'Container image']])}
        {select('runtime', 'Runtime', RUNTIMES.map((runtime) => [runtime.id, `${runtime.name} (${runtime.id})`] as const))}
        {text('handler', 'Handler', undefined, 'text')}
        {select('architecture', 'Architecture', [['x86_64', 'x86_64'], ['arm64', 'arm64 (Graviton)']])}
        {text('region', 'Region', undefined, 'text')}
      </fieldset>
      <fieldset>
        <legend>Resources</legend>
        {text('memoryMB', 'Memory (MB)', '128–10,240')}
        {text('timeoutSeconds', 'Timeout (s)', '1–900')}
        {text('ephemeralStorageMB', 'Ephemeral storage /tmp (MB)', '512–10,240')}
      </fieldset>
      <fieldset>
        <legend>Code and configuration</legend>
        <div className={styles.field}>
          <label htmlFor={`${id}-environment`}>Environment variables (KEY=value per line)</label>
          <textarea
            id={`${id}-environment`}
            name="environment"
            rows={3}
            value={form.environment}
            aria-invalid={errors['environment'] ? true : undefined}
            aria-describedby={errors['environment'] ? `${id}-environment-help` : undefined}
            onChange={(event) => update('environment', event.target.value)}
          />
          {errors['environment'] ? (
            <span id={`${id}-environment-help`} className={styles.fieldError}>
              {errors['environment']}
            </span>
          ) : null}
        </div>
        {text('layers', 'Number of layers', 'at most 5')}
        {text('zippedMB', form.packageType === 'Image' ? 'Image size (MB, uncompressed)' : 'Zipped package (MB)', form.packageType === 'Image' ? 'at most 10 GB' : '50 MB direct upload')}
        {form.packageType === 'Zip' ? text('unzippedMB', 'Unzipped, with layers (MB)', 'at most 250 MB') : null}
        {text('resourcePolicyKB', 'Resource-based policy (KB)', 'at most 20 KB')}
      </fieldset>
      <fieldset>
        <legend>Concurrency and features</legend>
        {text('accountConcurrency', 'Account concurrency quota', 'default 1,000')}
        {text('codeStorageGB', 'Code storage used in the Region (GB)', 'at most 300 GB')}
        {text('reservedConcurrency', 'Reserved concurrency', 'empty: none')}
        {text('provisionedConcurrency', 'Provisioned concurrency', 'empty: none')}
        {flag('snapStart', 'SnapStart on published versions')}
        {flag('efs', 'Amazon EFS file system attached')}
        {flag('vpc', 'Attached to a VPC')}
        {select('edgeTrigger', 'Lambda@Edge trigger', [['', 'None (not Lambda@Edge)'], ...EDGE_TRIGGERS.map((trigger) => [trigger, trigger] as const)])}
      </fieldset>
      <fieldset>
        <legend>Event sources and payloads</legend>
        {select('api', 'API Gateway in front', [['', 'None'], ['rest', 'REST API (v1)'], ['http', 'HTTP API (v2)']])}
        {form.api ? text('apiTimeoutSeconds', 'Integration timeout (s)', form.api === 'rest' ? 'empty: 29 s default' : 'empty: 30 s') : null}
        {flag('sqs', 'Triggered by an SQS queue')}
        {form.sqs ? (
          <>
            {flag('sqsFifo', 'FIFO queue')}
            {text('sqsVisibilitySeconds', 'Queue visibility timeout (s)', 'default 30')}
            {text('sqsBatchSize', 'Batch size')}
            {text('sqsWindowSeconds', 'Batching window (s)', '0–300')}
          </>
        ) : null}
        {text('asyncEventKB', 'Largest async event (KB)', '1 MB = 1,024 KB')}
        {text('syncResponseKB', 'Largest sync response (KB)', '6 MB = 6,144 KB')}
      </fieldset>
    </div>
  );
}
