import React from 'react';
import TimeSeriesChart from '@site/src/components/TimeSeriesChart';
import {formatElapsed, parseTrafficScenario, simulateDeployment, summarizeDeployment} from '@site/src/core/simulate/traffic';
import type {TrafficRun} from '@site/src/core/simulate/traffic';
import {LAMBDA_DEPLOYMENT_CONFIGS} from '@site/src/data/deploymentConfigs';
import {TRAFFIC_PRESETS} from '@site/src/data/scenarios/trafficPresets';
import {NumberField, fieldText, problemFor} from '../SimulatorShell/NumberField';
import {resultProps, ResultBoundary, StaleNote, withWidgetBoundary} from '@site/src/components/WidgetStatus';
import {PresetSelect} from '../SimulatorShell/PresetSelect';
import shellStyles from '../SimulatorShell/styles.module.css';
import ownStyles from './styles.module.css';
import {TRAFFIC_LABELS, errorsLabel, trafficFieldLabel} from './fieldLabels';

const styles = {...shellStyles, ...ownStyles};

type Draft = Record<string, unknown>;
type HookChoice = 'none' | 'pass' | 'fail';

function clone(input: Readonly<Record<string, unknown>>): Draft {
  return JSON.parse(JSON.stringify(input)) as Draft;
}

const text = fieldText;
const obj = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

/**
 * The traffic-shifting simulator: a CodeDeploy deployment of a new version behind an alias, with
 * an error-rate alarm and validation hooks; shows each version's share of traffic over time.
 */
