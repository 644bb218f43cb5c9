import type { RobotsCache, RobotsEntry } from '@newsflow/crawl';
import type { Redis } from 'ioredis';
import { crawlerKeys } from './redis-keys.ts';

// Entries read from Redis are kept in process this long: the gate re-parses robots.txt whenever
// it is handed a new entry object, and every fetch checks robots twice (Crawl-delay, then the
// rules on each hop). 30 s is far below the 1–24 h entry lifetimes, so a changed robots.txt is
// seen at most 30 s late.
const LOCAL_MS = 30_000;
const LOCAL_MAX = 10_000;

/** robots.txt entries shared by every crawler process, expiring with their TTL. */
export class RedisRobotsCache implements RobotsCache {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly local = new Map<string, { entry: RobotsEntry; until: number }>();

  constructor(redis: Redis, prefix: string) {
    this.redis = redis;
    this.prefix = prefix;
  }

  async get(origin: string): Promise<RobotsEntry | undefined> {
    const held = this.local.get(origin);
    if (held && held.until > Date.now()) return held.entry;
    const text = await this.redis.get(crawlerKeys(this.prefix).robots(origin));
    if (!text) return undefined;
    const entry = JSON.parse(text) as RobotsEntry;
    this.hold(origin, entry, LOCAL_MS);
    return entry;
  }

  /** True when the origin's robots.txt is cached (so checking it sends no request). */
  async has(origin: string): Promise<boolean> {
    const held = this.local.get(origin);
    if (held && held.until > Date.now()) return true;
    return (await this.redis.exists(crawlerKeys(this.prefix).robots(origin))) === 1;
  }

  async set(origin: string, entry: RobotsEntry, ttlMs: number): Promise<void> {
    await this.redis.set(
      crawlerKeys(this.prefix).robots(origin),
      JSON.stringify(entry),
      'PX',
      Math.max(1, Math.round(ttlMs)),
    );
    this.hold(origin, entry, Math.min(LOCAL_MS, ttlMs));
  }

  private hold(origin: string, entry: RobotsEntry, ms: number): void {
    if (this.local.size >= LOCAL_MAX) this.local.clear();
    this.local.set(origin, { entry, until: Date.now() + ms });
  }
}
