// The enricher as its own process against the real Kafka, FerretDB and Redis: a parsed article
// gets its enrichment saved and goes on to the clusterer on articles.clustering.v1 (a topic of
// one partition), with no duplicate or story decision made: those are the clusterer's alone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type ArticleClustering,
  ArticleClusteringV1,
  ArticleParsedV1,
  allTopics,
  articleIdFor,
  contentHashOf,
  newTraceId,
  partitionsFor,
  TOPICS,
} from '@newsflow/contracts';
import { createKafkaClient, createPublisher, ensureTopics, type Publisher } from '@newsflow/kafka';
import { createLogger } from '@newsflow/observability';
import { connectStore, type Store } from '@newsflow/store';
import {
  DEMO_ARTICLES,
  freePort,
  getTestServices,
  isolate,
  type ServiceProcess,
  serviceEnvFor,
  startService,
  waitFor,
} from '@newsflow/testing';
import type { Consumer } from 'kafkajs';

describe('enricher: enrichment only, decisions left to the clusterer', { timeout: 120_000 }, () => {
  const isolation = isolate('enricher');
  let store: Store;
  let publisher: Publisher;
  let enricher: ServiceProcess;
  let reader: Consumer;
  let kafka: ReturnType<typeof createKafkaClient>;
  const sent: ArticleClustering[] = [];

  before(async () => {
    const services = await getTestServices();
    kafka = createKafkaClient({
      brokers: services.kafkaBrokers,
      clientId: 'test',
      logger: createLogger('test', 'silent'),
    });
    await ensureTopics(kafka, allTopics(isolation.topicPrefix), partitionsFor);
    publisher = await createPublisher(kafka);
    store = await connectStore({ uri: services.mongoUri, dbName: isolation.dbName });
    enricher = startService('enricher', {
      ...serviceEnvFor(services, isolation),
      PORT: String(await freePort()),
    });
    reader = kafka.consumer({ groupId: `${isolation.queuePrefix}-clustering-reader` });
    await reader.connect();
    await reader.subscribe({ topic: isolation.topicPrefix + TOPICS.articlesClustering, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        sent.push(ArticleClusteringV1.parse(JSON.parse(String(message.value))));
      },
    });
  });

  after(async () => {
    await reader?.disconnect();
    await enricher?.stop();
    await publisher?.close();
    await store?.dropDatabase().catch(() => undefined);
    await store?.close();
  });

  /** Stores a demo article as parsed, as the parser would; returns what its events carry. */
  async function storeParsed(url: string, demo = DEMO_ARTICLES[0]!) {
    const id = articleIdFor(url);
    const body = demo.paragraphs.join('\n\n');
    const contentHash = contentHashOf(demo.title, body);
    const traceId = newTraceId();
    await store.articles.saveParsed({
      _id: id,
      source: 'outlet-a',
      url,
      canonicalUrl: url,
      title: demo.title,
      subtitle: null,
      authors: [],
      section: null,
      tags: [],
      publishedAt: new Date('2024-06-18T05:21:00Z'),
      modifiedAt: null,
      body,
      bodyHtml: null,
      language: 'en',
      leadImage: null,
      related: [],
      contentHash,
      extraction: { version: 'test', provenance: {} },
      traceId,
      fetchedAt: new Date(),
    });
    /** The articles.parsed.v1 event for this article, with the given content hash. */
    const parsedEvent = (hash = contentHash) =>
      ArticleParsedV1.parse({
        schemaVersion: 1,
        traceId,
        articleId: id,
        source: 'outlet-a',
        url,
        canonicalUrl: url,
        contentHash: hash,
        title: demo.title,
        body,
        language: 'en',
        publishedAt: '2024-06-18T05:21:00.000Z',
        parsedAt: new Date().toISOString(),
      });
    return { id, body, contentHash, traceId, parsedEvent };
  }

  it('saves the enrichment, sends the article to the clusterer, and decides nothing', async () => {
    const { id, contentHash, traceId, parsedEvent } = await storeParsed(
      'https://outlet-a.example/region/armenian-us-talks',
    );
    await publisher.publish(isolation.topicPrefix + TOPICS.articlesParsed, [
      { key: id, value: parsedEvent() },
    ]);

    const event = await waitFor(
      'the article sent to the clusterer',
      () => sent.find((e) => e.articleId === id),
      {
        timeoutMs: 60_000,
      },
    ).catch((error) => {
      console.error(enricher.output().slice(-4000));
      throw error;
    });
    assert.deepEqual([event.contentHash, event.traceId, event.language], [contentHash, traceId, 'en']);
    const article = await store.articles.get(id);
    const enrichment = article?.enrichment as { entities: { name: string }[]; version: string };
    assert.ok(enrichment.entities.some((entity) => entity.name === 'Ararat Mirzoyan'));
    assert.ok(article!.fingerprintBands.length > 0 && article!.storyKeys.length > 0);
    assert.deepEqual(
      [article!.status, article!.duplicateOf, article!.storyId],
      ['parsed', null, null],
      'no decision: the clusterer marks it enriched when it decides',
    );
    const admin = kafka.admin();
    await admin.connect();
    const { topics } = await admin.fetchTopicMetadata({
      topics: [isolation.topicPrefix + TOPICS.articlesClustering],
    });
    await admin.disconnect();
    const topic = topics[0];
    assert.equal(topic?.partitions.length, 1, 'one partition: one clusterer decides at a time');
  });

  it('skips an event whose article changed since it was parsed: nothing sent on for it', async () => {
    const {
      id,
      body,
      contentHash: current,
      parsedEvent,
    } = await storeParsed('https://outlet-a.example/region/changed-since-parsed', DEMO_ARTICLES[1]!);
    // The stale event first, then the current one on the same key (one partition, in order):
    // once the current one is sent on, the stale one has been handled.
    const stale = contentHashOf(DEMO_ARTICLES[1]!.title, `${body}\n\nAn older paragraph.`);
    await publisher.publish(isolation.topicPrefix + TOPICS.articlesParsed, [
      { key: id, value: parsedEvent(stale) },
      { key: id, value: parsedEvent(current) },
    ]);
    await waitFor('the current event sent to the clusterer', () =>
      sent.find((e) => e.articleId === id && e.contentHash === current),
    );
    assert.deepEqual(
      sent.filter((e) => e.articleId === id).map((e) => e.contentHash),
      [current],
      'the stale event is not sent on',
    );
    assert.match(enricher.output(), /article changed since it was parsed/);
  });
});
