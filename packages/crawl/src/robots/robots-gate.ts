// Answers "may we fetch this URL?" from the site's robots.txt, fetched once per origin and
// kept in a RobotsCache. It is the RobotsCheck that PageFetcher consults on every hop.
import type { FailureReason, FetchFailure, FetchResult } from '../fetch/fetch-result.ts';
import type { PageFetcher, RobotsCheck } from '../fetch/page-fetcher.ts';
import { robotsToken } from '../fetch/user-agent.ts';
import { MemoryRobotsCache, type RobotsCache, type RobotsEntry } from './robots-cache.ts';
import { ALLOW_ALL, DISALLOW_ALL, parseRobotsTxt, type RobotsRules } from './robots-rules.ts';

/** Fetches a robots.txt URL; usually `(url) => fetcher.fetch(url, { accept: 'any', maxBodyBytes: … })`. */
export type RobotsFetch = (robotsUrl: string) => Promise<FetchResult>;

/**
 * RFC 9309 §2.5: crawlers must parse at least the first 500 KiB of a robots.txt; we parse
 * exactly that much and ignore the rest, rather than fail a site over an oversized file.
 */
export const ROBOTS_MAX_BYTES = 500 * 1024;

/** The usual RobotsFetch: any content type, cut at 500 KiB. */
export function robotsFetcher(fetcher: PageFetcher): RobotsFetch {
  return (robotsUrl) =>
    fetcher.fetch(robotsUrl, { accept: 'any', maxBodyBytes: ROBOTS_MAX_BYTES, truncateAtLimit: true });
}

export interface RobotsGateOptions {
  fetchRobots: RobotsFetch;
  /** The crawler's user-agent string; rules are matched on its product token. */
  userAgent: string;
  cache?: RobotsCache;
  /** 24 h: the longest cache lifetime RFC 9309 §2.4 recommends. */
  ttlMs?: number;
  /** A robots.txt that failed without an HTTP answer (TLS, redirect loop) is asked again after 1 h. */
  unreachableTtlMs?: number;
}

export class RobotsGate implements RobotsCheck {
  private readonly fetchRobots: RobotsFetch;
  private readonly token: string;
  private readonly cache: RobotsCache;
  private readonly ttlMs: number;
  private readonly unreachableTtlMs: number;
  private readonly inFlight = new Map<string, Promise<RobotsEntry>>();
  private readonly parsed = new Map<string, { entry: RobotsEntry; rules: RobotsRules }>();

  constructor(options: RobotsGateOptions) {
    this.fetchRobots = options.fetchRobots;
    this.token = robotsToken(options.userAgent);
    this.cache = options.cache ?? new MemoryRobotsCache();
    this.ttlMs = options.ttlMs ?? 24 * 3600_000;
    this.unreachableTtlMs = options.unreachableTtlMs ?? 3600_000;
  }

  async isAllowed(url: string): Promise<boolean> {
    return (await this.rulesFor(url)).isAllowed(url);
  }

  /** Crawl-delay for the URL's host in ms, or null. */
  async crawlDelayMs(url: string): Promise<number | null> {
    return (await this.rulesFor(url)).crawlDelayMs();
  }

  /** `Sitemap:` lines of the URL's origin. */
  async sitemaps(url: string): Promise<string[]> {
    return (await this.rulesFor(url)).sitemaps();
  }

  async rulesFor(url: string): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    const entry = await this.entryFor(origin);
    const memo = this.parsed.get(origin);
    if (memo && memo.entry === entry) return memo.rules;
    const rules =
      entry.state === 'ok'
        ? parseRobotsTxt(entry.url, entry.text, this.token)
        : entry.state === 'allow_all'
          ? ALLOW_ALL
          : DISALLOW_ALL;
    // Parsed rules are a memo of the cache, bounded like it.
    if (this.parsed.size >= 10_000) this.parsed.clear();
    this.parsed.set(origin, { entry, rules });
    return rules;
  }

  private async entryFor(origin: string): Promise<RobotsEntry> {
    const cached = await this.cache.get(origin);
    // 'disallow_all' was how earlier versions cached an unreachable robots.txt: asked again now.
    if (cached && cached.state !== 'disallow_all') return cached;
    // Concurrent checks for a new origin share one robots.txt fetch.
    let pending = this.inFlight.get(origin);
    if (!pending) {
      pending = this.load(origin).finally(() => this.inFlight.delete(origin));
      this.inFlight.set(origin, pending);
    }
    return pending;
  }

  private async load(origin: string): Promise<RobotsEntry> {
    const robotsUrl = `${origin}/robots.txt`;
    const result = await this.fetchRobots(robotsUrl);
    // Not cached: the caller defers the host and asks again, so a 429 or an outage is never
    // remembered as "disallow everything".
    if (!result.ok && isUnavailable(result)) throw new RobotsUnavailableError(robotsUrl, result);
    const entry = robotsEntryFor(robotsUrl, result);
    // A robots.txt that failed in a way no retry soon fixes (TLS, a redirect loop, a private
    // address) stands as allow-all only for the shorter lifetime, then is asked again.
    const shortLived = !result.ok && result.status === null;
    await this.cache.set(origin, entry, shortLived ? this.unreachableTtlMs : this.ttlMs);
    return entry;
  }
}

/**
 * robots.txt could not be read for now (RFC 9309 §2.3.1.3–4: 429, 5xx, a timeout or a network
 * error): the crawler must not fetch from the host meanwhile, nor treat its pages as disallowed.
 * `retryAfterMs` is the site's Retry-After, when it sent one.
 */
export class RobotsUnavailableError extends Error {
  override name = 'RobotsUnavailableError';
  readonly robotsUrl: string;
  readonly reason: FailureReason;
  readonly status: number | null;
  readonly retryAfterMs: number | null;

  constructor(robotsUrl: string, failure: FetchFailure) {
    super(
      `robots.txt unavailable (${failure.reason}${failure.status ? ` ${failure.status}` : ''}): ${robotsUrl}`,
    );
    this.robotsUrl = robotsUrl;
    this.reason = failure.reason;
    this.status = failure.status;
    this.retryAfterMs = failure.retryAfterMs;
  }
}

/** 429, 5xx, timeouts and network errors: transient, robots.txt to be asked again later. */
function isUnavailable(result: FetchFailure): boolean {
  if (result.status !== null) return result.status === 429 || result.status >= 500;
  return result.kind === 'transient';
}

/**
 * RFC 9309 §2.3.1: success → rules; any 4xx but 429 ("unavailable") → no rules, allow all.
 * Other failures that retrying will not fix soon (TLS, redirect loop or too many redirects,
 * a refused address) also stand as allow-all: the page fetch then fails on its own reason.
 * 429, 5xx and network failures never reach here (RobotsUnavailableError).
 */
export function robotsEntryFor(robotsUrl: string, result: FetchResult): RobotsEntry {
  const fetchedAt = Date.now();
  if (result.ok) {
    const text = new TextDecoder('utf-8').decode(result.body);
    return { state: 'ok', text, url: result.finalUrl, fetchedAt };
  }
  return { state: 'allow_all', text: '', url: robotsUrl, fetchedAt };
}
