/**
 * Traffic along the template's edges: a resource with no usage of its own takes a lower bound
 * from the functions it invokes (queue → worker, topic → subscriber, bucket → handler, bus → target)
 * or that write to it (function → its log group). The usage file always overrides; each derived
 * value carries the rule, which the bill line prints beside its arithmetic.
 */
import type {Design, DesignResource, Trigger} from './readDesign.ts';
import type {UsageFile} from './readUsage.ts';

export interface Flow {
  /** The usage key filled in. */
  readonly key: string;
  readonly value: number;
  /** Why, in one sentence fragment, with the numbers ("1 ReceiveMessage per invocation of Worker (2,000,000)"). */
  readonly rule: string;
  /** The meter dimensions this key prices (their lines print the rule). */
  readonly dimensions: readonly string[];
}

export interface Flows {
  readonly flows: readonly Flow[];
  readonly notes: readonly string[];
}

const n = (value: number) => value.toLocaleString('en-US', {maximumFractionDigits: 6});

/** How many event sources and APIs invoke each function (a function fed by two queues cannot say how it splits). */
export function sourcesPerFunction(design: Design): Map<string, number> {
  const counts = new Map<string, number>();
  for (const resource of design.resources) {
    for (const id of resource.functions ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const edge of resource.triggers ?? []) counts.set(edge.function, (counts.get(edge.function) ?? 0) + 1);
  }
  return counts;
}

/** The usage a resource takes from its edges, for the keys its own usage leaves out. */
export function flowInto(resource: DesignResource, own: Readonly<Record<string, number>>, usage: UsageFile, design: Design, counts = sourcesPerFunction(design)): Flows {
  const requestsOf = (id: string) => usage.resources[id]?.['monthly_requests'];
  const notes: string[] = [];
  /** The triggers whose function has usage and no other event source. */
  const fed = (via: Trigger['via']) =>
    (resource.triggers ?? []).filter((edge) => {
      if (edge.via !== via || requestsOf(edge.function) === undefined) return false;
      if ((counts.get(edge.function) ?? 0) > 1) {
        notes.push(`${resource.id}: ${edge.function} has ${counts.get(edge.function)} event sources, so its monthly_requests cannot say how many came from ${resource.id}; give ${resource.id} its own usage.`);
        return false;
      }
      return true;
    });
  const list = (edges: readonly Trigger[]) => edges.map((edge) => `${edge.function} ${n(requestsOf(edge.function) ?? 0)}`).join(' + ');
  const sum = (edges: readonly Trigger[]) => edges.reduce((acc, edge) => acc + (requestsOf(edge.function) ?? 0), 0);
  const most = (edges: readonly Trigger[]) => edges.reduce((acc, edge) => Math.max(acc, requestsOf(edge.function) ?? 0), 0);
  const flows: Flow[] = [];
  const give = (key: string, value: number, dimensions: readonly string[], rule: string) => {
    if (own[key] === undefined) flows.push({key, value, dimensions, rule: `${rule}; give ${resource.id} its own ${key} to override`});
  };

  switch (resource.kind) {
    case 'queue': {
      const edges = fed('sqs');
      if (edges.length > 0) give('monthly_requests', sum(edges), ['standardRequests', 'fifoRequests'], `receives only: at least 1 ReceiveMessage per invocation of ${list(edges)} (SQS event source); sends, deletes and empty polls are not counted`);
      break;
    }
    case 'topic': {
      const edges = fed('sns');
      // Every subscriber gets every message (unless a filter policy drops it): the largest count is the publishes.
      if (edges.length > 0) give('monthly_requests', most(edges), ['publishes'], `publishes: each invocation of a subscribed function is one delivery of one publish (${list(edges)}; the largest, as every subscriber gets every message); deliveries to Lambda are free`);
      break;
    }
    case 'bucket': {
      const edges = fed('s3').filter((edge) => edge.objectCreatedOnly);
      if (edges.length > 0) give('standard.monthly_tier_1_requests', sum(edges), ['tier1Requests'], `PUT/POST/COPY: each invocation of ${list(edges)} is one object-created notification, so at least one write; LIST and multipart parts are not counted`);
      break;
    }
    case 'eventBus': {
      const edges = fed('eventBridge');
      if (edges.length > 0) give('monthly_custom_events', most(edges), ['customEvents'], `custom events: each invocation of a rule's target is one matched event (${list(edges)}; the largest, as one event can match several rules); events no rule matches are not counted`);
      break;
    }
    case 'table': {
      const readers = (resource.triggers ?? []).filter((edge) => edge.via === 'dynamodbStream').map((edge) => edge.function);
      if (readers.length > 0) notes.push(`${resource.id}: its stream is read by ${readers.join(', ')}; GetRecords calls by Lambda triggers are free, so the stream adds no line.`);
      break;
    }
    case 'logGroup': {
      const writers = design.functions.filter((fn) => fn.logGroup === resource.id && usage.resources[fn.config.name]?.['monthly_data_ingested_gb'] !== undefined);
      const ingested = writers.reduce((acc, fn) => acc + (usage.resources[fn.config.name]?.['monthly_data_ingested_gb'] ?? 0), 0);
      if (writers.length > 0) give('monthly_data_ingested_gb', ingested, ['lambdaIngestion', 'ingestion'], `from the functions that write here: ${writers.map((fn) => `${fn.config.name} ${n(usage.resources[fn.config.name]?.['monthly_data_ingested_gb'] ?? 0)} GB`).join(' + ')}`);
      break;
    }
    default:
      break;
  }
  return {flows, notes};
}
