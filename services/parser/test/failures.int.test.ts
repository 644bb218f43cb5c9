// The parser's failure paths against the real Kafka, FerretDB and Redis: a store outage goes
// through the BullMQ retry queue and the article lands once the store is back; permanently bad
// messages go to the DLQ topic and the failures collection, and the consumer keeps going.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allTopics, dlqTopic, newTraceId, partitionsFor, TOPICS } from '@newsflow/contracts';
import { createKafkaClient, createPublisher, ensureTopics, type Publisher } from '@newsflow/kafka';
import { createLogger } from '@newsflow/observability';
import { type Article, connectStore, type Failure, type Store } from '@newsflow/store';
import { internalsOf } from '@newsflow/store/internals';
import {
  DEMO_ARTICLES,
  type FaultProxy,
  freePort,
  getTestServices,
  isolate,
  type ServiceProcess,
  serviceEnvFor,
  startFaultProxy,
  startService,
  waitFor,
} from '@newsflow/testing';
import type { Kafka } from 'kafkajs';

const ARTICLE_HTML = (title: string) => `<!DOCTYPE html><html lang="en"><head><title>${title} | Site</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-06-18T09:21:00+04:00"></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${title}</h1>
${DEMO_ARTICLES[1]!.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main><footer>© Site</footer></body></html>`;

function page(url: string, html: string, contentType = 'text/html; charset=utf-8') {
  return {
    schemaVersion: 1,
    traceId: newTraceId(),
    source: 'test',
    url,
    finalUrl: url,
    status: 200,
    contentType,
    fetchedAt: new Date().toISOString(),
    depth: 1,
    html,
  };
}

describe('parser failure handling', { timeout: 240_000 }, () => {
  const isolation = isolate('parser-failures');
  let kafka: Kafka;
  let publisher: Publisher;
  let store: Store;
  let proxy: FaultProxy;
  let parser: ServiceProcess;
  const topic = isolation.topicPrefix + TOPICS.pagesFetched;

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
    const mongo = new URL(services.mongoUri);
    proxy = await startFaultProxy({ host: mongo.hostname, port: Number(mongo.port || 27017) });
    mongo.port = String(proxy.port);
    parser = startService('parser', {
      ...serviceEnvFor(services, isolation, { RETRY_ATTEMPTS: '8', RETRY_BACKOFF_MS: '500' }),
      MONGODB_URI: mongo.toString(),
      PORT: String(await freePort()),
    });
    await waitFor('parser ready', () => parser.output().includes('parser started'), { timeoutMs: 60_000 });
  });

  after(async () => {
    await parser?.stop();
    await publisher?.close();
    await proxy?.close();
    await store?.dropDatabase().catch(() => undefined);
    await store?.close();
  });

  const failWithLogs = (error: unknown): never => {
    console.error(parser.output().slice(-5000));
    throw error;
  };

  it('retries through BullMQ while the store is down, and stores the article once it is back', async () => {
    proxy.cut();
    const url = 'https://news.example.org/economy/ferry';
    await publisher.publish(topic, [
      { key: url, value: page(url, ARTICLE_HTML('Ferry line adds night sailings')) },
    ]);
    await waitFor('a failure scheduled for retry', () => parser.output().includes('scheduled for retry'), {
      timeoutMs: 60_000,
    }).catch(failWithLogs);
    proxy.restore();
    const stored = await waitFor(
      'the article stored after the outage',
      () => internalsOf(store).collection('articles').findOne<Article>({ url }),
      { timeoutMs: 90_000 },
    ).catch(failWithLogs);
    assert.equal(stored.title, 'Ferry line adds night sailings');
    assert.equal(stored.status, 'parsed');
    // The retry job logs its success after its side effects (publish included): wait for the line.
    await waitFor('the retry job to report success', () => /retry succeeded/.test(parser.output()), {
      timeoutMs: 30_000,
    }).catch(failWithLogs);
    assert.equal(
      await internalsOf(store).collection('failures').countDocuments({ url }),
      0,
      'a recovered message is no failure',
    );
  });

  it('dead-letters permanently bad messages with a reason and keeps consuming', async () => {
    const good = 'https://news.example.org/economy/tea';
    await publisher.publish(topic, [
      { key: 'bad-schema', value: { schemaVersion: 1, url: 'not a url' } },
      { key: 'not-html', value: page('https://news.example.org/report.pdf', '%PDF-1.7', 'application/pdf') },
      { key: good, value: page(good, ARTICLE_HTML('Tea harvest beats forecast')) },
    ]);
    await waitFor(
      'the good article stored after the bad ones',
      () => internalsOf(store).collection('articles').findOne<Article>({ url: good }),
      {
        timeoutMs: 60_000,
      },
    ).catch(failWithLogs);
    const failures = await waitFor('two failures recorded', async () => {
      const found = await internalsOf(store)
        .collection('failures')
        .find<Omit<Failure, '_id'>>({ stage: 'parser' })
        .sort({ reason: 1 })
        .toArray();
      return found.length >= 2 ? found : undefined;
    });
    assert.deepEqual(
      failures.map((failure) => [failure.reason, failure.kind, failure.attempts, failure.topic]),
      [
        ['invalid_message', 'permanent', 1, topic],
        ['not_html', 'permanent', 1, topic],
      ],
    );
    assert.equal(failures[1]!.url, 'https://news.example.org/report.pdf');
    assert.ok(failures.every((failure) => failure.payload.length > 0 && failure.payloadRef.offset !== null));

    // Both are on the DLQ topic, unchanged, with the reason in their headers.
    const reasons: string[] = [];
    const consumer = kafka.consumer({ groupId: `${isolation.queuePrefix}-dlq-reader` });
    await consumer.connect();
    await consumer.subscribe({ topic: dlqTopic(topic), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        reasons.push(String(message.headers?.['x-failure-reason']));
      },
    });
    await waitFor('two DLQ messages', () => reasons.length >= 2, { timeoutMs: 30_000 });
    await consumer.disconnect();
    assert.deepEqual(reasons.sort(), ['invalid_message', 'not_html']);
  });
});
