// GET /v1/stream: newly enriched articles as Server-Sent Events, filtered, with heartbeats, and
// resumed exactly after the last event seen with Last-Event-ID.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { internalsOf } from '@newsflow/store/internals';
import { waitFor } from '@newsflow/testing';
import { type Harness, makeArticle, startHarness } from './harness.ts';

interface SseEvent {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
}

/** An open event stream: the events parsed so far, and a way to close it. */
async function openStream(api: Harness, path: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await api.call(path, {
    key: api.readerKey,
    headers: { accept: 'text/event-stream', 'accept-encoding': 'gzip', ...headers },
    signal: controller.signal,
  });
  const events: SseEvent[] = [];
  const reading = (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const event: SseEvent = {};
          for (const line of buffer.slice(0, end).split('\n')) {
            if (line.startsWith(':')) event.comment = line.slice(1).trim();
            else {
              const at = line.indexOf(': ');
              const field = line.slice(0, at) as keyof SseEvent;
              event[field] = line.slice(at + 2);
            }
          }
          events.push(event);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    response,
    events,
    articles: () =>
      events.filter((e) => e.event === 'article').map((e) => JSON.parse(e.data!) as { id: string }),
    async close() {
      controller.abort();
      await reading;
    },
  };
}

describe('GET /v1/stream', { timeout: 120_000 }, () => {
  let api: Harness;
  let next = 1;
  const enriched = (fields: Record<string, unknown> = {}) =>
    makeArticle(next++, { source: 'alpha', updatedAt: new Date(), ...fields });

  before(async () => {
    api = await startHarness('stream');
    // History from before any client connected: never streamed to a new client.
    await internalsOf(api.store)
      .collection('articles')
      .insertOne(enriched({ updatedAt: new Date(Date.now() - 3600_000) }) as never);
  });
  after(() => api?.close());

  it('delivers newly enriched articles matching the filters, uncompressed, with heartbeats', async () => {
    const stream = await openStream(api, '/v1/stream?source=alpha&language=en');
    assert.equal(stream.response.status, 200);
    assert.match(stream.response.headers.get('content-type') ?? '', /text\/event-stream/);
    assert.equal(stream.response.headers.get('content-encoding'), null);
    try {
      const wanted = enriched();
      await internalsOf(api.store)
        .collection('articles')
        .insertMany([
          wanted,
          enriched({ source: 'beta' }),
          enriched({ language: 'fr' }),
          enriched({ status: 'parsed' }),
        ] as never[]);
      await waitFor('the article event', () => stream.articles().length >= 1, { timeoutMs: 10_000 });
      await waitFor('a heartbeat', () => stream.events.some((e) => e.comment?.startsWith('heartbeat')), {
        timeoutMs: 5000,
      });
      assert.deepEqual(
        stream.articles().map((a) => a.id),
        [wanted._id],
      );
      assert.ok(stream.events.find((e) => e.event === 'article')?.id, 'events carry an id');
    } finally {
      await stream.close();
    }
  });

  it('resumes exactly after Last-Event-ID, with what arrived while disconnected', async () => {
    const first = await openStream(api, '/v1/stream?source=alpha');
    const seen = enriched();
    await internalsOf(api.store)
      .collection('articles')
      .insertOne(seen as never);
    await waitFor('first event', () => first.articles().length === 1, { timeoutMs: 10_000 });
    const lastEventId = first.events.filter((e) => e.event === 'article').at(-1)!.id!;
    await first.close();

    // Two arrive while no client listens, one of them with the same timestamp as the last seen.
    const missed = [enriched({ updatedAt: seen.updatedAt }), enriched()];
    await internalsOf(api.store)
      .collection('articles')
      .insertMany(missed as never[]);
    const resumed = await openStream(api, '/v1/stream?source=alpha', { 'last-event-id': lastEventId });
    try {
      await waitFor('missed events', () => resumed.articles().length === 2, { timeoutMs: 10_000 });
      assert.deepEqual(
        resumed
          .articles()
          .map((a) => a.id)
          .sort(),
        missed.map((a) => a._id).sort(),
      );
    } finally {
      await resumed.close();
    }
  });

  it('serves concurrent clients with different filters from one feed', async () => {
    const alpha = await openStream(api, '/v1/stream?source=alpha');
    const beta = await openStream(api, '/v1/stream?source=beta&q=mirzoyan');
    const all = await openStream(api, '/v1/stream');
    try {
      const a = enriched();
      const b = enriched({ source: 'beta', title: 'Mirzoyan in Washington' });
      const c = enriched({ source: 'beta', title: 'Weather' });
      await internalsOf(api.store)
        .collection('articles')
        .insertMany([a, b, c] as never[]);
      await waitFor('all three on the unfiltered stream', () => all.articles().length === 3, {
        timeoutMs: 10_000,
      });
      await waitFor('the beta match', () => beta.articles().length === 1, { timeoutMs: 5000 });
      assert.deepEqual(
        alpha.articles().map((x) => x.id),
        [a._id],
      );
      assert.deepEqual(
        beta.articles().map((x) => x.id),
        [b._id],
      );
    } finally {
      await Promise.all([alpha.close(), beta.close(), all.close()]);
    }
  });

  it('refuses a bad Last-Event-ID, bad filters and missing keys', async () => {
    assert.equal(
      (await api.call('/v1/stream', { key: api.readerKey, headers: { 'last-event-id': 'nope' } })).status,
      400,
    );
    assert.equal((await api.call('/v1/stream?limit=5', { key: api.readerKey })).status, 400);
    assert.equal((await api.call('/v1/stream?source[$ne]=x', { key: api.readerKey })).status, 400);
    assert.equal((await api.call('/v1/stream', { key: null })).status, 401);
  });
});
