/**
 * The concurrency simulator: a deterministic clock in 1-second steps over one account's functions.
 *
 * Model (each rule is in src/data/scaling.ts with its source):
 * - Occupancy: a request of duration d occupies an execution environment for d seconds, so a
 *   second's concurrency is the sum of the time its requests run in it (rate × duration).
 * - Limits: a function with reserved concurrency R never exceeds R; the others share the account
 *   quota minus all reservations and their own provisioned concurrency, in proportion to demand
 *   when the pool is short.
 * - Environments: provisioned ones always exist and never start cold; on-demand ones are created
 *   when warm capacity runs out, each serving the request that created it (with Init time) in its
 *   first second, and are reclaimed after an assumed idle time. At most 1,000 new environments per
 *   function in any 10 seconds; each environment takes at most 10 requests per second.
 * - Throttles: sync callers get a 429; async events are retried with a doubling delay (1 s … 300 s)
 *   until the maximum event age; an SQS mapping leaves messages in the queue and scales its
 *   pollers by 300 per minute from 5, up to 1,000 (or its maximum concurrency).
 * The inner loop allocates nothing: all state lives in typed arrays created before it.
 */
import {getScalingRule, LEGACY_BURST_MODEL, SIMULATOR_ASSUMPTIONS} from '../../../data/scaling.ts';
import {createRandom} from './createRandom.ts';
import {evaluateTraffic} from './evaluateTraffic.ts';
import {THROTTLE_CAUSES, type FunctionRun, type FunctionTotals, type Scenario, type SimulationRun, type ThrottleCause} from './types.ts';

const SCALING_WINDOW_SECONDS = 10;
const SCALING_PER_WINDOW = getScalingRule('scalingRate').value ?? 1_000;
const REQUESTS_PER_ENVIRONMENT = getScalingRule('requestsPerEnvironment').value ?? 10;
const IDLE_SECONDS = SIMULATOR_ASSUMPTIONS.idleEnvironmentSeconds.value;
/** Longer than the longest request (900 s timeout + 10 s Init), so the occupancy ring never wraps onto itself. */
const OCCUPANCY_RING = 1_024;
/** Async retry delays double from 1 s and stop growing at 5 minutes. */
const MAX_RETRY_DELAY = 300;
const RETRY_RING = 512;
const SQS_START = 5;
const SQS_PER_SECOND = (getScalingRule('sqsScaling').value ?? 300) / 60;
const SQS_MAX = 1_000;
const EPSILON = 1e-9;

const CAUSE_INDEX: Record<ThrottleCause, number> = {disabled: 0, reserved: 1, account: 2, scaling: 3, requestRate: 4, mappingLimit: 5};

function retryDelay(level: number): number {
  return level >= 9 ? MAX_RETRY_DELAY : Math.min(2 ** level, MAX_RETRY_DELAY);
}

/** Enough levels for the longest maximum event age (6 hours at 300 s per retry). */
const RETRY_DELAYS = Int32Array.from({length: 128}, (_, level) => retryDelay(level));

/** Age of an event when its retry at `level` falls due (first attempt at age 0). */
function ageAtLevel(level: number): number {
  let age = 0;
  for (let l = 0; l <= level; l++) age += retryDelay(l);
  return age;
}

export interface RunOptions {
  /**
   * A previous run of a scenario with the same length and number of functions whose arrays may be
   * overwritten. That run's series then belong to the new one: do not keep using them.
   */
  readonly reuse?: SimulationRun | undefined;
}

/** Mutable per-function state, created once per run. */
interface State {
  fullDiff: Float64Array;
  partial: Float64Array;
  fullRunning: number;
  arrivalCarry: number;
  onDemandEnvs: number;
  idleSince: number;
  newEnvsRing: Float64Array;
  newEnvsInWindow: number;
  retries: Float64Array;
  dueByLevel: Float64Array;
  retryLevels: number;
  /** Events scheduled at each retry level (to find the highest live level without scanning the ring). */
  levelCount: Float64Array;
  /** Events due in each retry slot, all levels together (skips the level loop when nothing is due). */
  slotTotal: Float64Array;
  hadDue: boolean;
  highestLevel: number;
  waitingRetries: number;
  backlog: number;
  mappingLimit: number;
  random: () => number;
  causeCounts: Float64Array;
  causeFirst: Int32Array;
  /** Daily curve: cos and sin of the phase, advanced by rotation instead of Math.cos each second. */
  daily: boolean;
  phaseCos: number;
  phaseSin: number;
  // Constants of the function, computed once.
  baseDuration: number;
  initSeconds: number;
  /** Upper bound of one request's occupancy in its first second (as if cold, at the longest spread). */
  useUpper: number;
  // Per-step scratch.
  carried: number;
  offered: number;
  retriesDue: number;
  mappingCut: number;
  want: number;
  share: number;
  cap: number;
}

