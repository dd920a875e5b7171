/**
 * Host-owned timers for one execution environment. Guest `setTimeout`/`setInterval` only enqueue
 * here; the sandbox driver fires due timers while an invocation runs. Between invocations nothing
 * fires (the environment is frozen, as Lambda freezes the process); timers that fell due while
 * frozen fire at the start of the next warm invocation. After a reset the queue is discarded.
 */
export interface TimerEntry {
  readonly id: number;
  readonly dueAt: number;
  /** Repeat interval for setInterval, otherwise undefined. */
  readonly intervalMs?: number;
  /** An unref'd timer does not keep the event loop alive. */
  readonly ref: boolean;
  /** Insertion order, to break ties like Node's timer lists. */
  readonly seq: number;
}

export class TimerQueue {
  private readonly entries = new Map<number, TimerEntry>();
  private seq = 0;

  /** Node clamps delays below 1 ms (and NaN) to 1 ms. */
  static normalizeDelay(delay: number): number {
    return Number.isFinite(delay) && delay >= 1 ? Math.min(delay, 2_147_483_647) : 1;
  }

  add(id: number, delayMs: number, now: number, repeat: boolean): void {
    const delay = TimerQueue.normalizeDelay(delayMs);
    this.entries.set(id, {id, dueAt: now + delay, ...(repeat ? {intervalMs: delay} : {}), ref: true, seq: this.seq++});
  }

  cancel(id: number): void {
    this.entries.delete(id);
  }

  setRef(id: number, ref: boolean): void {
    const entry = this.entries.get(id);
    if (entry) this.entries.set(id, {...entry, ref});
  }

  /** Whether any timer keeps the event loop alive (for callbackWaitsForEmptyEventLoop). */
  hasRefed(): boolean {
    for (const entry of this.entries.values()) if (entry.ref) return true;
    return false;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Earliest due time, or undefined when the queue is empty. */
  nextDueAt(): number | undefined {
    let next: number | undefined;
    for (const entry of this.entries.values()) if (next === undefined || entry.dueAt < next) next = entry.dueAt;
    return next;
  }

  /**
   * Removes and returns the earliest timer due at `now`, rescheduling intervals from `now`
   * (an interval that missed several periods while frozen fires once, as in Node).
   */
  popDue(now: number): TimerEntry | undefined {
    let best: TimerEntry | undefined;
    for (const entry of this.entries.values()) {
      if (entry.dueAt > now) continue;
      if (!best || entry.dueAt < best.dueAt || (entry.dueAt === best.dueAt && entry.seq < best.seq)) best = entry;
    }
    if (!best) return undefined;
    if (best.intervalMs !== undefined) {
      this.entries.set(best.id, {...best, dueAt: now + best.intervalMs, seq: this.seq++});
    } else {
      this.entries.delete(best.id);
    }
    return best;
  }
}
