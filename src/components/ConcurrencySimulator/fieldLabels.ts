/**
 * The concurrency simulator form's labels, and how its error messages name a field: by the label
 * the user sees ("Function checkout › Memory (MB)"), not the scenario file's key ("functions[0].memoryMB").
 */
import type {FieldLabel} from '@site/src/core/simulate/fieldLabel';

export const SHAPES = ['steady', 'spike', 'ramp', 'daily', 'series'] as const;
export type Shape = (typeof SHAPES)[number];

export const SCENARIO_LABELS = {
  accountConcurrency: 'Account concurrency quota',
  region: 'Region',
  scalingModel: 'Scaling rules',
  durationSeconds: 'Simulated seconds',
} as const;

export const FUNCTION_LABELS = {
  name: 'Name',
  invocation: 'Invoked',
  durationMs: 'Average duration (ms)',
  initMs: 'Init time of a cold start (ms)',
  memoryMB: 'Memory (MB)',
  reservedConcurrency: 'Reserved concurrency',
  provisionedConcurrency: 'Provisioned concurrency',
  traffic: 'Traffic shape',
} as const;

export const SERIES_LABEL = 'Requests per second, one value per step';

/** The traffic fields each shape shows, with labels. */
export const SHAPE_FIELDS: Record<Shape, readonly [key: string, label: string][]> = {
  steady: [['rps', 'Requests per second']],
  spike: [['baseRps', 'Base requests/s'], ['peakRps', 'Peak requests/s'], ['atSecond', 'Spike starts at second'], ['durationSeconds', 'Spike lasts (s)']],
  ramp: [['fromRps', 'From requests/s'], ['toRps', 'To requests/s'], ['startSecond', 'Ramp starts at second'], ['durationSeconds', 'Ramp lasts (s)']],
  daily: [['minRps', 'Night requests/s'], ['maxRps', 'Peak requests/s'], ['peakHour', 'Peak hour (0–24)']],
  series: [['stepSeconds', 'Seconds per value']],
};

export function shapeOf(traffic: Record<string, unknown>): Shape {
  return (SHAPES as readonly string[]).includes(String(traffic.shape)) ? (traffic.shape as Shape) : 'steady';
}

const lookup = (labels: Readonly<Record<string, string>>, key: string): string | undefined => (Object.hasOwn(labels, key) ? labels[key] : undefined);

/** Names fields of `draft` (the form's scenario) by their labels; fields the form lacks keep their path. */
export function concurrencyFieldLabel(draft: {readonly functions: readonly Record<string, unknown>[]}): FieldLabel {
  return (path) => {
    const scenarioLabel = lookup(SCENARIO_LABELS, path);
    if (scenarioLabel) return scenarioLabel;
    if (path === 'functions') return 'Functions';
    const match = /^functions\[(\d+)\]\.(traffic\.)?(\w+)(?:\[(\d+)\])?$/.exec(path);
    if (!match) return path;
    const [, index, inTraffic, key, item] = match as unknown as [string, string, string | undefined, string, string | undefined];
    const fn = draft.functions[Number(index)] ?? {};
    // As the form's fieldset legend shows it.
    const name = typeof fn.name === 'string' && fn.name.trim() !== '' ? fn.name.trim() : String(Number(index) + 1);
    let label: string | undefined;
    if (!inTraffic) label = lookup(FUNCTION_LABELS, key);
    else if (key === 'shape') label = FUNCTION_LABELS.traffic;
    else {
      const shape = shapeOf((fn.traffic ?? {}) as Record<string, unknown>);
      if (shape === 'series' && key === 'rps') label = item === undefined ? SERIES_LABEL : `${SERIES_LABEL}, value ${Number(item) + 1}`;
      else label = SHAPE_FIELDS[shape].find(([field]) => field === key)?.[1];
    }
    return label ? `Function ${name} › ${label}` : path;
  };
}
