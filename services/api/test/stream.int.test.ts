// GET /v1/stream: newly enriched articles as Server-Sent Events, read from articles.enriched.v1
// on the real Kafka, filtered, with heartbeats, one store read per event however many clients
// listen, and resumed exactly after the last event seen with Last-Event-ID, also across a
// restart of the API process.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ArticleEnrichedV1, TOPICS } from '@newsflow/contracts';
import { createKafkaClient, createPublisher, type Publisher } from '@newsflow/kafka';
import { createLogger } from '@newsflow/observability';
import { internalsOf, watchQueries } from '@newsflow/store/internals';
import { freePort, serviceEnvFor, startService, waitFor } from '@newsflow/testing';
import { type Harness, makeArticle, startHarness } from './harness.ts';

interface SseEvent {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
}

/** An open event stream: the events parsed so far, and a way to close it. */
async function openStream(
  api: { call: Harness['call']; readerKey: string | null },
  path: string,
  headers: Record<string, string> = {},
) {
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

type StoredArticle = ReturnType<typeof makeArticle>;

describe('GET /v1/stream', { timeout: 180_000 }, () => {
  let api: Harness;
  let publisher: Publisher;
  let next = 1;
  const enriched = (fields: Record<string, unknown> = {}) =>
    makeArticle(next++, { source: 'alpha', updatedAt: new Date(), ...fields });

  /** What the clusterer does: the articles stored, then their articles.enriched.v1 events. */
  async function announce(articles: StoredArticle[]) {
    await internalsOf(api.store)
      .collection('articles')
      .insertMany(articles as never[]);
    await publisher.publish(
      api.isolation.topicPrefix + TOPICS.articlesEnriched,
      articles.map((article) => ({
        key: article._id,
        value: ArticleEnrichedV1.parse({
          schemaVersion: 1,
          traceId: article.traceId,
          articleId: article._id,
          source: article.source,
          url: article.url,
          title: article.title,
          language: article.language,
          publishedAt: article.publishedAt?.toISOString() ?? null,
          storyId: null,
          duplicateOf: null,
          enrichedAt: new Date().toISOString(),
        }),
      })),
    );
  }

  before(async () => {
    // 52 streams of one key in one test: above the default per-key cap (tested in edges.int).
    api = await startHarness('stream', { topics: true, edges: { streamsPerKey: 100 } });
    const kafka = createKafkaClient({
      brokers: api.services.kafkaBrokers,
      clientId: 'stream-test',
      logger: createLogger('stream-test', 'silent'),
    });
    publisher = await createPublisher(kafka);
    // History from before any client connected: never streamed to a new client.
    await announce([enriched({ updatedAt: new Date(Date.now() - 3600_000) })]);
  });
  after(async () => {
    await publisher?.close();
    await api?.close();
  });

  it('delivers newly enriched articles matching the filters, uncompressed, with heartbeats', async () => {
    const stream = await openStream(api, '/v1/stream?source=alpha&language=en');
    assert.equal(stream.response.status, 200);
    assert.match(stream.response.headers.get('content-type') ?? '', /text\/event-stream/);
    assert.equal(stream.response.headers.get('content-encoding'), null);
    try {
      // Stored long ago and announced now (re-enriched, say): the log has it, a store poll by
      // updatedAt would not.
      const wanted = enriched({ updatedAt: new Date(Date.now() - 7200_000) });
      await announce([
        wanted,
        enriched({ source: 'beta' }),
        enriched({ language: 'fr' }),
        enriched({ status: 'parsed' }),
      ]);
      await waitFor('the article event', () => stream.articles().length >= 1, { timeoutMs: 20_000 });
      await waitFor('a heartbeat', () => stream.events.some((e) => e.comment?.startsWith('heartbeat')), {
        timeoutMs: 5000,
      });
      assert.deepEqual(
        stream.articles().map((a) => a.id),
        [wanted._id],
      );
      assert.match(
        stream.events.find((e) => e.event === 'article')?.id ?? '',
        /^\d+:\d+(,\d+:\d+)*$/,
        'events carry their position in the log',
      );
    } finally {
      await stream.close();
    }
  });

  it('resumes exactly after Last-Event-ID, with what arrived while disconnected', async () => {
    const first = await openStream(api, '/v1/stream?source=alpha');
    const seen = enriched();
    await announce([seen]);
    await waitFor('first event', () => first.articles().length === 1, { timeoutMs: 20_000 });
    const lastEventId = first.events.filter((e) => e.event === 'article').at(-1)!.id!;
    await first.close();

    // Two arrive while no client listens.
    const missed = [enriched(), enriched()];
    await announce(missed);
    const resumed = await openStream(api, '/v1/stream?source=alpha', { 'last-event-id': lastEventId });
    try {
      await waitFor('missed events', () => resumed.articles().length === 2, { timeoutMs: 20_000 });
      const live = enriched();
      await announce([live]);
      await waitFor('the live event after them', () => resumed.articles().length === 3, {
        timeoutMs: 20_000,
      });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      // Order holds within a partition; these have different keys, so possibly not across them.
      const ids = resumed.articles().map((a) => a.id);
      assert.deepEqual(
        ids.slice(0, 2).sort(),
        missed.map((a) => a._id).sort(),
        'the missed, none seen before',
      );
      assert.deepEqual(ids.slice(2), [live._id], 'then the live one, each once');
    } finally {
      await resumed.close();
    }
  });

  it('serves concurrent clients with different filters from one feed, one store read per event', async () => {
    const alpha = await openStream(api, '/v1/stream?source=alpha');
    const beta = await openStream(api, '/v1/stream?source=beta&q=mirzoyan');
    const all = await Promise.all(Array.from({ length: 50 }, () => openStream(api, '/v1/stream')));
    const reads: string[] = [];
    const unwatch = watchQueries(({ collection, method }) => {
      if (collection === 'articles') reads.push(method);
    });
    try {
      const a = enriched();
      const b = enriched({ source: 'beta', title: 'Mirzoyan in Washington' });
      const c = enriched({ source: 'beta', title: 'Weather' });
      await announce([a, b, c]);
      await waitFor(
        'all three on the 50 unfiltered streams',
        () => all.every((stream) => stream.articles().length === 3),
        { timeoutMs: 20_000 },
      );
      await waitFor('the beta match', () => beta.articles().length === 1, { timeoutMs: 5000 });
      assert.deepEqual(
        alpha.articles().map((x) => x.id),
        [a._id],
      );
      assert.deepEqual(
        beta.articles().map((x) => x.id),
        [b._id],
      );
      assert.deepEqual(
        reads.filter((method) => method !== 'insertMany'),
        ['findOne', 'findOne', 'findOne'],
        '52 streams, three events: three reads by id',
      );
    } finally {
      unwatch();
      await Promise.all([alpha.close(), beta.close(), ...all.map((stream) => stream.close())]);
    }
  });

  it('resumes across a restart of the API process: what was published meanwhile, none twice', async () => {
    const env = { ...serviceEnvFor(api.services, api.isolation), API_AUTH: 'demo', LOG_LEVEL: 'warn' };
    const startApi = async () => {
      const port = await freePort();
      const process = startService('api', { ...env, PORT: String(port) });
      const base = `http://127.0.0.1:${port}`;
      await waitFor('the API process answering', () =>
        fetch(`${base}/healthz`).then(
          (response) => response.ok,
          () => false,
        ),
      );
      return {
        process,
        readerKey: null,
        call: (path: string, init: RequestInit & { key?: string | null } = {}) => {
          const { key: _demoNeedsNone, ...rest } = init;
          return fetch(base + path, rest);
        },
      };
    };
    const first = await startApi();
    const before = await openStream(first, '/v1/stream?source=alpha');
    const seen = enriched();
    await announce([seen]);
    await waitFor('the event before the restart', () => before.articles().length === 1, {
      timeoutMs: 20_000,
    }).catch((error) => {
      console.error(first.process.output().slice(-3000));
      throw error;
    });
    const lastEventId = before.events.filter((e) => e.event === 'article').at(-1)!.id!;
    await before.close();
    assert.equal(await first.process.stop(), 0);

    const whileDown = [enriched(), enriched({ source: 'beta' }), enriched()];
    await announce(whileDown);
    const second = await startApi();
    const after = await openStream(second, '/v1/stream?source=alpha', { 'last-event-id': lastEventId });
    try {
      await waitFor('the events published while the API was down', () => after.articles().length === 2, {
        timeoutMs: 30_000,
      }).catch((error) => {
        console.error(second.process.output().slice(-3000));
        throw error;
      });
      const live = enriched();
      await announce([live]);
      await waitFor('the live event', () => after.articles().length === 3, { timeoutMs: 20_000 });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const ids = after.articles().map((a) => a.id);
      assert.deepEqual(ids.slice(0, 2).sort(), [whileDown[0]!._id, whileDown[2]!._id].sort());
      assert.deepEqual(ids.slice(2), [live._id], 'then the live one, each once');
    } finally {
      await after.close();
      await second.process.stop();
    }
  });

  it('answers 503 at once, not a hanging request, on a deployment whose topics do not exist yet', async () => {
    const bare = await startHarness('stream-no-topics');
    try {
      const started = Date.now();
      const response = await bare.call('/v1/stream', { key: bare.readerKey });
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '10');
      assert.match(((await response.json()) as { detail: string }).detail, /does not exist yet/);
      assert.ok(Date.now() - started < 5_000, `answered after ${Date.now() - started} ms`);
    } finally {
      await bare.close();
    }
  });

  it('refuses a bad Last-Event-ID, bad filters and missing keys', async () => {
    for (const id of ['nope', '0:abc', ''.padEnd(3, ',')])
      assert.equal(
        (await api.call('/v1/stream', { key: api.readerKey, headers: { 'last-event-id': id } })).status,
        400,
        id,
      );
    assert.equal((await api.call('/v1/stream?limit=5', { key: api.readerKey })).status, 400);
    assert.equal((await api.call('/v1/stream?source[$ne]=x', { key: api.readerKey })).status, 400);
    assert.equal((await api.call('/v1/stream', { key: null })).status, 401);
  });
});
