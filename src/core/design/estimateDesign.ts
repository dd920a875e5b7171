/**
 * Prices a whole design for a month: Lambda through priceAccountBill (its free tier once for the
 * account), every other resource through the service pricers, all meters pooled per service,
 * Region and dimension. Missing usage is never $0: each unpriced line names the key it needs.
 */
import {SOURCES} from '../../data/sources.ts';
import {toFunctionUsage} from '../limits/toFunctionUsage.ts';
import {priceAccountBill} from '../pricing/priceBill.ts';
import {validateUsage} from '../pricing/validateUsage.ts';
import type {FunctionUsage} from '../pricing/types.ts';
import {meterApiGateway, type ApiConfig} from '../pricing/services/apiGateway.ts';
import {meterLogGroup} from '../pricing/services/cloudWatchLogs.ts';
import {meterDataTransfer} from '../pricing/services/dataTransfer.ts';
import {meterTable, type TableConfig} from '../pricing/services/dynamodb.ts';
import {meterEventBus, meterSchedule} from '../pricing/services/eventBridge.ts';
import {SERVICE_MODELS} from '../pricing/services/index.ts';
import {meterLoadBalancer} from '../pricing/services/loadBalancer.ts';
import {meter, q, read} from '../pricing/services/meterHelpers.ts';
import {priceMeters} from '../pricing/services/priceMeters.ts';
import {meterBucket} from '../pricing/services/s3.ts';
import {meterKmsKey, meterParameter, meterSecret} from '../pricing/services/secrets.ts';
import {meterSns} from '../pricing/services/sns.ts';
import {meterSqs} from '../pricing/services/sqs.ts';
import {meterStateMachine} from '../pricing/services/stepFunctions.ts';
import type {FreeTierMode, Meter, MeterInput, NeededInput, ResourceMeters, ServiceLine, UnpricedLine} from '../pricing/services/types.ts';
import {meterInterfaceEndpoint, meterNatGateway} from '../pricing/services/vpc.ts';
import {meterXRay} from '../pricing/services/xray.ts';
import {flowInto, sourcesPerFunction, type Flow} from './flowTraffic.ts';
import type {Design, DesignResource, ResourceStatus} from './readDesign.ts';
import type {UsageFile} from './readUsage.ts';
import {DATA_TRANSFER_ID} from './usageKeys.ts';

export interface DesignOptions {
  /** Default 'always-free' (Lambda's free tier is always free; 12-month offers are off). */
  readonly freeTier?: FreeTierMode;
  /** Region for resources whose template does not say; default us-east-1. */
  readonly region?: string;
}

export type DesignLine = ServiceLine;

export interface ResourceSummary {
  readonly id: string;
  readonly type: string;
  /** 'needs usage': priced, but every line waits for a usage key. */
  readonly status: ResourceStatus | 'needs usage';
  /** Its share of the bill (pro rata within pooled lines), rounded to the cent. */
  readonly usd: number;
  readonly reason?: string;
  readonly needs?: readonly string[];
}

export interface DesignEstimate {
  readonly total: number;
  readonly totalUnrounded: number;
  readonly currency: 'USD';
  readonly region: string;
  readonly freeTier: FreeTierMode;
  readonly services: readonly {readonly service: string; readonly usd: number; readonly lines: readonly DesignLine[]}[];
  readonly lines: readonly DesignLine[];
  readonly resources: readonly ResourceSummary[];
  /** Lines that could not be priced, each with what it needs. */
  readonly unpriced: readonly UnpricedLine[];
  /** Lambda's share of the total (0–1), for "how much of the bill is Lambda". */
  readonly lambdaShare: number;
  readonly notes: readonly string[];
}

const cents = (usd: number) => Math.round(usd * 100);

