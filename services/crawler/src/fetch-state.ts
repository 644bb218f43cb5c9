import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { crawlerKeys } from './redis-keys.ts';

/** What the crawler remembers of a URL between fetches: validators and what it last published. */
export interface FetchState {
  etag: string | null;
  lastModified: string | null;
  /** sha256 of the last published body; a 200 with the same bytes is not published again. */
  contentHash: string | null;
  /** Epoch ms of the last successful fetch (200 or 304). */
  fetchedAt: number;
  /** A sitemap index's child sitemaps (JSON array), polled again when the index answers 304. */
  children: string | null;
}

// Long enough to span many recrawl intervals of a listing page; an expired entry only costs
// one unconditional fetch.
const STATE_TTL_MS = 30 * 24 * 3600_000;

export function contentHashOf(body: Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}

/** Per-URL fetch state in Redis, shared by every crawler process (one hash per URL). */
export class RedisFetchState {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(redis: Redis, prefix: string) {
    this.redis = redis;
    this.prefix = prefix;
  }

  private key(url: string): string {
    return crawlerKeys(this.prefix).fetchState(url);
  }

  async get(url: string): Promise<FetchState | null> {
    const fields = await this.redis.hgetall(this.key(url));
    if (!fields.fetchedAt) return null;
    return {
      etag: fields.etag || null,
      lastModified: fields.lastModified || null,
      contentHash: fields.contentHash || null,
      fetchedAt: Number(fields.fetchedAt),
      children: fields.children || null,
    };
  }

  /**
   * Merges `state` into the stored one (a 304 keeps the stored hash, refreshes fetchedAt), kept
   * for `ttlMs` from now (an article's state only until its last revisit).
   */
  async update(url: string, state: Partial<FetchState>, ttlMs = STATE_TTL_MS): Promise<void> {
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(state)) {
      if (value !== undefined && value !== null) fields[name] = String(value);
    }
    if (Object.keys(fields).length === 0) return;
    await this.redis
      .multi()
      .hset(this.key(url), fields)
      .pexpire(this.key(url), Math.max(1, Math.round(ttlMs)))
      .exec();
  }
}
