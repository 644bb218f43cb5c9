// The operator API against real Kafka, Redis (BullMQ) and FerretDB: sources CRUD and crawl-now,
// failures list / replay / purge, reprocess without re-fetching, and the pipeline status.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ArticleParsedV1, dlqTopic, PageFetchedV1, SourceConfig, TOPICS } from '@newsflow/contracts';
import { createKafkaClient } from '@newsflow/kafka';
import { createLogger } from '@newsflow/observability';
import { consumerGroupId } from '@newsflow/stage';
import { internalsOf } from '@newsflow/store/internals';
import { waitFor } from '@newsflow/testing';
import type { Consumer } from 'kafkajs';
import { type Harness, makeArticle, startHarness } from './harness.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field, each asserted
type Body = Record<string, any>;

interface Received {
  topic: string;
  key: string | null;
  value: string;
}

describe('operator API', { timeout: 300_000 }, () => {
  let api: Harness;
  let consumer: Consumer;
  let health: Server;
  const received: Received[] = [];
  const topic = (name: string) => api.isolation.topicPrefix + name;
  const json = async (path: string, init: Parameters<Harness['call']>[1] = {}) => {
    const response = await api.call(path, {
      ...init,
      headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as Body };
  };

  before(async () => {
    // Two fake services for the health part of the status: one ready, one not.
    health = createServer((req, res) => {
      res.writeHead(req.url === '/ok/readyz' || req.url === '/readyz' ? 200 : 503, {
        'content-type': 'application/json',
      });
      res.end('{"ready":true}');
    });
    await new Promise<void>((resolve) => health.listen(0, '127.0.0.1', resolve));
    const healthUrl = `http://127.0.0.1:${(health.address() as AddressInfo).port}`;
    api = await startHarness('operations', {
      topics: true,
      services: [
        { name: 'parser', url: healthUrl },
        { name: 'enricher', url: 'http://127.0.0.1:1' },
      ],
    });
    const kafka = createKafkaClient({
      brokers: api.services.kafkaBrokers,
      clientId: 'api-ops-test',
      logger: createLogger('kafka-test', 'silent'),
    });
    consumer = kafka.consumer({ groupId: `${api.isolation.queuePrefix}-observer` });
    await consumer.connect();
    await consumer.subscribe({
      topics: [topic(TOPICS.pagesFetched), topic(TOPICS.articlesParsed), topic(TOPICS.articlesEnriched)],
      fromBeginning: true,
    });
    await consumer.run({
      eachMessage: async ({ topic: from, message }) => {
        received.push({
          topic: from,
          key: message.key?.toString() ?? null,
          value: message.value?.toString() ?? '',
        });
      },
    });
  });
  after(async () => {
    await consumer?.disconnect();
    health?.close();
    await api?.close();
  });

  const demoSource = {
    name: 'caliber',
    startUrls: ['https://caliber.az/', 'https://caliber.az/en/region'],
    timezone: 'Asia/Baku',
    language: 'en',
  };

  it('creates, validates, updates, disables, crawls and deletes sources', async () => {
    const created = await json('/v1/sources', { method: 'POST', body: JSON.stringify(demoSource) });
    assert.equal(created.status, 201);
    assert.equal(created.body.name, 'caliber');
    assert.equal(created.body.recrawlIntervalMinutes, 15);
    assert.equal(
      (await json('/v1/sources', { method: 'POST', body: JSON.stringify(demoSource) })).status,
      409,
    );
    for (const bad of [
      { ...demoSource, name: 'Bad Name' },
      { ...demoSource, name: { $gt: '' } },
      { ...demoSource, startUrls: ['ftp://x.org/'] },
      { ...demoSource, extra: 1 },
      { ...demoSource, name: 'other', timezone: 'Mars/Olympus' },
    ]) {
      const response = await json('/v1/sources', { method: 'POST', body: JSON.stringify(bad) });
      assert.equal(response.status, 400, JSON.stringify(bad));
    }
    assert.equal((await json('/v1/sources', { method: 'POST', body: '{"name":' })).status, 400);

    const disabled = await json('/v1/sources/caliber', {
      method: 'PATCH',
      body: JSON.stringify({ enabled: false }),
    });
    assert.equal(disabled.status, 200);
    assert.equal(disabled.body.enabled, false);
    assert.equal(disabled.body.timezone, 'Asia/Baku', 'other fields kept');
    const badPatch = await json('/v1/sources/caliber', {
      method: 'PATCH',
      body: JSON.stringify({ minDelayMs: -1 }),
    });
    assert.equal(badPatch.status, 400);
    assert.equal((await json('/v1/sources/caliber/crawl', { method: 'POST' })).status, 409);

    const publicView = await json('/v1/sources', { key: api.readerKey });
    assert.equal(publicView.status, 200);
    assert.deepEqual(Object.keys(publicView.body.data[0]).sort(), [
      'enabled',
      'language',
      'lastCrawlAt',
      'lastNewArticleAt',
      'name',
      'startUrls',
      'timezone',
    ]);

    await json('/v1/sources/caliber', { method: 'PATCH', body: JSON.stringify({ enabled: true }) });
    const crawl = await json('/v1/sources/caliber/crawl', { method: 'POST' });
    assert.equal(crawl.status, 202);
    assert.equal(crawl.body.queued, 2);
    const jobs = await api.pipeline.queues.fetch.getJobs(['waiting', 'delayed', 'prioritized']);
    assert.deepEqual(jobs.map((job) => job.data.url).sort(), demoSource.startUrls);
    assert.ok(
      jobs.every((job) => job.name === 'fetch' && job.data.source === 'caliber' && job.data.depth === 0),
    );

    assert.equal((await json('/v1/sources/caliber', { method: 'DELETE' })).status, 204);
    assert.equal((await json('/v1/sources/caliber', { method: 'DELETE' })).status, 404);
    assert.equal((await json('/v1/sources/caliber', { method: 'PATCH', body: '{}' })).status, 404);
  });

  const failure = (index: number, fields: Record<string, unknown>) => ({
    stage: 'parser',
    topic: topic(TOPICS.pagesFetched),
    kind: 'permanent',
    reason: 'no_content',
    message: 'page looks like an article but has no title or body',
    attempts: 1,
    payloadRef: {
      topic: topic(TOPICS.pagesFetched),
      partition: 0,
      offset: String(index),
      key: `https://x.org/${index}`,
      jobId: null,
    },
    payload: JSON.stringify({ n: index, url: `https://x.org/${index}` }),
    traceId: `t${index}`,
    source: 'alpha',
    url: `https://x.org/${index}`,
    status: 'open',
    createdAt: new Date(Date.parse('2024-07-01T00:00:00Z') + index * 1000),
    ...fields,
  });

  it('lists failures by stage, source and reason, pages them, replays them onto their topic, purges', async () => {
    await internalsOf(api.store)
      .collection('failures')
      .insertMany([
        ...Array.from({ length: 30 }, (_, i) => failure(i, {})),
        ...Array.from({ length: 5 }, (_, i) =>
          failure(100 + i, {
            stage: 'enricher',
            reason: 'transient_store',
            topic: topic(TOPICS.articlesParsed),
            payloadRef: {
              topic: topic(TOPICS.articlesParsed),
              partition: 1,
              offset: '1',
              key: `article-${i}`,
              jobId: null,
            },
            payload: JSON.stringify({ articleId: `article-${i}` }),
            source: 'beta',
          }),
        ),
        failure(200, {
          stage: 'crawler',
          reason: 'http_404',
          topic: 'fetch',
          payloadRef: { topic: 'fetch', partition: null, offset: null, key: null, jobId: 'fetch-1' },
          payload: JSON.stringify({ source: 'alpha', url: 'https://x.org/missing', depth: 2, traceId: 'tc' }),
        }),
      ]);
    const byStage = await json('/v1/failures?stage=enricher', {});
    assert.equal(byStage.body.data.length, 5);
    assert.ok(
      byStage.body.data.every(
        (f: { stage: string; source: string }) => f.stage === 'enricher' && f.source === 'beta',
      ),
    );
    assert.equal((await json('/v1/failures?reason=http_404')).body.data.length, 1);
    assert.equal((await json('/v1/failures?source=alpha&limit=500')).body.data.length, 31);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: Body } = await json(
        `/v1/failures?stage=parser&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.data.map((f: { id: string }) => f.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.equal(new Set(seen).size, 30);
    assert.equal((await json('/v1/failures?stage[$ne]=x')).status, 400);

    // One failure: back onto its topic with its key and bytes, once.
    const one = byStage.body.data[0] as { id: string };
    const replayed = await json(`/v1/failures/${one.id}/replay`, { method: 'POST' });
    assert.equal(replayed.status, 200);
    assert.equal(replayed.body.replayed, 1);
    const again = await json(`/v1/failures/${one.id}/replay`, { method: 'POST' });
    assert.equal(again.body.skipped, 1);
    const stored = await api.store.failures.get(one.id);
    await waitFor('the replayed message', () =>
      received.find(
        (m) =>
          m.topic === topic(TOPICS.articlesParsed) &&
          m.value === stored!.payload &&
          m.key === stored!.payloadRef.key,
      ),
    );

    // Many, by filter; then the crawler's failure, which goes back to the fetch queue.
    const many = await json('/v1/failures/replay', {
      method: 'POST',
      body: JSON.stringify({ stage: 'enricher' }),
    });
    assert.equal(many.body.replayed, 4);
    await waitFor(
      'all enricher replays',
      () => received.filter((m) => m.topic === topic(TOPICS.articlesParsed)).length === 5,
    );
    const crawler = await json('/v1/failures/replay', {
      method: 'POST',
      body: JSON.stringify({ stage: 'crawler' }),
    });
    assert.equal(crawler.body.replayed, 1);
    const fetchJobs = await api.pipeline.queues.fetch.getJobs(['waiting', 'delayed', 'prioritized']);
    assert.ok(fetchJobs.some((job) => job.data.url === 'https://x.org/missing' && job.data.depth === 2));
    assert.equal(
      (await json('/v1/failures/replay', { method: 'POST', body: JSON.stringify({ ids: ['not-an-id'] }) }))
        .status,
      400,
    );

    const purged = await json('/v1/failures?status=replayed', { method: 'DELETE' });
    assert.equal(purged.body.deleted, 6);
    assert.equal(await internalsOf(api.store).collection('failures').countDocuments({}), 30);
  });

  it('re-parses from kept raw pages and re-enriches stored articles, with progress', async () => {
    const articles = [1, 2, 3, 4].map((i) =>
      makeArticle(5000 + i, {
        source: 'gamma',
        extraction: { version: i === 4 ? 'old-1' : 'new-2', provenance: {} },
        url: `https://gamma.example/a/${i}`,
      }),
    );
    await internalsOf(api.store)
      .collection('articles')
      .insertMany(articles as never[]);
    for (const article of articles.slice(0, 3)) {
      await api.store.rawPages.save({
        _id: article._id,
        url: article.url,
        source: 'gamma',
        contentType: 'text/html',
        fetchedAt: new Date('2024-07-01T00:00:00Z'),
        timezone: 'Asia/Baku',
        language: null,
        html: `<html><body><h1>${article.title}</h1></body></html>`,
      });
    }
    const reparse = await json('/v1/reprocess', {
      method: 'POST',
      body: JSON.stringify({ action: 'reparse', source: 'gamma' }),
    });
    assert.equal(reparse.status, 200);
    assert.deepEqual(reparse.body, {
      action: 'reparse',
      selected: 4,
      published: 3,
      missingRawPage: 1,
      done: true,
    });
    const pages = await waitFor('re-parse messages', () => {
      const found = received.filter((m) => m.topic === topic(TOPICS.pagesFetched));
      return found.length === 3 && found;
    });
    for (const message of pages) {
      const page = PageFetchedV1.parse(JSON.parse(message.value));
      assert.equal(page.source, 'gamma');
      assert.equal(page.timezone, 'Asia/Baku');
      assert.match(page.html, /<h1>Article 500\d<\/h1>/);
    }

    const response = await api.call('/v1/reprocess', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' },
      body: JSON.stringify({ action: 'reenrich', extractorVersion: 'old-1' }),
    });
    assert.match(response.headers.get('content-type') ?? '', /application\/x-ndjson/);
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(lines[0], {
      action: 'reenrich',
      selected: 1,
      published: 0,
      missingRawPage: 0,
      done: false,
    });
    assert.deepEqual(lines.at(-1), {
      action: 'reenrich',
      selected: 1,
      published: 1,
      missingRawPage: 0,
      done: true,
    });
    const parsed = await waitFor('re-enrich message', () =>
      received.find((m) => m.topic === topic(TOPICS.articlesParsed) && m.key === articles[3]!._id),
    );
    assert.equal(ArticleParsedV1.parse(JSON.parse(parsed.value)).contentHash, articles[3]!.contentHash);
    assert.equal(
      (await json('/v1/reprocess', { method: 'POST', body: JSON.stringify({ action: 'refetch' }) })).status,
      400,
    );
  });

  it('reports lag, DLQ sizes, queue counts, throughput, sources and service health', async () => {
    await api.pipeline.publishRaw(topic(dlqTopic(TOPICS.pagesFetched)), [
      { key: 'a', value: '{}' },
      { key: 'b', value: '{}' },
    ]);
    await api.store.sources.create(SourceConfig.parse({ name: 'alpha', startUrls: ['https://x.org/'] }));
    await internalsOf(api.store)
      .collection('articles')
      .insertOne(makeArticle(9001, { source: 'alpha', firstSeenAt: new Date() }) as never);
    const { status, body } = await json('/v1/pipeline/status');
    assert.equal(status, 200);
    assert.equal(body.kafka.available, true);
    const parserGroup = consumerGroupId(api.pipeline.topicPrefix, 'parser');
    const parserLag = body.kafka.consumers.find((c: { group: string }) => c.group === parserGroup);
    // Nobody consumes in this test under the parser's group: its lag is every re-parse message.
    assert.equal(parserLag.lag, 3);
    const dlq = body.kafka.dlq.find(
      (d: { topic: string }) => d.topic === topic(dlqTopic(TOPICS.pagesFetched)),
    );
    assert.equal(dlq.messages, 2);
    const fetchQueue = body.queues.find((q: { name: string }) => q.name === 'fetch');
    assert.ok(fetchQueue.waiting + fetchQueue.delayed >= 3, JSON.stringify(fetchQueue));
    assert.deepEqual(
      body.queues.map((q: { name: string }) => q.name),
      ['fetch', 'parser-retry', 'enricher-retry', 'clusterer-retry', 'crawler-links-retry'],
    );
    const alpha = body.sources.find((s: { name: string }) => s.name === 'alpha');
    assert.equal(alpha.newArticles24h, 1);
    const created = body.throughput.series.find((s: { stage: string }) => s.stage === 'parser');
    assert.equal(created.perMinute.length, 15);
    assert.equal(created.perMinute.at(-1), 1);
    const metrics = await (await fetch(`${api.base}/metrics`)).text();
    assert.ok(
      metrics.includes(
        `newsflow_kafka_consumer_lag{group="${parserGroup}",topic="pages.fetched.v1",service="api-test"} 3`,
      ),
      'the parser group lag gauge',
    );
    assert.match(metrics, /newsflow_queue_jobs\{queue="fetch",state="(waiting|delayed)"/);
    assert.deepEqual(
      body.services.map((s: { name: string; ready: boolean }) => [s.name, s.ready]),
      [
        ['parser', true],
        ['enricher', false],
      ],
    );
  });
});
