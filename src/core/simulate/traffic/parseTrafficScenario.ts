/**
 * Checks a traffic-shifting scenario from YAML/JSON or the widget, with one clear sentence per
 * problem. The deployment configuration is given by its CodeDeploy name
 * ("CodeDeployDefault.LambdaCanary10Percent5Minutes") or its SAM type ("Canary10Percent5Minutes").
 */
import {LAMBDA_DEPLOYMENT_CONFIGS, findDeploymentConfig} from '../../../data/deploymentConfigs.ts';
import {fail, ok, type Result} from '../../result.ts';
import {fieldPath, formatNumber as format, type FieldLabel} from '../fieldLabel.ts';
import {defaultDurationSeconds} from './simulateDeployment.ts';
import type {AlarmSpec, HookSpec, TrafficScenario, VersionSpec} from './types.ts';
import {quoteInput} from '../../quoteInput.ts';

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
/** CodeDeploy waits up to an hour for a hook to report. */
const HOOK_LIMIT_SECONDS = 3_600;

function problem<T>(label: FieldLabel, field: string, detail: string): Result<T> {
  return fail(`${label(field)}: ${detail}`);
}

function num(label: FieldLabel, fields: Fields, key: string, path: string, min: number, max: number, fallback?: number): Result<number> {
  const field = `${path}${key}`;
  const range = `${format(min)}–${format(max)}`;
  const raw = fields[key];
  if (raw === undefined || raw === null) {
    return fallback === undefined ? problem(label, field, `is required (${range})`) : ok(fallback);
  }
  if (typeof raw === 'string' && raw.trim() === '') return problem(label, field, `enter a number (${range})`);
  const value = typeof raw === 'string' ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isFinite(value)) return problem(label, field, `${quoteInput(raw)} is not a number (${range})`);
  if (value < min || value > max) return problem(label, field, `${format(value)} is outside ${range}`);
  return ok(value);
}

function parseVersion(label: FieldLabel, raw: unknown, path: string, fallbackVersion: string): Result<VersionSpec> {
  const fields = isObject(raw) ? raw : {};
  const version = String(fields.version ?? fallbackVersion);
  if (!/^[1-9]\d*$/.test(version)) return problem(label, `${path}version`, `"${version}" is not a published version number`);
  // Error rates may be written as a fraction (0.05) or as a percentage (errorPercent: 5).
  const percent = num(label, fields, 'errorPercent', path, 0, 100);
  if (fields.errorPercent !== undefined) return percent.ok ? ok({version, errorRate: percent.value / 100}) : percent;
  const rate = num(label, fields, 'errorRate', path, 0, 1, 0);
  return rate.ok ? ok({version, errorRate: rate.value}) : rate;
}

function parseHook(label: FieldLabel, raw: unknown, path: string): Result<HookSpec | undefined> {
  if (raw === undefined || raw === null || raw === false) return ok(undefined);
  if (!isObject(raw)) return problem(label, path, 'must be {durationSeconds, result: pass|fail}');
  const duration = num(label, raw, 'durationSeconds', `${path}.`, 1, HOOK_LIMIT_SECONDS, 30);
  if (!duration.ok) return duration;
  const result = raw.result ?? 'pass';
  if (result !== 'pass' && result !== 'fail') return problem(label, `${path}.result`, `${JSON.stringify(result)} is not pass or fail`);
  return ok({durationSeconds: duration.value, result});
}

function parseAlarm(label: FieldLabel, raw: unknown): Result<AlarmSpec | undefined> {
  if (raw === undefined || raw === null || raw === false) return ok(undefined);
  if (!isObject(raw)) return problem(label, 'alarm', 'must be {thresholdPercent, periodSeconds, evaluationPeriods}');
  const metric = raw.metric ?? 'newVersionErrorRate';
  if (metric !== 'newVersionErrorRate' && metric !== 'aliasErrorRate') return problem(label, 'alarm.metric', `${JSON.stringify(metric)} is not newVersionErrorRate or aliasErrorRate`);
  const threshold = num(label, raw, 'thresholdPercent', 'alarm.', 0.01, 100, 5);
  if (!threshold.ok) return threshold;
  const period = num(label, raw, 'periodSeconds', 'alarm.', 10, 3_600, 60);
  if (!period.ok) return period;
  if (!Number.isInteger(period.value)) return problem(label, 'alarm.periodSeconds', 'must be a whole number of seconds');
  const periods = num(label, raw, 'evaluationPeriods', 'alarm.', 1, 10, 1);
  if (!periods.ok) return periods;
  return ok({metric, thresholdPercent: threshold.value, periodSeconds: period.value, evaluationPeriods: Math.round(periods.value)});
}

/**
 * Returns a checked scenario, or an error naming the field and the accepted values. `label` names
 * fields in that error (by default their path in a scenario file).
 */
export function parseTrafficScenario(input: unknown, label: FieldLabel = fieldPath): Result<TrafficScenario> {
  if (!isObject(input)) return fail('traffic scenario: must be an object with deploymentConfig, from and to');
  const configName = String(input.deploymentConfig ?? 'Canary10Percent5Minutes');
  const config = findDeploymentConfig(configName);
  if (!config) return problem(label, 'deploymentConfig', `"${configName}" is not a predefined Lambda configuration (one of: ${LAMBDA_DEPLOYMENT_CONFIGS.map((c) => c.samType).join(', ')})`);
  const rps = num(label, input, 'requestsPerSecond', '', 0.01, 1_000_000, 100);
  if (!rps.ok) return rps;
  const from = parseVersion(label, input.from, 'from.', '1');
  if (!from.ok) return from;
  const to = parseVersion(label, input.to, 'to.', String(Number(from.value.version) + 1));
  if (!to.ok) return to;
  if (to.value.version === from.value.version) return problem(label, 'to.version', `must differ from the current version (${from.value.version})`);
  const alarm = parseAlarm(label, input.alarm);
  if (!alarm.ok) return alarm;
  const preTrafficHook = parseHook(label, input.preTrafficHook, 'preTrafficHook');
  if (!preTrafficHook.ok) return preTrafficHook;
  const postTrafficHook = parseHook(label, input.postTrafficHook, 'postTrafficHook');
  if (!postTrafficHook.ok) return postTrafficHook;
  const alias = String(input.alias ?? 'live');
  if (!/^(?!^[0-9]+$)[a-zA-Z0-9-_]{1,128}$/.test(alias)) return problem(label, 'alias', `"${alias}" is not a valid alias name (letters, digits, - and _, not only digits)`);
  const base = {config, preTrafficHook: preTrafficHook.value, postTrafficHook: postTrafficHook.value};
  const duration = num(label, input, 'durationSeconds', '', 60, 172_800, defaultDurationSeconds(base));
  if (!duration.ok) return duration;
  return ok({
    name: String(input.name ?? config.samType),
    alias,
    requestsPerSecond: rps.value,
    config,
    from: from.value,
    to: to.value,
    alarm: alarm.value,
    preTrafficHook: preTrafficHook.value,
    postTrafficHook: postTrafficHook.value,
    durationSeconds: Math.round(duration.value),
  });
}
