import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { crawlerKeys } from './redis-keys.ts';

// A source's fetches in flight, across every crawler process: a sorted set of lease ids scored by
// expiry, so the slot of a crawler that died frees itself.
const ACQUIRE = `
local now, max, lease_ms, id = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= max then return 0 end
redis.call('ZADD', KEYS[1], now + lease_ms, id)
redis.call('PEXPIRE', KEYS[1], lease_ms)
return 1
`;

export interface SourceSlot {
  source: string;
  id: string;
}

/** Caps a source's parallel fetches (its `maxConcurrency`) across all its hosts and all processes. */
export class RedisSourceSlots {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly leaseMs: number;

  /** `leaseMs` must exceed the whole-fetch timeout: a live fetch must never lose its slot. */
  constructor(redis: Redis, prefix: string, leaseMs: number) {
    this.redis = redis;
    this.prefix = prefix;
    this.leaseMs = leaseMs;
  }

  private key(source: string): string {
    return crawlerKeys(this.prefix).sourceSlots(source);
  }

  async tryAcquire(source: string, maxConcurrency: number): Promise<SourceSlot | null> {
    const id = randomUUID();
    const granted = await this.redis.eval(
      ACQUIRE,
      1,
      this.key(source),
      Date.now(),
      maxConcurrency,
      this.leaseMs,
      id,
    );
    return granted === 1 ? { source, id } : null;
  }

  async release(slot: SourceSlot): Promise<void> {
    await this.redis.zrem(this.key(slot.source), slot.id);
  }
}