export function estimateDesign(design: Design, usage: UsageFile, options: DesignOptions = {}): DesignEstimate {
  const mode = options.freeTier ?? 'always-free';
  const region = options.region ?? design.functions.map((fn) => fn.config.region).find((value): value is string => typeof value === 'string') ?? 'us-east-1';
  const meters: Meter[] = [];
  const needs: NeededInput[] = [];
  const notes: string[] = [...design.notes, ...usage.notes];
  const unpriced: UnpricedLine[] = [];
  const take = (result: ResourceMeters) => {
    meters.push(...result.meters);
    needs.push(...result.needs);
    notes.push(...result.notes);
  };
  const of = (id: string) => usage.resources[id] ?? {};
  const input = <C>(id: string, values: Readonly<Record<string, number | undefined>>, config?: C): MeterInput<C> => ({resource: id, region, usage: values, ...(config !== undefined ? {config} : {})});

  // Lambda: every function with traffic, priced as one account bill.
  const lambdaUsages: FunctionUsage[] = [];
  const natGateways = design.resources.filter((resource) => resource.kind === 'natGateway');
  let natFromFunctions = false;
  for (const fn of design.functions) {
    const id = fn.config.name;
    const values = of(id);
    const requests = values['monthly_requests'];
    const duration = values['request_duration_ms'];
    if (requests === undefined || duration === undefined) {
      const missing = [requests === undefined ? 'monthly_requests' : '', duration === undefined ? 'request_duration_ms' : ''].filter(Boolean);
      unpriced.push({service: 'AWS Lambda', resource: id, label: 'Lambda requests and duration', reason: `needs ${missing.join(' and ')} in the usage file`, keys: missing});
    } else {
      const priced = toFunctionUsage(fn.config, {requestsPerMonth: requests, averageDurationMs: duration});
      let checked: ReturnType<typeof validateUsage> | undefined;
      if (!priced.ok) unpriced.push({service: 'AWS Lambda', resource: id, label: 'Lambda requests and duration', reason: priced.error});
      else if (!(checked = validateUsage(priced.value.usage, id)).ok) {
        // A setting Lambda would refuse (e.g. SnapStart with more than 512 MB of /tmp): say so, do not throw.
        unpriced.push({service: 'AWS Lambda', resource: id, label: 'Lambda requests and duration', reason: checked.error});
      } else {
        lambdaUsages.push(typeof fn.config.region === 'string' || fn.config.edgeTrigger ? priced.value.usage : {...priced.value.usage, region});
        notes.push(...priced.value.assumptions.filter((note) => !note.includes('Region not stated')));
      }
    }
    if (!fn.logGroup) {
      const logs = meterLogGroup(input(id, {monthly_data_ingested_gb: values['monthly_data_ingested_gb'], storage_gb: values['log_storage_gb'], monthly_data_scanned_gb: values['monthly_data_scanned_gb']}, {lambda: true}));
      take({...logs, needs: logs.needs.map((entry) => ({...entry, label: `${entry.label} for /aws/lambda/${id}`}))});
    }
    if (fn.tracing) take(meterXRay(input(id, values)));
    const nat = read(input(id, values), 'monthly_nat_data_processed_gb');
    if (nat) {
      natFromFunctions = true;
      meters.push(meter('vpc', 'natData', input(id, values), nat, `${q(nat)} GB from ${id} (VPC function) through ${natGateways[0]?.id ?? 'a NAT gateway outside this template'}`));
      if (natGateways.length === 0) notes.push(`${id}: the template has no NAT gateway; only the data processing is priced (the gateway's hours belong to the stack that owns it).`);
    }
    take(meterDataTransfer(input(id, {monthly_outbound_internet_gb: values['monthly_outbound_internet_gb']})));
  }

  const sources = sourcesPerFunction(design);
  for (const resource of design.resources) {
    if (resource.status !== 'priced' || resource.kind === 'function') continue;
    // Traffic along the edges fills the keys the usage file leaves out (the file always wins).
    const own = of(resource.id);
    const {flows, notes: flowNotes} = flowInto(resource, own, usage, design, sources);
    notes.push(...flowNotes);
    const values = {...Object.fromEntries(flows.map((flow) => [flow.key, flow.value])), ...own};
    const metered = meterResource(resource, values, usage, design, region, natFromFunctions, notes);
    take({...metered, meters: metered.meters.map((entry) => withRule(entry, flows))});
  }
  if (usage.resources[DATA_TRANSFER_ID]) take(meterDataTransfer(input(DATA_TRANSFER_ID, of(DATA_TRANSFER_ID))));

  const bill = priceMeters(meters, SERVICE_MODELS, {freeTier: mode}, needs);
  notes.push(...bill.notes);
  const lambda = lambdaUsages.length > 0 ? priceAccountBill(lambdaUsages, {freeTier: mode !== 'none'}) : undefined;
  const lambdaLines: DesignLine[] = (lambda?.lineItems ?? []).map((item) => ({
    serviceKey: 'lambda',
    service: 'AWS Lambda',
    dimension: item.id,
    label: `Lambda ${item.label.charAt(0).toLowerCase()}${item.label.slice(1)}`,
    region: item.region ?? region,
    unit: item.unit,
    quantity: item.quantity,
    grossQuantity: item.quantity,
    freeQuantity: 0,
    formula: item.formula,
    usd: item.usd,
    usdUnrounded: item.usdUnrounded,
    exact: item.exact,
    resources: lambda && lambda.functions.length === 1 ? [{resource: lambda.functions[0]!.name, quantity: item.quantity, usdUnrounded: item.usdUnrounded}] : [],
    source: SOURCES.pricing,
    asOf: '2025-10-28',
  }));
  if (lambda) notes.push(...lambda.notes);
  const lines = [...lambdaLines, ...bill.lines];
  const totalCents = lines.reduce((acc, line) => acc + cents(line.usd), 0);
  const lambdaCents = lambdaLines.reduce((acc, line) => acc + cents(line.usd), 0);
  const allUnpriced = [...unpriced, ...bill.unpriced];

  const shares = new Map<string, number>();
  const addShare = (id: string, usd: number) => shares.set(id, (shares.get(id) ?? 0) + usd);
  for (const line of bill.lines) for (const share of line.resources) addShare(share.resource, share.usdUnrounded);
  for (const share of lambda?.functions ?? []) addShare(share.name, share.usdUnrounded);
  const resources: ResourceSummary[] = design.resources.map((resource) => {
    const missing = allUnpriced.filter((line) => line.resource === resource.id).flatMap((line) => line.keys ?? []);
    const usd = Math.round((shares.get(resource.id) ?? 0) * 100) / 100;
    const status: ResourceSummary['status'] = resource.status === 'priced' && !shares.has(resource.id) && missing.length > 0 ? 'needs usage' : resource.status;
    return {id: resource.id, type: resource.type, status, usd, ...(resource.reason ? {reason: resource.reason} : {}), ...(missing.length ? {needs: [...new Set(missing)]} : {})};
  });
  const byService = new Map<string, DesignLine[]>();
  for (const line of lines) byService.set(line.service, [...(byService.get(line.service) ?? []), line]);
  const notPriced = design.resources.filter((resource) => resource.status === 'not priced');
  if (notPriced.length > 0) notes.push(`Not priced (cost money, not modelled yet): ${notPriced.map((resource) => `${resource.id} (${resource.type})`).join(', ')}.`);
  return {
    total: totalCents / 100,
    totalUnrounded: lines.reduce((acc, line) => acc + line.usdUnrounded, 0),
    currency: 'USD',
    region,
    freeTier: mode,
    services: [...byService].map(([service, serviceLines]) => ({service, usd: serviceLines.reduce((acc, line) => acc + cents(line.usd), 0) / 100, lines: serviceLines})),
    lines,
    resources,
    unpriced: allUnpriced,
    lambdaShare: totalCents === 0 ? 0 : lambdaCents / totalCents,
    notes: [...new Set(notes)],
  };
}

