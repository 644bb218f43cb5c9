// API keys (hashed, roles reader/admin), the explicit keyless demo mode, and Redis rate limits.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { ApiKey } from '@newsflow/store';
import { internalsOf } from '@newsflow/store/internals';
import { waitFor } from '@newsflow/testing';
import { KEY_CACHE_MS } from '../src/http/auth.ts';
import { type Harness, startHarness } from './harness.ts';

/** Rate-limit windows are whole minutes: start a counting test early in one. */
async function awayFromMinuteEnd() {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
}

describe('API keys and roles', { timeout: 120_000 }, () => {
  let api: Harness;
  before(async () => {
    api = await startHarness('auth');
  });
  after(() => api?.close());

  it('stores only a hash of each key', async () => {
    const stored = await internalsOf(api.store).collection('api_keys').find<ApiKey>({}).toArray();
    assert.equal(stored.length, 2);
    const hash = createHash('sha256').update(api.adminKey).digest('hex');
    assert.ok(stored.some((key) => key._id === hash));
    assert.ok(!JSON.stringify(stored).includes(api.adminKey));
  });

  it('needs a key for /v1, refuses unknown ones, and keeps admin routes for admins', async () => {
    const none = await api.call('/v1/articles', { key: null });
    assert.equal(none.status, 401);
    assert.match(none.headers.get('content-type') ?? '', /problem\+json/);
    assert.match(none.headers.get('www-authenticate') ?? '', /Bearer/);
    assert.equal((await api.call('/v1/articles', { key: 'nf_not-a-key' })).status, 401);
    assert.equal((await api.call('/v1/articles', { key: api.readerKey })).status, 200);
    const viaHeader = await fetch(`${api.base}/v1/articles`, { headers: { 'x-api-key': api.readerKey } });
    assert.equal(viaHeader.status, 200);
    for (const [method, path] of [
      ['GET', '/v1/failures'],
      ['GET', '/v1/pages-not-stored'],
      ['GET', '/v1/pages-not-stored/reasons'],
      ['GET', '/v1/pipeline/status'],
      ['POST', '/v1/sources'],
      ['POST', '/v1/reprocess'],
      ['DELETE', '/v1/failures'],
    ] as const) {
      const reader = await api.call(path, { key: api.readerKey, method });
      assert.equal(reader.status, 403, `${method} ${path} as reader`);
    }
    assert.equal((await api.call('/v1/failures', { key: api.adminKey })).status, 200);
    assert.equal((await api.call('/admin/queues/', { key: api.readerKey })).status, 403);
    assert.equal((await api.call('/admin/queues/', { key: api.adminKey })).status, 200);
  });

  it('refuses a revoked key', async () => {
    const { key, id } = await api.store.apiKeys.create({ name: 'short-lived', role: 'reader' });
    await api.store.apiKeys.revokeByIdPrefix(id);
    assert.equal((await api.call('/v1/articles', { key })).status, 401);
  });

  it('stops accepting a key in use within seconds of its revocation', async () => {
    const { key, id } = await api.store.apiKeys.create({ name: 'in-use', role: 'reader' });
    assert.equal((await api.call('/v1/articles', { key })).status, 200);
    await api.store.apiKeys.revokeByIdPrefix(id);
    const revokedAt = Date.now();
    await waitFor(
      'the revoked key refused',
      async () => (await api.call('/v1/articles', { key })).status === 401,
      {
        timeoutMs: KEY_CACHE_MS + 5_000,
        intervalMs: 250,
      },
    );
    assert.ok(Date.now() - revokedAt <= KEY_CACHE_MS + 2_000, `refused after ${Date.now() - revokedAt} ms`);
  });
});

describe('rate limits', { timeout: 180_000 }, () => {
  let api: Harness;
  before(async () => {
    api = await startHarness('ratelimit', { rateLimitPerMinute: 5 });
  });
  after(() => api?.close());

  it('counts requests per key in Redis and answers 429 with RateLimit-* and Retry-After', async () => {
    await awayFromMinuteEnd();
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await api.call('/v1/articles?limit=1', { key: api.readerKey });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('ratelimit-limit'), '5');
      assert.match(response.headers.get('ratelimit-policy') ?? '', /^5;w=60$/);
      remaining.push(response.headers.get('ratelimit-remaining')!);
    }
    assert.deepEqual(remaining, ['4', '3', '2', '1', '0']);
    const limited = await api.call('/v1/articles?limit=1', { key: api.readerKey });
    assert.equal(limited.status, 429);
    assert.match(limited.headers.get('content-type') ?? '', /problem\+json/);
    const retryAfter = Number(limited.headers.get('retry-after'));
    // The sliding window: this minute's five requests must partly slide out, past the minute's end.
    assert.ok(retryAfter >= 1 && retryAfter <= 120, `Retry-After ${retryAfter}`);
    assert.equal(limited.headers.get('ratelimit-remaining'), '0');
    // Another key has its own budget.
    assert.equal((await api.call('/v1/articles?limit=1', { key: api.adminKey })).status, 200);
  });

  it("applies a key's own limit", async () => {
    await awayFromMinuteEnd();
    const { key } = await api.store.apiKeys.create({
      name: 'tight',
      role: 'reader',
      rateLimitPerMinute: 2,
    });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await api.call('/v1/articles?limit=1', { key })).status);
    assert.deepEqual(statuses, [200, 200, 429]);
  });
});

describe('demo mode', { timeout: 120_000 }, () => {
  let api: Harness;
  before(async () => {
    api = await startHarness('demo', { auth: 'demo' });
  });
  after(() => api?.close());

  it('serves every route without a key, only when chosen explicitly', async () => {
    assert.equal((await api.call('/v1/articles', { key: null })).status, 200);
    assert.equal((await api.call('/v1/failures', { key: null })).status, 200);
    // A wrong key is still refused: demo mode is keyless, not key-blind.
    assert.equal((await api.call('/v1/articles', { key: 'nf_wrong' })).status, 401);
  });
});
