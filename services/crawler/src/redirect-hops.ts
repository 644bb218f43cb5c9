// The hops of a redirect chain are requests like any other: each waits its host's delay from
// the end of the previous response to that host (across processes: the host's politeness lease
// is held until the fetch ends), a hop to another host takes that host's slot (and its
// robots.txt first, if unknown), and a hop to a page some job already fetched is not followed.
import { type HostLease, type RedirectHop, type RobotsGate, RobotsUnavailableError } from '@newsflow/crawl';
import type { Frontier } from './frontier.ts';
import { type HostClaimDeps, hostDelayMs } from './host-claim.ts';
import { type CrawlSource, canonicalFor } from './source-registry.ts';

/** Why a chain was not followed to its end. */
export type HopStop = 'fetched' | 'host_busy' | 'robots_unavailable';

// A hop to another host waits at most this long for that host's slot; a longer wait (a busy
// host, a long Crawl-delay) ends the fetch as transient, to be retried, rather than hold a worker.
const MAX_HOP_WAIT_MS = 30_000;

/** Until the clock reads `at`: a timer may fire a millisecond early, so it is checked again. */
async function sleepUntil(at: number): Promise<void> {
  while (Date.now() < at) await new Promise((resolve) => setTimeout(resolve, at - Date.now() + 1));
}

export interface HopGuardOptions {
  source: CrawlSource;
  robots: RobotsGate;
  /** The host the fetch started on, its slot already held, and that host's delay. */
  host: string;
  delayMs: number;
  /** First fetch of an article: a hop to a URL fetched already stops the chain. */
  firstFetch: boolean;
  /** The job fetching (owner of the claims on the hops' URLs). */
  owner: string;
}

export function createHopGuard(
  deps: Pick<HostClaimDeps, 'politeness' | 'robotsCache'> & { frontier: Pick<Frontier, 'claimFetch'> },
  options: HopGuardOptions,
) {
  const { source, robots } = options;
  const held = new Map<string, { lease: HostLease | null; delayMs: number; lastEnd: number }>([
    [options.host, { lease: null, delayMs: options.delayMs, lastEnd: 0 }],
  ]);
  let stop: HopStop | null = null;

  /** Takes another host's slot, waiting in process (bounded); its robots.txt first if unknown. */
  const takeHost = async (url: string, host: string): Promise<HopStop | null> => {
    const acquire = async (): Promise<HostLease | null> => {
      const deadline = Date.now() + MAX_HOP_WAIT_MS;
      for (;;) {
        const slot = await deps.politeness.tryAcquire(host);
        if (slot.granted) return slot.lease;
        if (slot.retryAt > deadline) return null;
        await sleepUntil(slot.retryAt);
      }
    };
    let lease = await acquire();
    if (!lease) return 'host_busy';
    let delayMs = source.minDelayMs;
    if (!(await deps.robotsCache.has(new URL(url).origin))) {
      // robots.txt takes this slot; the hop itself waits for the next one.
      try {
        delayMs = await hostDelayMs(source, robots, url);
        await deps.politeness.setDelay(host, delayMs);
      } catch (error) {
        if (!(error instanceof RobotsUnavailableError)) throw error;
        await deps.politeness.release(lease);
        const retryAfter = error.retryAfterMs ?? source.minDelayMs;
        await deps.politeness.deferUntil(host, Date.now() + retryAfter);
        return 'robots_unavailable';
      }
      await deps.politeness.release(lease);
      lease = await acquire();
      if (!lease) return 'host_busy';
    } else {
      delayMs = await hostDelayMs(source, robots, url);
      await deps.politeness.setDelay(host, delayMs);
    }
    held.set(host, { lease, delayMs, lastEnd: 0 });
    return null;
  };

  return {
    /** The fetcher's beforeRedirect hook. */
    async beforeRedirect(hop: RedirectHop): Promise<'follow' | 'stop'> {
      const from = held.get(new URL(hop.from).host);
      if (from) from.lastEnd = Date.now();
      const target = canonicalFor(source, hop.to);
      if (
        options.firstFetch &&
        target &&
        !(await deps.frontier.claimFetch(source._id, target, options.owner))
      ) {
        stop = 'fetched';
        return 'stop';
      }
      const host = new URL(hop.to).host;
      const mine = held.get(host);
      if (!mine) {
        stop = await takeHost(hop.to, host);
        return stop ? 'stop' : 'follow';
      }
      // Same host, slot held: its delay counts from the end of its previous response.
      await sleepUntil(mine.lastEnd + mine.delayMs);
      return 'follow';
    },
    /** Why the chain was stopped, if it was. */
    stopped: (): HopStop | null => stop,
    /** Gives back the other hosts' slots (the first host's is its claim's). */
    async release(): Promise<void> {
      for (const { lease } of held.values()) if (lease) await deps.politeness.release(lease);
    },
  };
}