function TrafficShifting(): React.ReactElement {
  const id = React.useId();
  const [presetId, setPresetId] = React.useState(TRAFFIC_PRESETS[0]!.id);
  const [draft, setDraft] = React.useState<Draft>(() => clone(TRAFFIC_PRESETS[0]!.input));
  const parsed = React.useMemo(() => parseTrafficScenario(draft, trafficFieldLabel(draft)), [draft]);
  const lastGood = React.useRef<TrafficRun | null>(null);
  const run = React.useMemo(() => (parsed.ok ? simulateDeployment(parsed.value) : null), [parsed]);
  if (run) lastGood.current = run;
  const shown = run ?? lastGood.current;
  const preset = TRAFFIC_PRESETS.find((entry) => entry.id === presetId);

  const set = (change: (next: Draft) => void) =>
    setDraft((previous) => {
      const next = clone(previous);
      change(next);
      return next;
    });
  const setIn = (key: string, field: string, value: unknown) => set((next) => void (next[key] = {...obj(next[key]), [field]: value}));
  const hookChoice = (key: string): HookChoice => (next(draft[key]) ? (obj(draft[key]).result === 'fail' ? 'fail' : 'pass') : 'none');
  function next(value: unknown): boolean {
    return typeof value === 'object' && value !== null;
  }
  const setHook = (key: string, choice: HookChoice) =>
    set((draftNext) => {
      if (choice === 'none') delete draftNext[key];
      else draftNext[key] = {durationSeconds: obj(draftNext[key]).durationSeconds ?? 30, result: choice};
    });
  const alarmOn = next(draft.alarm);
  const from = obj(draft.from);
  const to = obj(draft.to);
  const alarm = obj(draft.alarm);

  // The parser's one error, shown under the field it names; `shownAt` records whether one did.
  const error = parsed.ok ? null : parsed.error;
  const shownAt: string[] = [];
  const number = (fieldId: string, label: string, value: unknown, onChange: (value: string) => void, hint?: string) => (
    <NumberField id={fieldId} label={label} value={value} onChange={onChange} min={0} problem={problemFor(error, label, shownAt)} {...(hint ? {hint} : {})} />
  );

  return (
    <section className={styles.simulator} aria-labelledby={`${id}-title`} data-widget="traffic-shifting">
      <h2 id={`${id}-title`} className={styles.title}>Traffic-shifting simulator</h2>
      <div className={styles.row}>
        <PresetSelect id={`${id}-preset`} presets={TRAFFIC_PRESETS} value={presetId} onPick={(picked) => {
          setPresetId(picked.id);
          setDraft(clone(picked.input));
        }} />
        <div className={styles.field}>
          <label htmlFor={`${id}-config`}>{TRAFFIC_LABELS.deploymentConfig}</label>
          <select id={`${id}-config`} value={text(draft.deploymentConfig)} onChange={(event) => set((n) => void (n.deploymentConfig = event.target.value))}>
            {LAMBDA_DEPLOYMENT_CONFIGS.map((config) => (
              <option key={config.samType} value={config.samType}>{config.name}</option>
            ))}
          </select>
        </div>
      </div>
      {preset ? <p className={styles.teaches}>{preset.teaches}</p> : null}

      <fieldset className={styles.group}>
        <legend>Versions and traffic</legend>
        <div className={styles.row}>
          {number(`${id}-rps`, TRAFFIC_LABELS.requestsPerSecond, draft.requestsPerSecond, (value) => set((n) => void (n.requestsPerSecond = value)))}
          {number(`${id}-from-errors`, errorsLabel(draft, 'from'), from.errorPercent ?? (Number(from.errorRate ?? 0) * 100), (value) => set((n) => void (n.from = {version: obj(n.from).version ?? 1, errorPercent: value})))}
          {number(`${id}-to-errors`, errorsLabel(draft, 'to'), to.errorPercent ?? (Number(to.errorRate ?? 0) * 100), (value) => set((n) => void (n.to = {version: obj(n.to).version ?? 2, errorPercent: value})))}
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Rollback alarm and hooks</legend>
        <div className={styles.row}>
          <div className={`${styles.field} ${styles.check}`}>
            <input id={`${id}-alarm`} type="checkbox" checked={alarmOn} onChange={(event) => set((n) => {
              if (event.target.checked) n.alarm = {metric: 'newVersionErrorRate', thresholdPercent: 5, periodSeconds: 60, evaluationPeriods: 1};
              else delete n.alarm;
            })} />
            <label htmlFor={`${id}-alarm`}>CloudWatch alarm rolls back</label>
          </div>
          {alarmOn ? (
            <>
              {number(`${id}-threshold`, TRAFFIC_LABELS['alarm.thresholdPercent'], alarm.thresholdPercent, (value) => setIn('alarm', 'thresholdPercent', value))}
              {number(`${id}-period`, TRAFFIC_LABELS['alarm.periodSeconds'], alarm.periodSeconds, (value) => setIn('alarm', 'periodSeconds', value), 'Lambda metrics: 60 s.')}
              {number(`${id}-periods`, TRAFFIC_LABELS['alarm.evaluationPeriods'], alarm.evaluationPeriods, (value) => setIn('alarm', 'evaluationPeriods', value))}
            </>
          ) : null}
        </div>
        <div className={styles.row}>
          {(['preTrafficHook', 'postTrafficHook'] as const).map((key) => (
            <div key={key} className={styles.field}>
              <label htmlFor={`${id}-${key}`}>{TRAFFIC_LABELS[key]}</label>
              <select id={`${id}-${key}`} value={hookChoice(key)} onChange={(event) => setHook(key, event.target.value as HookChoice)}>
                <option value="none">none</option>
                <option value="pass">reports Succeeded</option>
                <option value="fail">reports Failed</option>
              </select>
            </div>
          ))}
        </div>
      </fieldset>

      <div role="alert" className={styles.error}>{error !== null && shownAt.length === 0 ? error : null}</div>

      <ResultBoundary what="simulation" resetKey={draft}>
      <div {...resultProps(!parsed.ok)}>
      <div aria-live="polite" role="status" className={styles.summary} data-testid="traffic-summary">
        <p className={styles.outcome}>
          {shown ? summarizeDeployment(shown) : ''}
          <StaleNote stale={!parsed.ok && shown !== null} />
        </p>
      </div>

      {shown ? (
        <>
          <TimeSeriesChart
            title={`Share of traffic on each version (${shown.scenario.config.samType})`}
            yUnit="% of requests"
            yMax={100}
            formatX={formatElapsed}
            description={`Traffic on version ${shown.scenario.to.version} over time; ${summarizeDeployment(shown)}`}
            series={[
              {label: `version ${shown.scenario.to.version} (new)`, values: shown.toPercent, tone: 1, filled: true},
              {label: `version ${shown.scenario.from.version} (current)`, values: shown.fromPercent, tone: 0, dashed: true},
            ]}
          />
          <h3 className={styles.eventsTitle}>Timeline</h3>
          <ol className={styles.events}>
            {shown.events.map((event, index) => (
              <li key={index}>{event.text}</li>
            ))}
          </ol>
        </>
      ) : null}
      </div>
      </ResultBoundary>
    </section>
  );
}

export default withWidgetBoundary(TrafficShifting, 'traffic-shifting simulator');
