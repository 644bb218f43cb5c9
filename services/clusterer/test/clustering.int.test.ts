// Four enrichers and the clusterer as their own processes against the real Kafka, FerretDB and
// Redis: parsed articles come out enriched; a re-published copy is marked duplicateOf the first;
// two reports of one event share a story and an unrelated article does not; a copy clustered
// before its original (the original seen first, enriched later) ends up its duplicate, in its
// story, announced again; and near-copies enriched at once by four enrichers, in any order, all
// end as copies of the first seen.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  type ArticleEnriched,
  ArticleEnrichedV1,
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
import { internalsOf } from '@newsflow/store/internals';
import {
  DEMO_ARTICLES,
  freePort,
  getTestServices,
  isolate,
  REPO_ROOT,
  type ServiceProcess,
  serviceEnvFor,
  startService,
  type TestServices,
  waitFor,
} from '@newsflow/testing';
import type { Consumer } from 'kafkajs';
import { type Fixture, ORIGINAL, parsedArticle, REPUBLISHED, SAME_STORY, UNRELATED } from './fixtures.ts';

const ENRICHERS = 4;

describe('clusterer: duplicates and stories decided by one writer', { timeout: 300_000 }, () => {
  const isolation = isolate('clusterer');
  let store: Store;
  let publisher: Publisher;
  let services: TestServices;
  let kafka: ReturnType<typeof createKafkaClient>;
  let reader: Consumer;
  const processes: ServiceProcess[] = [];
  const announced: ArticleEnriched[] = [];

  before(async () => {
    services = await getTestServices();
    kafka = createKafkaClient({
      brokers: services.kafkaBrokers,
      clientId: 'test',
      logger: createLogger('test', 'silent'),
    });
    // One partition of articles.parsed per enricher, so all four work at once.
    await ensureTopics(kafka, allTopics(isolation.topicPrefix), (topic) =>
      topic.endsWith(TOPICS.articlesParsed) ? ENRICHERS : partitionsFor(topic),
    );
    publisher = await createPublisher(kafka);
    store = await connectStore({ uri: services.mongoUri, dbName: isolation.dbName });
    const env = serviceEnvFor(services, isolation);
    for (let k = 0; k < ENRICHERS; k++)
      processes.push(startService('enricher', { ...env, PORT: String(await freePort()) }));
    processes.push(startService('clusterer', { ...env, PORT: String(await freePort()) }));
    reader = kafka.consumer({ groupId: `${isolation.queuePrefix}-enriched-reader` });
    await reader.connect();
    await reader.subscribe({ topic: isolation.topicPrefix + TOPICS.articlesEnriched, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        announced.push(ArticleEnrichedV1.parse(JSON.parse(String(message.value))));
      },
    });
  });

  after(async () => {
    await reader?.disconnect();
    await Promise.all(processes.map((service) => service.stop()));
    await publisher?.close();
    await store?.dropDatabase().catch(() => undefined);
    await store?.close();
  });

  const printLogs = (error: unknown): never => {
    for (const service of processes)
      console.error(`--- ${service.name} ---\n${service.output().slice(-3000)}`);
    throw error;
  };

  /** Stores the article as the parser would (first seen at `seenAt`); returns its event's publishing. */
  async function storeParsed(fixture: Fixture, seenAt = new Date()) {
    const id = articleIdFor(fixture.url);
    const traceId = newTraceId();
    await store.articles.saveParsed(parsedArticle(fixture, traceId, seenAt), seenAt);
    const event = ArticleParsedV1.parse({
      schemaVersion: 1,
      traceId,
      articleId: id,
      source: fixture.source,
      url: fixture.url,
      canonicalUrl: fixture.url,
      contentHash: contentHashOf(fixture.title, fixture.body),
      title: fixture.title,
      body: fixture.body,
      language: 'en',
      publishedAt: fixture.publishedAt,
      parsedAt: new Date().toISOString(),
    });
    return {
      id,
      message: { key: id, value: event },
      publish: () =>
        publisher.publish(isolation.topicPrefix + TOPICS.articlesParsed, [{ key: id, value: event }]),
    };
  }

  /** Waits until the article is clustered (status `enriched` comes with its decision). */
  async function waitClustered(id: string, what: string) {
    return waitFor(
      `${what} clustered`,
      async () => {
        const article = await store.articles.get(id);
        return article?.status === 'enriched' ? article : undefined;
      },
      { timeoutMs: 90_000 },
    ).catch(printLogs);
  }

  async function parseAndCluster(fixture: Fixture) {
    const { id, publish } = await storeParsed(fixture);
    await publish();
    return waitClustered(id, fixture.url);
  }

  /** The last decision announced on articles.enriched.v1 about an article. */
  const lastAnnounced = (id: string) => announced.filter((event) => event.articleId === id).at(-1);

  it('enriches, marks the re-published copy, and groups the same story only', async () => {
    const original = await parseAndCluster(ORIGINAL);
    const enrichment = original.enrichment as {
      language: { code: string };
      entities: Array<{ name: string }>;
    };
    assert.equal(enrichment.language.code, 'en');
    assert.ok(enrichment.entities.some((entity) => entity.name === 'Ararat Mirzoyan'));
    assert.equal(original.duplicateOf, null);
    assert.equal(original.storyId, original._id, 'the first article starts its story');

    const copy = await parseAndCluster(REPUBLISHED);
    assert.equal(copy.duplicateOf, original._id);
    assert.equal(copy.storyId, original.storyId);

    const sameStory = await parseAndCluster(SAME_STORY);
    assert.equal(sameStory.duplicateOf, null, 'another report of the event is no duplicate');
    assert.equal(sameStory.storyId, original.storyId);

    const unrelated = await parseAndCluster(UNRELATED);
    assert.equal(unrelated.duplicateOf, null);
    assert.notEqual(unrelated.storyId, original.storyId);

    const story = await store.stories.get(original.storyId!);
    assert.ok(story);
    assert.equal(story.articleCount, 2, 'the duplicate is not counted');
    assert.deepEqual(story.sources, ['outlet-a', 'outlet-b']);
    assert.equal(story.title, ORIGINAL.title);

    const event = await waitFor('the copy announced', () => lastAnnounced(copy._id));
    assert.deepEqual([event.duplicateOf, event.storyId], [original._id, original.storyId]);
  });

  it('gives the same result when an article is enriched again', async () => {
    const id = articleIdFor(SAME_STORY.url);
    const first = await store.articles.get(id);
    const announcedBefore = announced.filter((event) => event.articleId === id).length;
    const { publish } = await storeParsed({ ...SAME_STORY });
    await publish();
    // The redelivered event is enriched and clustered again (announced again), nothing changes.
    await waitFor(
      'the article clustered a second time',
      () => announced.filter((event) => event.articleId === id).length > announcedBefore,
      { timeoutMs: 60_000 },
    );
    const again = (await store.articles.get(id))!;
    assert.ok(again.updatedAt > first!.updatedAt, 'written again');
    assert.deepEqual(again.enrichment, first!.enrichment);
    assert.equal(again.storyId, first!.storyId);
    assert.equal(again.duplicateOf, first!.duplicateOf);
    assert.equal(await store.articles.count({}), 4);
  });

  it('re-enriches, with the reenrich command, the articles of an older enrichment version', async () => {
    const id = articleIdFor(UNRELATED.url);
    const current = await store.articles.get(id);
    await internalsOf(store).articleModel.updateOne(
      { _id: id },
      { $set: { 'enrichment.version': 'enrich-0.0.0-old' } },
    );
    const result = spawnSync(process.execPath, [resolve(REPO_ROOT, 'services/enricher/src/reenrich.ts')], {
      env: { PATH: process.env.PATH ?? '', ...serviceEnvFor(services, isolation) },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /re-enrich: 1 articles sent to the enricher/);
    const version = (current!.enrichment as { version: string }).version;
    const again = await waitFor('the old article enriched again', async () => {
      const article = await store.articles.get(id);
      return (article?.enrichment as { version?: string } | null)?.version === version ? article : undefined;
    });
    assert.equal(again.storyId, current!.storyId);
  });

  it('marks a copy clustered before its original once the original is clustered', async () => {
    // The original was seen first, but its event comes late (its partition lags): the copy,
    // clustered first, finds no original and starts a story of its own.
    const wire = DEMO_ARTICLES[2]!;
    const original = await storeParsed({
      source: 'outlet-a',
      url: 'https://outlet-a.example/society/wire-story',
      title: wire.title,
      body: wire.paragraphs.join('\n\n'),
      publishedAt: '2024-06-19T08:00:00.000Z',
    });
    const copy = await storeParsed({
      source: 'outlet-c',
      url: 'https://aggregator.example/news/67890',
      title: `${wire.title} - Aggregator`,
      body: `${wire.paragraphs.join('\n\n')}\n\nFollow us on Telegram for more news.`,
      publishedAt: '2024-06-19T08:30:00.000Z',
    });
    await copy.publish();
    const early = await waitClustered(copy.id, 'the copy');
    assert.equal(early.duplicateOf, null, 'no original is clustered yet');

    await original.publish();
    const first = await waitClustered(original.id, 'the original');
    assert.equal(first.duplicateOf, null);
    const settled = await store.articles.get(copy.id);
    assert.equal(settled?.duplicateOf, original.id, 'the copy is marked once its original is clustered');
    assert.equal(settled?.storyId, first.storyId, 'and moves to its story');
    const story = await store.stories.get(first.storyId!);
    assert.equal(story?.articleCount, 1, 'the duplicate is not counted');
    assert.deepEqual(story?.sources, ['outlet-a']);

    // Consumers of articles.enriched learn of the change: the copy is announced again.
    const event = await waitFor('the copy announced as a duplicate', () => {
      const last = lastAnnounced(copy.id);
      return last?.duplicateOf === original.id ? last : undefined;
    });
    assert.equal(event.storyId, first.storyId);
  });

  it('makes every near-copy enriched at once by four enrichers a copy of the first seen', async () => {
    const wire = DEMO_ARTICLES[3]!;
    const body = wire.paragraphs.join('\n\n');
    const seen = Date.parse('2026-01-05T09:00:00Z');
    const copies = await Promise.all(
      ['outlet-a', 'outlet-b', 'outlet-c', 'outlet-d', 'outlet-e', 'outlet-f'].map((source, k) =>
        storeParsed(
          {
            source,
            url: `https://${source}.example/wire/${k}`,
            title: `${wire.title} | ${source}`,
            body: `${body}\n\nMore from ${source}: subscribe to our newsletter.`,
            publishedAt: '2026-01-05T08:50:00.000Z',
          },
          new Date(seen + k * 60_000),
        ),
      ),
    );
    // Latest seen first, one message per key: the four enrichers take them in parallel and hand
    // them to the clusterer in whatever order they finish.
    await publisher.publish(
      isolation.topicPrefix + TOPICS.articlesParsed,
      copies.map((copy) => copy.message).reverse(),
    );
    const [first, ...later] = copies;
    const original = await waitClustered(first!.id, 'the first seen');
    for (const copy of later) await waitClustered(copy.id, 'a later copy');
    const stored = await Promise.all(copies.map((copy) => store.articles.get(copy.id)));
    assert.equal(original.duplicateOf, null);
    assert.deepEqual(
      stored.map((article) => [article?.duplicateOf, article?.storyId]),
      copies.map((_copy, k) => [k === 0 ? null : first!.id, original.storyId]),
    );
    const story = await store.stories.get(original.storyId!);
    assert.equal(story?.articleCount, 1, 'copies are not counted');
    const events = await waitFor('the final decisions announced', () => {
      const last = later.map((copy) => lastAnnounced(copy.id));
      return last.every((event) => event?.duplicateOf === first!.id) ? last : undefined;
    });
    for (const event of events) assert.equal(event?.storyId, original.storyId);
  });
});
