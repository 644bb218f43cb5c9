import type { Redis } from 'ioredis';
import { crawlerKeys } from './redis-keys.ts';

/** An origin whose robots.txt could not be read, since when and how often in a row. */
export interface RobotsOutage {
  sinceMs: number;
  attempts: number;
}

// A robots.txt outage without Retry-After is asked again after the retry backoff, doubling,
// but never more than 15 minutes apart: an hour-long outage is then seen ending within 15 min.
const MAX_BACKOFF_MS = 15 * 60_000;
// Outage records outlive any outage worth tracking; a host quiet for a week starts afresh.
const RECORD_TTL_MS = 7 * 24 * 3600_000;

/** When to ask for robots.txt again: the site's Retry-After, else the doubled backoff. */
export function robotsRetryDelayMs(attempts: number, retryAfterMs: number | null, baseMs: number): number {
  if (retryAfterMs !== null) return retryAfterMs;
  return Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.min(20, Math.max(0, attempts - 1)));
}

/** robots.txt outages per origin, shared by every crawler process. */
export class RedisRobotsOutages {
  private readonly redis: Redis;
  private readonly keys: ReturnType<typeof crawlerKeys>;

  constructor(redis: Redis, prefix: string) {
    this.redis = redis;
    this.keys = crawlerKeys(prefix);
  }

  /** One more failed robots.txt fetch; the outage starts with the first. */
  async record(origin: string, now = Date.now()): Promise<RobotsOutage> {
    const key = this.keys.robotsOutage(origin);
    const [, , since, attempts] = (await this.redis
      .multi()
      .hsetnx(key, 'since', now)
      .pexpire(key, RECORD_TTL_MS)
      .hget(key, 'since')
      .hincrby(key, 'attempts', 1)
      .exec())!.map(([, value]) => value);
    return { sinceMs: Number(since), attempts: Number(attempts) };
  }

  /** True for the first caller only: the outage's one host-level failure is recorded once. */
  async markReported(origin: string): Promise<boolean> {
    return (await this.redis.hsetnx(this.keys.robotsOutage(origin), 'reported', Date.now())) === 1;
  }

  /** robots.txt was read: the outage (if any) is over. True if there was one. */
  async clear(origin: string): Promise<boolean> {
    return (await this.redis.del(this.keys.robotsOutage(origin))) === 1;
  }
}
