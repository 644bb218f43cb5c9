// Per-host politeness: one fetch at a time per host, and the next one no sooner than the
// host's delay after the previous one *finished*. Spacing from completion (not from start)
// is what makes the promise hold where it matters, at the site: a slow first response can
// never squeeze the next request closer than the delay. The interface is what a shared
// (Redis) implementation must also provide, so several crawler processes share one schedule.

/** A granted fetch slot; hand it back with release() when the fetch is done. */
export interface HostLease {
  host: string;
  id: string;
}

export type AcquireResult = { granted: true; lease: HostLease } | { granted: false; retryAt: number };

export interface PolitenessScheduler {
  /** The earliest epoch ms at which `host` could be fetched, without claiming it. */
  nextAllowedAt(host: string): Promise<number>;
  /**
   * Claims the host if it is free and its delay has passed; otherwise says when to try again
   * (a BullMQ job is then delayed until `retryAt` instead of holding a worker).
   */
  tryAcquire(host: string): Promise<AcquireResult>;
  /** The fetch is over: the host's next slot starts its delay from now. */
  release(lease: HostLease): Promise<void>;
  /** Nothing for this host before `until` (a 429/503 Retry-After). */
  deferUntil(host: string, until: number): Promise<void>;
  /** The host's delay: the larger of the source's minimum and its robots.txt Crawl-delay. */
  setDelay(host: string, delayMs: number): Promise<void>;
}

export interface MemoryPolitenessOptions {
  /**
   * Delay for hosts without their own, 1 s: the customary polite rate for a crawler that
   * was not told otherwise (Scrapy's AutoThrottle start delay is 5 s, Heritrix waits
   * at least 3 s per host; news sites publishing hundreds of pages a day need faster).
   */
  defaultDelayMs?: number;
  /**
   * A lease not released within this time is void (its crawler died): 2 min, above the
   * fetcher's 60 s total timeout so a live fetch never loses its host.
   */
  leaseMs?: number;
  now?: () => number;
}

interface HostState {
  nextAt: number;
  delayMs: number | null;
  leaseId: string | null;
  leaseUntil: number;
}

export class MemoryPolitenessScheduler implements PolitenessScheduler {
  private readonly hosts = new Map<string, HostState>();
  private readonly defaultDelayMs: number;
  private readonly leaseMs: number;
  private readonly now: () => number;
  private leases = 0;

  constructor(options: MemoryPolitenessOptions = {}) {
    this.defaultDelayMs = options.defaultDelayMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 120_000;
    this.now = options.now ?? Date.now;
  }

  async nextAllowedAt(host: string): Promise<number> {
    return this.earliest(this.state(host), this.now());
  }

  async tryAcquire(host: string): Promise<AcquireResult> {
    // Check and claim without an await in between: claims from concurrent callers must not interleave.
    const state = this.state(host);
    const now = this.now();
    const next = this.earliest(state, now);
    if (next > now) return { granted: false, retryAt: next };
    this.leases++;
    state.leaseId = `${this.leases}`;
    state.leaseUntil = now + this.leaseMs;
    state.nextAt = now + this.delayOf(state);
    this.forgetIdleHosts(now);
    return { granted: true, lease: { host: host.toLowerCase(), id: state.leaseId } };
  }

  private earliest(state: HostState, now: number): number {
    const leased = state.leaseId !== null && state.leaseUntil > now;
    // While leased, the earliest possible slot is a full delay after a release right now.
    return Math.max(now, state.nextAt, leased ? now + this.delayOf(state) : 0);
  }

  async release(lease: HostLease): Promise<void> {
    const state = this.hosts.get(lease.host);
    if (!state || state.leaseId !== lease.id) return; // expired and re-granted: not ours
    state.leaseId = null;
    state.leaseUntil = 0;
    state.nextAt = Math.max(state.nextAt, this.now() + this.delayOf(state));
  }

  async deferUntil(host: string, until: number): Promise<void> {
    const state = this.state(host);
    state.nextAt = Math.max(state.nextAt, until);
  }

  async setDelay(host: string, delayMs: number): Promise<void> {
    this.state(host).delayMs = Math.max(0, delayMs);
  }

  private delayOf(state: HostState): number {
    return state.delayMs ?? this.defaultDelayMs;
  }

  private state(host: string): HostState {
    const key = host.toLowerCase();
    let state = this.hosts.get(key);
    if (!state) {
      state = { nextAt: 0, delayMs: null, leaseId: null, leaseUntil: 0 };
      this.hosts.set(key, state);
    }
    return state;
  }

  // A host whose slot is long past carries no state worth keeping, unless it has its own delay.
  private forgetIdleHosts(now: number): void {
    if (this.hosts.size < 10_000) return;
    for (const [host, state] of this.hosts) {
      if (state.nextAt < now && state.delayMs === null && state.leaseId === null) this.hosts.delete(host);
    }
  }
}

/** Waits (polling at the scheduler's `retryAt`) until the host is granted; for in-process use. */
export async function acquireHost(
  scheduler: PolitenessScheduler,
  host: string,
  signal?: AbortSignal,
): Promise<HostLease> {
  const { setTimeout: sleep } = await import('node:timers/promises');
  for (;;) {
    signal?.throwIfAborted();
    const result = await scheduler.tryAcquire(host);
    if (result.granted) return result.lease;
    await sleep(Math.max(1, result.retryAt - Date.now()), undefined, signal ? { signal } : {});
  }
}