/**
 * Runs a validated scenario (see parseScenario) and returns per-second series and totals.
 * Deterministic: the same scenario gives the same numbers everywhere.
 */
export function runSimulation(scenario: Scenario, options: RunOptions = {}): SimulationRun {
  const steps = scenario.durationSeconds;
  const fns = scenario.functions;
  const count = fns.length;
  // Reusing the previous run's arrays (as the widget does while a control moves) saves allocating
  // and zeroing several megabytes per run. Every value is overwritten below.
  const reuse = options.reuse;
  const canReuse = reuse !== undefined && reuse.accountConcurrency.length === steps && reuse.functions.length === count;
  const fresh = () => new Float32Array(steps);
  const series = fns.map((_, i) => {
    const old = canReuse ? reuse.functions[i]! : undefined;
    return {
      arrivals: old?.arrivals ?? fresh(),
      offered: old?.offered ?? fresh(),
      served: old?.served ?? fresh(),
      throttled: old?.throttled ?? fresh(),
      coldStarts: old?.coldStarts ?? fresh(),
      concurrency: old?.concurrency ?? fresh(),
      environments: old?.environments ?? fresh(),
      limit: old?.limit ?? fresh(),
      waiting: old?.waiting ?? fresh(),
    };
  });
  const totals: FunctionTotals[] = fns.map(() => ({
    arrivals: 0, served: 0, throttledAttempts: 0, rejected: 0, servedAfterRetry: 0, expired: 0, waitingAtEnd: 0,
    coldStarts: 0, peakConcurrency: 0, peakSecond: 0, onDemandSeconds: 0, provisionedSeconds: 0, servedByProvisioned: 0,
    throttledByCause: {disabled: 0, reserved: 0, account: 0, scaling: 0, requestRate: 0, mappingLimit: 0},
    firstThrottleSecond: {disabled: -1, reserved: -1, account: -1, scaling: -1, requestRate: -1, mappingLimit: -1},
  }));
  const states: State[] = fns.map((fn, index) => {
    let retryLevels = 0;
    if (fn.invocation === 'async') {
      while (ageAtLevel(retryLevels) <= fn.maxEventAgeSeconds) retryLevels++;
    }
    return {
      fullDiff: new Float64Array(OCCUPANCY_RING),
      partial: new Float64Array(OCCUPANCY_RING),
      fullRunning: 0,
      arrivalCarry: 0,
      onDemandEnvs: 0,
      idleSince: 0,
      newEnvsRing: new Float64Array(SCALING_WINDOW_SECONDS),
      newEnvsInWindow: 0,
      retries: new Float64Array(Math.max(1, retryLevels) * RETRY_RING),
      dueByLevel: new Float64Array(Math.max(1, retryLevels)),
      retryLevels,
      levelCount: new Float64Array(Math.max(1, retryLevels)),
      slotTotal: new Float64Array(RETRY_RING),
      hadDue: false,
      highestLevel: -1,
      waitingRetries: 0,
      backlog: 0,
      mappingLimit: Math.min(SQS_START, fn.maximumConcurrency ?? SQS_MAX),
      random: createRandom((scenario.seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0),
      causeCounts: new Float64Array(THROTTLE_CAUSES.length),
      causeFirst: new Int32Array(THROTTLE_CAUSES.length).fill(-1),
      daily: fn.traffic.shape === 'daily',
      phaseCos: 1,
      phaseSin: 0,
      baseDuration: fn.durationMs / 1_000,
      initSeconds: fn.initMs / 1_000,
      useUpper: Math.min(1, (fn.durationMs * (1 + fn.durationSpread) + fn.initMs) / 1_000),
      carried: 0,
      offered: 0,
      retriesDue: 0,
      mappingCut: 0,
      want: 0,
      share: 0,
      cap: 0,
    };
  });

  // The shared pool: the quota minus every reservation and the unreserved functions' provisioned concurrency.
  let sharedPool = scenario.accountConcurrency;
  for (const fn of fns) sharedPool -= fn.reservedConcurrency ?? fn.provisionedConcurrency;
  sharedPool = Math.max(0, sharedPool);

  // Before November 2023: one account-wide ceiling on environments, at the Region's burst level
  // (or the environments already running, if more), growing by 500 a minute while demand presses on it.
  const legacy = scenario.scalingModel === 'before-2023-11';
  const legacyBurst = (LEGACY_BURST_MODEL.burstByRegion as Record<string, number>)[scenario.region] ?? LEGACY_BURST_MODEL.defaultBurst;
  const legacyGrowthPerSecond = LEGACY_BURST_MODEL.perMinuteAfterBurst / 60;
  let legacyCeiling = legacyBurst;
  let accountEnvs = 0;

  const accountSeries = canReuse ? reuse.accountConcurrency : fresh();
  let peakAccount = 0;
  let peakAccountSecond = 0;

  for (let t = 0; t < steps; t++) {
    const slot = t % OCCUPANCY_RING;
    const windowSlot = t % SCALING_WINDOW_SECONDS;
    const retrySlot = t % RETRY_RING;

    // Pass 1: what is still running from earlier seconds, and what each function would like to add.
    let poolUsed = 0;
    let poolWant = 0;
    let poolWeight = 0;
    let unreserved = 0;
    for (let i = 0; i < count; i++) {
      const fn = fns[i]!;
      const s = states[i]!;
      s.fullRunning += s.fullDiff[slot]!;
      s.fullDiff[slot] = 0;
      s.carried = s.fullRunning + s.partial[slot]!;
      s.partial[slot] = 0;
      // The scaling window forgets environments created 10 seconds ago.
      s.newEnvsInWindow -= s.newEnvsRing[windowSlot]!;
      s.newEnvsRing[windowSlot] = 0;

      const rate = s.daily ? nextDailyRate(s, fn.traffic, t, scenario.startSecondOfDay) : evaluateTraffic(fn.traffic, t, scenario.startSecondOfDay);
      s.arrivalCarry += rate;
      const arrivals = Math.floor(s.arrivalCarry + EPSILON);
      s.arrivalCarry = Math.max(0, s.arrivalCarry - arrivals);
      series[i]!.arrivals[t] = arrivals;
      totals[i]!.arrivals += arrivals;

      // Requests offered this second: new arrivals, async retries falling due, or queued batches.
      s.retriesDue = 0;
      s.mappingCut = 0;
      if (fn.invocation === 'async') {
        s.hadDue = s.slotTotal[retrySlot]! > 0;
        if (s.hadDue) s.slotTotal[retrySlot] = 0;
        for (let level = 0; s.hadDue && level <= s.highestLevel; level++) {
          const index = level * RETRY_RING + retrySlot;
          const due = s.retries[index]!;
          s.dueByLevel[level] = due;
          if (due > 0) {
            s.retries[index] = 0;
            s.levelCount[level] = s.levelCount[level]! - due;
            s.retriesDue += due;
          }
        }
        s.waitingRetries -= s.retriesDue;
        s.offered = arrivals + s.retriesDue;
      } else if (fn.invocation === 'queue') {
        s.backlog += arrivals;
        const batches = Math.max(0, Math.ceil(s.backlog / fn.batchSize - EPSILON));
        const pollers = Math.max(0, Math.floor(s.mappingLimit + EPSILON) - Math.ceil(s.carried - EPSILON));
        s.offered = Math.min(batches, pollers);
        s.mappingCut = batches - s.offered;
      } else {
        s.offered = arrivals;
      }

      if (fn.reservedConcurrency === undefined) {
        unreserved++;
        const inPool = Math.max(0, s.carried - fn.provisionedConcurrency);
        poolUsed += inPool;
        // Upper bound of what the offered requests would add (as if all started cold).
        const wanted = Math.max(0, s.carried + s.offered * s.useUpper - fn.provisionedConcurrency) - inPool;
        s.want = wanted;
        poolWant += wanted;
        poolWeight += s.offered;
      }
    }
    // Share the free part of the pool. When it is short, requests race for the slots that free up,
    // so each function gets a share in proportion to the requests it offers (never more than it
    // wants); what some leave unused goes to the others in proportion to what they still want.
    const poolFree = Math.max(0, sharedPool - poolUsed);
    if (poolWant <= poolFree) {
      const spare = unreserved > 0 ? (poolFree - poolWant) / unreserved : 0;
      for (let i = 0; i < count; i++) states[i]!.share = states[i]!.want + spare;
    } else {
      let given = 0;
      let unmet = 0;
      for (let i = 0; i < count; i++) {
        const s = states[i]!;
        if (fns[i]!.reservedConcurrency !== undefined) continue;
        s.share = poolWeight > 0 ? Math.min(s.want, (poolFree * s.offered) / poolWeight) : 0;
        given += s.share;
        unmet += s.want - s.share;
      }
      const leftover = poolFree - given;
      if (leftover > EPSILON && unmet > EPSILON) {
        for (let i = 0; i < count; i++) {
          const s = states[i]!;
          if (fns[i]!.reservedConcurrency === undefined) s.share += (leftover * (s.want - s.share)) / unmet;
        }
      }
    }

    if (legacy) {
      accountEnvs = 0;
      for (let i = 0; i < count; i++) accountEnvs += states[i]!.onDemandEnvs;
    }
    let legacyPressed = false;

    // Pass 2: admit, throttle, and book occupancy.
    let accountNow = 0;
    for (let i = 0; i < count; i++) {
      const fn = fns[i]!;
      const s = states[i]!;
      const out = series[i]!;
      const tot = totals[i]!;
      const arrivals = out.arrivals[t]!;
      const provisioned = fn.provisionedConcurrency;

      // Limit this second.
      if (fn.reservedConcurrency !== undefined) s.cap = fn.reservedConcurrency;
      else s.cap = provisioned + Math.max(0, s.carried - provisioned) + s.share;
      out.limit[t] = s.cap;

      const offered = s.offered;
      out.offered[t] = offered;

      // Duration this second (seeded spread), without and with Init.
      let duration = s.baseDuration;
      if (fn.durationSpread > 0) duration = Math.max(0.001, duration * (1 + fn.durationSpread * (2 * s.random() - 1)));
      const coldDuration = duration + s.initSeconds;
      const warmUse = Math.min(1, duration);
      const coldUse = Math.min(1, coldDuration);

      // Capacity: warm environments first (each takes at most 10 requests a second), then new ones
      // within the scaling rate. The invocation rate is capped at 10 × the concurrency limit.
      const warmEnvs = provisioned + s.onDemandEnvs;
      const scalingLeft = legacy ? Math.max(0, Math.floor(legacyCeiling - accountEnvs + EPSILON)) : Math.max(0, SCALING_PER_WINDOW - s.newEnvsInWindow);
      const capNow = Math.min(s.cap, warmEnvs + scalingLeft);
      const rateLimit = REQUESTS_PER_ENVIRONMENT * Math.floor(s.cap + EPSILON);
      const admissible = Math.min(offered, rateLimit);
      const warmRoom = Math.max(0, Math.min(warmEnvs, capNow) - s.carried);
      const warm = Math.min(admissible, Math.floor(warmRoom / warmUse + EPSILON), REQUESTS_PER_ENVIRONMENT * warmEnvs);
      const coldRoom = Math.max(0, Math.floor(capNow - Math.max(warmEnvs, s.carried) + EPSILON));
      const cold = Math.min(admissible - warm, coldRoom);
      const throttled = offered - warm - cold;

      if (throttled > 0) {
        // Numeric cause codes (indexes into THROTTLE_CAUSES): no string lookups in the loop.
        let c: number;
        if (fn.reservedConcurrency === 0) c = CAUSE_INDEX.disabled;
        else if (offered > rateLimit && warm + cold === admissible) c = CAUSE_INDEX.requestRate;
        else if (capNow < s.cap - EPSILON) {
          c = CAUSE_INDEX.scaling;
          legacyPressed = true;
        }
        else if (fn.reservedConcurrency !== undefined) c = CAUSE_INDEX.reserved;
        else c = CAUSE_INDEX.account;
        s.causeCounts[c] = s.causeCounts[c]! + throttled;
        if (s.causeFirst[c] === -1) s.causeFirst[c] = t;
      }
      if (s.mappingCut > 0 && s.causeFirst[CAUSE_INDEX.mappingLimit] === -1) s.causeFirst[CAUSE_INDEX.mappingLimit] = t;

      // Book occupancy for this and later seconds.
      bookOccupancy(s, t, warm, duration);
      bookOccupancy(s, t, cold, coldDuration);
      const concurrency = s.carried + warm * warmUse + cold * coldUse;
      out.concurrency[t] = concurrency;
      accountNow += concurrency;

      // Environments: the new ones count against the scaling window.
      s.onDemandEnvs += cold;
      s.newEnvsInWindow += cold;
      accountEnvs += cold;
      s.newEnvsRing[windowSlot] = cold;
      // Environments in use: enough for the concurrency and for 10 requests a second each.
      const needed = Math.max(Math.ceil(concurrency - EPSILON), Math.ceil((warm + cold) / REQUESTS_PER_ENVIRONMENT - EPSILON));
      if (needed >= provisioned + s.onDemandEnvs) s.idleSince = t;
      else if (t - s.idleSince >= IDLE_SECONDS) {
        s.onDemandEnvs = Math.max(0, needed - provisioned);
        s.idleSince = t;
      }
      out.environments[t] = provisioned + s.onDemandEnvs;
      out.coldStarts[t] = cold;

      const served = warm + cold;
      out.served[t] = served;
      out.throttled[t] = throttled;
      tot.served += served;
      tot.coldStarts += cold;
      tot.throttledAttempts += throttled;
      const onProvisioned = Math.min(provisioned, concurrency);
      tot.provisionedSeconds += onProvisioned;
      tot.onDemandSeconds += concurrency - onProvisioned;
      if (provisioned > 0) tot.servedByProvisioned += Math.min(warm, Math.floor(Math.max(0, provisioned - s.carried) / warmUse + EPSILON));
      if (concurrency > tot.peakConcurrency + EPSILON) {
        tot.peakConcurrency = concurrency;
        tot.peakSecond = t;
      }

      // What happens to the throttled ones.
      if (fn.invocation === 'sync') {
        tot.rejected += throttled;
        out.waiting[t] = 0;
      } else if (fn.invocation === 'queue') {
        const messagesServed = Math.min(s.backlog, served * fn.batchSize);
        // Throttled batches return their messages to the queue: nothing is lost, it waits.
        s.backlog -= messagesServed;
        // The mapping adds pollers while messages wait, and drops back when the queue is empty.
        const cap = fn.maximumConcurrency ?? SQS_MAX;
        // Assumption: a throttled mapping stops adding pollers (AWS documents no exact back-off).
        if (throttled > 0) s.mappingLimit = Math.max(Math.min(SQS_START, cap), Math.min(s.mappingLimit, Math.ceil(concurrency) + SQS_PER_SECOND));
        else if (s.backlog > 0) s.mappingLimit = Math.min(cap, s.mappingLimit + SQS_PER_SECOND);
        else s.mappingLimit = Math.max(Math.min(SQS_START, cap), Math.min(s.mappingLimit, Math.ceil(concurrency)));
        out.waiting[t] = s.backlog;
      } else {
        settleAsync(s, fn.reservedConcurrency === 0, served, arrivals, throttled, t, tot);
        out.waiting[t] = s.waitingRetries;
      }
    }
    if (legacy) {
      if (legacyPressed) legacyCeiling += legacyGrowthPerSecond;
      else {
        let envs = 0;
        for (let i = 0; i < count; i++) envs += states[i]!.onDemandEnvs;
        legacyCeiling = Math.max(legacyBurst, envs);
      }
    }
    accountSeries[t] = accountNow;
    if (accountNow > peakAccount + EPSILON) {
      peakAccount = accountNow;
      peakAccountSecond = t;
    }
  }

  const functions: FunctionRun[] = fns.map((fn, i) => {
    const s = states[i]!;
    const tot = totals[i]!;
    THROTTLE_CAUSES.forEach((cause, c) => {
      tot.throttledByCause[cause] = s.causeCounts[c]!;
      tot.firstThrottleSecond[cause] = s.causeFirst[c]!;
    });
    tot.waitingAtEnd = fn.invocation === 'queue' ? s.backlog : fn.invocation === 'async' ? s.waitingRetries : 0;
    return {name: fn.name, config: fn, ...series[i]!, totals: tot};
  });
  return {scenario, functions, accountConcurrency: accountSeries, peakAccountConcurrency: peakAccount, peakAccountSecond};
}

const DAY_STEP = (2 * Math.PI) / 86_400;
const STEP_COS = Math.cos(DAY_STEP);
const STEP_SIN = Math.sin(DAY_STEP);

/**
 * The daily curve's rate at second t, equal to evaluateTraffic's within rounding: the phase turns by
 * a fixed angle each second, so a rotation replaces Math.cos; it is recomputed exactly every 1,024 s.
 */
function nextDailyRate(s: State, shape: Scenario['functions'][number]['traffic'], t: number, startSecondOfDay: number): number {
  if (shape.shape !== 'daily') return 0;
  if ((t & 1023) === 0) {
    const phase = ((((startSecondOfDay + t) % 86_400) / 3_600 - shape.peakHour) / 24) * 2 * Math.PI;
    s.phaseCos = Math.cos(phase);
    s.phaseSin = Math.sin(phase);
  } else {
    const cos = s.phaseCos * STEP_COS - s.phaseSin * STEP_SIN;
    s.phaseSin = s.phaseSin * STEP_COS + s.phaseCos * STEP_SIN;
    s.phaseCos = cos;
  }
  return shape.minRps + (shape.maxRps - shape.minRps) * (1 + s.phaseCos) / 2;
}

/** Adds `requests` requests of `duration` seconds starting at second `t` to the occupancy rings. */
function bookOccupancy(s: State, t: number, requests: number, duration: number): void {
  if (requests <= 0) return;
  const whole = Math.floor(duration);
  const fraction = duration - whole;
  if (whole > 0) {
    // Full seconds t … t+whole-1: the current one directly, later ones through the difference ring.
    s.fullRunning += requests;
    const end = (t + whole) % OCCUPANCY_RING;
    s.fullDiff[end] = s.fullDiff[end]! - requests;
  }
  if (fraction > 0) {
    const at = (t + whole) % OCCUPANCY_RING;
    if (whole === 0) {
      // Runs only within this second: it is in `concurrency` already, nothing carries over.
      return;
    }
    s.partial[at] = s.partial[at]! + requests * fraction;
  }
}

/**
 * Async bookkeeping: the oldest events (highest retry level) are served first; throttled ones move
 * one level up with a doubling delay, and are discarded once the next retry would pass the maximum age.
 */
function settleAsync(s: State, disabled: boolean, served: number, arrivals: number, throttled: number, t: number, tot: FunctionTotals): void {
  let remainingServed = served;
  const top = s.hadDue ? s.highestLevel : -1;
  // Serve retries first, oldest level first.
  for (let level = top; level >= 0; level--) {
    const due = s.dueByLevel[level]!;
    if (due <= 0) continue;
    const take = Math.min(due, remainingServed);
    remainingServed -= take;
    tot.servedAfterRetry += take;
    s.dueByLevel[level] = due - take;
  }
  if (disabled) {
    // With reserved concurrency 0, events go to the DLQ / on-failure destination without retries.
    tot.expired += throttled;
    for (let level = 0; level <= top; level++) s.dueByLevel[level] = 0;
    return;
  }
  const newThrottled = Math.max(0, arrivals - remainingServed);
  for (let level = top; level >= 0; level--) {
    const left = s.dueByLevel[level]!;
    s.dueByLevel[level] = 0;
    if (left > 0) scheduleRetry(s, level + 1, left, t, tot);
  }
  if (newThrottled > 0) scheduleRetry(s, 0, newThrottled, t, tot);
  let highest = s.highestLevel;
  while (highest >= 0 && s.levelCount[highest]! <= EPSILON) highest--;
  s.highestLevel = highest;
}

function scheduleRetry(s: State, level: number, events: number, t: number, tot: FunctionTotals): void {
  if (level >= s.retryLevels) {
    tot.expired += events;
    return;
  }
  const slot = (t + RETRY_DELAYS[level]!) % RETRY_RING;
  const index = level * RETRY_RING + slot;
  s.retries[index] = s.retries[index]! + events;
  s.slotTotal[slot] = s.slotTotal[slot]! + events;
  s.levelCount[level] = s.levelCount[level]! + events;
  s.waitingRetries += events;
  if (level > s.highestLevel) s.highestLevel = level;
}
