import type { RobotsCache, RobotsEntry } from '@newsflow/crawl';
import type { Redis } from 'ioredis';

/** robots.txt entries shared by every crawler process, expiring with their TTL. */
export class RedisRobotsCache implements RobotsCache {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(redis: Redis, prefix: string) {
    this.redis = redis;
    this.prefix = prefix;
  }

  async get(origin: string): Promise<RobotsEntry | undefined> {
    const text = await this.redis.get(`${this.prefix}:robots:${origin}`);
    return text ? (JSON.parse(text) as RobotsEntry) : undefined;
  }

  /** True when the origin's robots.txt is cached (so checking it sends no request). */
  async has(origin: string): Promise<boolean> {
    return (await this.redis.exists(`${this.prefix}:robots:${origin}`)) === 1;
  }

  async set(origin: string, entry: RobotsEntry, ttlMs: number): Promise<void> {
    await this.redis.set(
      `${this.prefix}:robots:${origin}`,
      JSON.stringify(entry),
      'PX',
      Math.max(1, Math.round(ttlMs)),
    );
  }
}
