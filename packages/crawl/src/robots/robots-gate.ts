// Answers "may we fetch this URL?" from the site's robots.txt, fetched once per origin and
// kept in a RobotsCache. It is the RobotsCheck that PageFetcher consults on every hop.
import type { FetchResult } from '../fetch/fetch-result.ts';
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
  /** Unreachable robots.txt (disallow-all) is retried after 1 h rather than a day. */
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
    if (cached) return cached;
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
    const entry = robotsEntryFor(robotsUrl, result);
    await this.cache.set(origin, entry, entry.state === 'disallow_all' ? this.unreachableTtlMs : this.ttlMs);
    return entry;
  }
}

/** RFC 9309 §2.3.1: success → rules; 4xx (not 429) → allow all; anything else → disallow all. */
export function robotsEntryFor(robotsUrl: string, result: FetchResult): RobotsEntry {
  const fetchedAt = Date.now();
  if (result.ok) {
    const text = new TextDecoder('utf-8').decode(result.body);
    return { state: 'ok', text, url: result.finalUrl, fetchedAt };
  }
  const unavailable =
    result.reason === 'http_404' || result.reason === 'http_410' || result.reason === 'http_4xx';
  return { state: unavailable ? 'allow_all' : 'disallow_all', text: '', url: robotsUrl, fetchedAt };
}
