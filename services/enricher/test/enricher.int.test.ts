// The enricher as its own process against the real Kafka, FerretDB and Redis: parsed articles
// come out enriched in MongoDB; a re-published copy is marked duplicateOf the first; two reports
// of one event share a story and an unrelated article does not.
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
  TOPIC_PARTITIONS,
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
import { type Fixture, ORIGINAL, parsedArticle, REPUBLISHED, SAME_STORY, UNRELATED } from './fixtures.ts';

describe('enricher: enrichment, duplicates and stories', { timeout: 180_000 }, () => {
  const isolation = isolate('enricher');
  let store: Store;
  let publisher: Publisher;
  let enricher: ServiceProcess;
  let services: TestServices;
  let kafka: ReturnType<typeof createKafkaClient>;

  before(async () => {
    services = await getTestServices();
    kafka = createKafkaClient({
      brokers: services.kafkaBrokers,
      clientId: 'test',
      logger: createLogger('test', 'silent'),
    });
    await ensureTopics(kafka, allTopics(isolation.topicPrefix), TOPIC_PARTITIONS);
    publisher = await createPublisher(kafka);
    store = await connectStore({ uri: services.mongoUri, dbName: isolation.dbName });
    enricher = startService('enricher', {
      ...serviceEnvFor(services, isolation),
      PORT: String(await freePort()),
    });
  });

  after(async () => {
    await enricher?.stop();
    await publisher?.close();
    await store?.dropDatabase().catch(() => undefined);
    await store?.close();
  });

  /** Stores the article as the parser would; returns the publishing of its `articles.parsed` event. */
  async function storeParsed(fixture: Fixture) {
    const id = articleIdFor(fixture.url);
    const contentHash = contentHashOf(fixture.title, fixture.body);
    const traceId = newTraceId();
    await store.articles.saveParsed(parsedArticle(fixture, traceId));
    const event = ArticleParsedV1.parse({
      schemaVersion: 1,
      traceId,
      articleId: id,
      source: fixture.source,
      url: fixture.url,
      canonicalUrl: fixture.url,
      contentHash,
      title: fixture.title,
      body: fixture.body,
      language: 'en',
      publishedAt: fixture.publishedAt,
      parsedAt: new Date().toISOString(),
    });
    return {
      id,
      publish: () =>
        publisher.publish(isolation.topicPrefix + TOPICS.articlesParsed, [{ key: id, value: event }]),
    };
  }

  async function waitEnriched(id: string, what: string) {
    const enriched = async () => {
      const article = await store.articles.get(id);
      return article?.status === 'enriched' ? article : undefined;
    };
    return waitFor(`${what} enriched`, enriched, {
      timeoutMs: 60_000,
    }).catch((error) => {
      console.error(enricher.output().slice(-4000));
      throw error;
    });
  }

  /** Stores the article as the parser would, publishes its event, and waits until it is enriched. */
  async function parseAndEnrich(fixture: Fixture) {
    const { id, publish } = await storeParsed(fixture);
    await publish();
    return waitEnriched(id, fixture.url);
  }

  it('enriches, marks the re-published copy, and groups the same story only', async () => {
    const original = await parseAndEnrich(ORIGINAL);
    const enrichment = original.enrichment as {
      language: { code: string };
      entities: Array<{ name: string }>;
    };
    assert.equal(enrichment.language.code, 'en');
    assert.ok(enrichment.entities.some((entity) => entity.name === 'Ararat Mirzoyan'));
    assert.equal(original.duplicateOf, null);
    assert.equal(original.storyId, original._id, 'the first article starts its story');

    const copy = await parseAndEnrich(REPUBLISHED);
    assert.equal(copy.duplicateOf, original._id);
    assert.equal(copy.storyId, original.storyId);

    const sameStory = await parseAndEnrich(SAME_STORY);
    assert.equal(sameStory.duplicateOf, null, 'another report of the event is no duplicate');
    assert.equal(sameStory.storyId, original.storyId);

    const unrelated = await parseAndEnrich(UNRELATED);
    assert.equal(unrelated.duplicateOf, null);
    assert.notEqual(unrelated.storyId, original.storyId);

    const story = await store.stories.get(original.storyId!);
    assert.ok(story);
    assert.equal(story.articleCount, 2, 'the duplicate is not counted');
    assert.deepEqual(story.sources, ['outlet-a', 'outlet-b']);
    assert.equal(story.title, ORIGINAL.title);
  });

  it('gives the same result when an article is enriched again', async () => {
    const id = articleIdFor(SAME_STORY.url);
    const first = await store.articles.get(id);
    await parseAndEnrich({ ...SAME_STORY });
    // The redelivered event is enriched again: the write shows in updatedAt, nothing else changes.
    const again = await waitFor('the article enriched a second time', async () => {
      const article = await store.articles.get(id);
      return article && article.updatedAt > first!.updatedAt ? article : undefined;
    });
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

  it('marks a copy enriched before its original once the original is enriched', async () => {
    // The original was seen first, but its event comes late (its partition lags): the copy,
    // enriched first, finds no original and starts a story of its own.
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
    const early = await waitEnriched(copy.id, 'the copy');
    assert.equal(early.duplicateOf, null, 'no original is enriched yet');

    await original.publish();
    const first = await waitEnriched(original.id, 'the original');
    assert.equal(first.duplicateOf, null);
    const settled = await store.articles.get(copy.id);
    assert.equal(settled?.duplicateOf, original.id, 'the copy is marked once its original is enriched');
    assert.equal(settled?.storyId, first.storyId, 'and moves to its story');
    const story = await store.stories.get(first.storyId!);
    assert.equal(story?.articleCount, 1, 'the duplicate is not counted');
    assert.deepEqual(story?.sources, ['outlet-a']);

    // Consumers of articles.enriched learn of the change: the copy is announced again.
    const events: ArticleEnriched[] = [];
    const consumer = kafka.consumer({ groupId: `${isolation.queuePrefix}-enriched-reader` });
    await consumer.connect();
    await consumer.subscribe({ topic: isolation.topicPrefix + TOPICS.articlesEnriched, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        events.push(ArticleEnrichedV1.parse(JSON.parse(String(message.value))));
      },
    });
    try {
      const announced = await waitFor('the copy announced as a duplicate', () =>
        events.find((event) => event.articleId === copy.id && event.duplicateOf === original.id),
      );
      assert.equal(announced.storyId, first.storyId);
    } finally {
      await consumer.disconnect();
    }
  });
});