/** A meter priced from a flowed value says the rule beside its arithmetic. */
function withRule(entry: Meter, flows: readonly Flow[]): Meter {
  const flow = flows.find((candidate) => candidate.dimensions.includes(entry.dimension));
  return flow ? {...entry, how: `${entry.how} [${flow.rule}]`} : entry;
}

function meterResource(resource: DesignResource, values: Readonly<Record<string, number>>, usage: UsageFile, design: Design, region: string, natFromFunctions: boolean, notes: string[]): ResourceMeters {
  const input = <C>(config?: C, override: Readonly<Record<string, number | undefined>> = values): MeterInput<C> => ({resource: resource.id, region, usage: override, ...(config !== undefined ? {config} : {})});
  const config = resource.config;
  switch (resource.kind) {
    case 'restApi':
    case 'httpApi':
    case 'websocketApi': {
      let apiUsage: Record<string, number | undefined> = {...values};
      if (values['monthly_requests'] === undefined && resource.functions?.length && resource.kind !== 'websocketApi') {
        // Traffic flows along the edge: the API carries the requests of the functions behind it.
        const requestsOf = (id: string) => usage.resources[id]?.['monthly_requests'];
        const given = resource.functions.filter((id) => design.functions.some((fn) => fn.config.name === id) && requestsOf(id) !== undefined);
        if (given.length > 0) {
          apiUsage = {...apiUsage, monthly_requests: given.reduce((acc, id) => acc + (requestsOf(id) ?? 0), 0)};
          notes.push(`${resource.id}: monthly_requests flows from ${given.join(' + ')} (their ${resource.kind === 'restApi' ? 'Api' : 'HttpApi'} events); give ${resource.id} its own monthly_requests to override.`);
        }
      }
      const metered = meterApiGateway(input<ApiConfig>(config as unknown as ApiConfig, apiUsage));
      const out = meterDataTransfer(input(undefined, {monthly_outbound_internet_gb: values['monthly_outbound_internet_gb']}));
      return {meters: [...metered.meters, ...out.meters], needs: metered.needs, notes: metered.notes};
    }
    case 'queue':
      return meterSqs(input(config as {fifo?: boolean}));
    case 'topic':
      return meterSns(input());
    case 'eventBus':
      return meterEventBus(input());
    case 'schedule':
      return meterSchedule(input());
    case 'stateMachine':
      return meterStateMachine(input(config as {express?: boolean}));
    case 'table':
      return meterTable(input(config as unknown as TableConfig));
    case 'bucket':
      return meterBucket(input());
    case 'logGroup':
      return meterLogGroup(input(config as {lambda?: boolean}));
    case 'natGateway': {
      const metered = meterNatGateway(input());
      return natFromFunctions ? {...metered, needs: []} : metered;
    }
    case 'vpcEndpoint':
      return meterInterfaceEndpoint(input(config as {azCount?: number}));
    case 'kmsKey':
      return meterKmsKey(input());
    case 'secret':
      return meterSecret(input());
    case 'parameter':
      return meterParameter(input(config as {advanced?: boolean}));
    case 'loadBalancer':
      return meterLoadBalancer(input(config as {lambdaTargets?: boolean}));
    default:
      return {meters: [], needs: [], notes: []};
  }
}

