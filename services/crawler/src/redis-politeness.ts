import { randomUUID } from 'node:crypto';
import type { AcquireResult, HostLease, PolitenessScheduler } from '@newsflow/crawl';
import type { Redis } from 'ioredis';
import { crawlerKeys } from './redis-keys.ts';

// The per-host schedule of @newsflow/crawl's MemoryPolitenessScheduler, kept in Redis so every
// crawler process shares it: one fetch at a time per host, the next no sooner than the host's
// delay after the previous one finished. Each operation is one Lua script: atomic across processes.
// A host's hash: nextAt, delayMs, leaseId, leaseUntil (epoch ms).

const EARLIEST = `
local function earliest(now, default_delay)
  local h = redis.call('HMGET', KEYS[1], 'nextAt', 'delayMs', 'leaseId', 'leaseUntil')
  local next_at = tonumber(h[1] or '0')
  local delay = tonumber(h[2] or default_delay)
  local leased = h[3] and h[3] ~= '' and tonumber(h[4] or '0') > now
  local at = math.max(now, next_at)
  if leased then at = math.max(at, now + delay) end
  return at, delay
end
`;

const TRY_ACQUIRE = `${EARLIEST}
local now, default_delay, lease_ms, lease_id = tonumber(ARGV[1]), ARGV[2], tonumber(ARGV[3]), ARGV[4]
local at, delay = earliest(now, default_delay)
if at > now then return at end
redis.call('HSET', KEYS[1], 'leaseId', lease_id, 'leaseUntil', now + lease_ms, 'nextAt', now + delay)
redis.call('PEXPIRE', KEYS[1], 7 * 86400000)
return 0
`;

const RELEASE = `
local now, lease_id, default_delay = tonumber(ARGV[1]), ARGV[2], ARGV[3]
local h = redis.call('HMGET', KEYS[1], 'leaseId', 'delayMs', 'nextAt')
if h[1] ~= lease_id then return 0 end
local delay = tonumber(h[2] or default_delay)
redis.call('HSET', KEYS[1], 'leaseId', '', 'leaseUntil', 0, 'nextAt', math.max(tonumber(h[3] or '0'), now + delay))
return 1
`;

const NEXT_ALLOWED = `${EARLIEST}
local at = earliest(tonumber(ARGV[1]), ARGV[2])
return at
`;

const DEFER = `
local h = redis.call('HGET', KEYS[1], 'nextAt')
redis.call('HSET', KEYS[1], 'nextAt', math.max(tonumber(h or '0'), tonumber(ARGV[1])))
redis.call('PEXPIRE', KEYS[1], 7 * 86400000)
return 1
`;

export interface RedisPolitenessOptions {
  prefix: string;
  /** Delay of a host with none set: 1 s, as the in-memory scheduler (see its calibration note). */
  defaultDelayMs?: number;
  /** A lease not released within this time is void (its crawler died); above the fetch timeout. */
  leaseMs?: number;
}

export class RedisPolitenessScheduler implements PolitenessScheduler {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly defaultDelayMs: number;
  private readonly leaseMs: number;

  constructor(redis: Redis, options: RedisPolitenessOptions) {
    this.redis = redis;
    this.prefix = options.prefix;
    this.defaultDelayMs = options.defaultDelayMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 120_000;
  }

  private key(host: string): string {
    return crawlerKeys(this.prefix).polite(host);
  }

  async nextAllowedAt(host: string): Promise<number> {
    return Number(await this.redis.eval(NEXT_ALLOWED, 1, this.key(host), Date.now(), this.defaultDelayMs));
  }

  async tryAcquire(host: string): Promise<AcquireResult> {
    const id = randomUUID();
    const retryAt = Number(
      await this.redis.eval(
        TRY_ACQUIRE,
        1,
        this.key(host),
        Date.now(),
        this.defaultDelayMs,
        this.leaseMs,
        id,
      ),
    );
    return retryAt === 0
      ? { granted: true, lease: { host: host.toLowerCase(), id } }
      : { granted: false, retryAt };
  }

  async release(lease: HostLease): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.key(lease.host), Date.now(), lease.id, this.defaultDelayMs);
  }

  async deferUntil(host: string, until: number): Promise<void> {
    await this.redis.eval(DEFER, 1, this.key(host), until);
  }

  async setDelay(host: string, delayMs: number): Promise<void> {
    await this.redis.hset(this.key(host), 'delayMs', Math.max(0, Math.round(delayMs)));
  }
}
