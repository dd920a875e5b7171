/**
 * The traffic-shifting form's labels, and how its error messages name a field: by the label the
 * user sees ("Requests per second to the alias"), not the scenario file's key ("requestsPerSecond").
 */
import type {FieldLabel} from '@site/src/core/simulate/fieldLabel';

export const TRAFFIC_LABELS = {
  deploymentConfig: 'Deployment configuration',
  requestsPerSecond: 'Requests per second to the alias',
  'alarm.thresholdPercent': 'Alarm at error rate ≥ (%)',
  'alarm.periodSeconds': 'Period (s)',
  'alarm.evaluationPeriods': 'Breaching periods to alarm',
  preTrafficHook: 'BeforeAllowTraffic hook',
  postTrafficHook: 'AfterAllowTraffic hook',
} as const;

const version = (draft: Readonly<Record<string, unknown>>, side: 'from' | 'to'): string => {
  const value = (draft[side] as Record<string, unknown> | undefined)?.version;
  return value === undefined || value === null || value === '' ? (side === 'from' ? 'old' : 'new') : String(value);
};

/** The label of a version's error-rate field ("Errors of version 7 (%)"). */
export function errorsLabel(draft: Readonly<Record<string, unknown>>, side: 'from' | 'to'): string {
  return `Errors of version ${version(draft, side)} (%)`;
}

/** Names fields of `draft` (the form's scenario) by their labels; fields the form lacks keep their path. */
export function trafficFieldLabel(draft: Readonly<Record<string, unknown>>): FieldLabel {
  return (path) => {
    if (Object.hasOwn(TRAFFIC_LABELS, path)) return TRAFFIC_LABELS[path as keyof typeof TRAFFIC_LABELS];
    const match = /^(from|to)\.(errorPercent|errorRate)$/.exec(path);
    if (match) return match[2] === 'errorPercent' ? errorsLabel(draft, match[1] as 'from' | 'to') : `Error rate of version ${version(draft, match[1] as 'from' | 'to')}`;
    return path;
  };
}
