// The CLI against a real API process (keys mode) on the real Kafka, Redis and FerretDB.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { allTopics, partitionsFor, TOPICS } from '@newsflow/contracts';
import { createKafkaClient, ensureTopics } from '@newsflow/kafka';
import { createLogger } from '@newsflow/observability';
import { connectStore, type Store } from '@newsflow/store';
import { internalsOf } from '@newsflow/store/internals';
import {
  dropIsolation,
  freePort,
  getTestServices,
  type Isolation,
  isolate,
  type ServiceProcess,
  serviceEnvFor,
  startService,
  type TestServices,
  waitFor,
} from '@newsflow/testing';
import type { Kafka } from 'kafkajs';
import { cli } from './harness.ts';

/** One WARC/1.0 response record holding an HTTP response with `html`. */
function warcRecord(url: string, html: string): Buffer {
  const http = Buffer.from(
    `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(html)}\r\n\r\n${html}`,
  );
  const header = [
    'WARC/1.0',
    'WARC-Type: response',
    `WARC-Target-URI: ${url}`,
    'WARC-Date: 2024-06-18T05:21:00Z',
    `WARC-Record-ID: <urn:uuid:${crypto.randomUUID()}>`,
    'Content-Type: application/http; msgtype=response',
    `Content-Length: ${http.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${header}\r\n\r\n`), http, Buffer.from('\r\n\r\n')]);
}

describe('newsflow CLI against the API', { timeout: 180_000 }, () => {
  let api: ServiceProcess;
  let store: Store;
  let kafka: Kafka;
  let env: Record<string, string>;
  let key = '';
  const run = (args: string[]) => cli([...args, '--json'], { ...env, NEWSFLOW_API_KEY: key });

  let services: TestServices;
  let isolation: Isolation;

  before(async () => {
    services = await getTestServices();
    isolation = isolate('cli');
    const port = await freePort();
    env = {
      ...serviceEnvFor(services, isolation, { PORT: String(port), API_AUTH: 'keys' }),
      NEWSFLOW_API_URL: `http://127.0.0.1:${port}`,
    };
    kafka = createKafkaClient({
      brokers: services.kafkaBrokers,
      clientId: 'cli-test',
      logger: createLogger('cli-test', 'silent'),
    });
    await ensureTopics(kafka, allTopics(isolation.topicPrefix), partitionsFor);
    store = await connectStore({ uri: services.mongoUri, dbName: isolation.dbName });
    api = startService('api', env);
    await waitFor('the API', async () => (await fetch(`${env.NEWSFLOW_API_URL}/readyz`)).ok, {
      timeoutMs: 30_000,
    });
  });
  after(async () => {
    await api?.stop();
    await store?.close();
    await dropIsolation(services, isolation);
  });

  it('creates an admin key in the store; the API refuses calls without it', async () => {
    const withoutKey = await cli(['status'], env);
    assert.equal(withoutKey.status, 1);
    assert.match(withoutKey.stderr, /401/);
    const created = await cli(['keys', 'create', '--name', 'ops', '--role', 'admin', '--json'], env);
    assert.equal(created.status, 0, created.stderr);
    key = (JSON.parse(created.stdout) as { key: string }).key;
    assert.match(key, /^nf_/);
  });

  it('adds, lists, disables, enables and crawls a source', async () => {
    const added = await run([
      'sources',
      'add',
      'demo',
      '--url',
      'https://demo.example/',
      '--timezone',
      'Asia/Baku',
      '--revisit-minutes',
      '30,360',
    ]);
    assert.equal(added.status, 0, added.stderr);
    assert.deepEqual(JSON.parse(added.stdout).revisitAfterMinutes, [30, 360]);
    const badRevisits = await run([
      'sources',
      'add',
      'other',
      '--url',
      'https://o.example/',
      '--revisit-minutes',
      '360,30',
    ]);
    assert.equal(badRevisits.status, 1);
    assert.match(badRevisits.stderr, /increasing order/);
    const list = await run(['sources', 'list']);
    assert.deepEqual(
      (JSON.parse(list.stdout) as { name: string }[]).map((s) => s.name),
      ['demo'],
    );
    assert.equal(JSON.parse((await run(['sources', 'disable', 'demo'])).stdout).enabled, false);
    const refused = await run(['crawl', 'demo']);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /409/);
    await run(['sources', 'enable', 'demo']);
    const crawl = await run(['crawl', 'demo']);
    assert.deepEqual(JSON.parse(crawl.stdout), { source: 'demo', queued: 1 });
  });

  it('lists and replays failures, reprocesses with progress, and shows the status', async () => {
    const prefix = env.TOPIC_PREFIX!;
    await store.failures.record({
      stage: 'parser',
      topic: prefix + TOPICS.pagesFetched,
      kind: 'permanent',
      reason: 'no_content',
      message: 'no body',
      attempts: 1,
      payloadRef: { topic: prefix + TOPICS.pagesFetched, partition: 0, offset: '0', key: 'k', jobId: null },
      payload: '{"x":1}',
      traceId: 't',
      source: 'demo',
      url: 'https://demo.example/a',
    });
    const list = await run(['failures', 'list', '--stage', 'parser']);
    assert.equal((JSON.parse(list.stdout) as unknown[]).length, 1);
    const replay = await run(['failures', 'replay', '--stage', 'parser']);
    assert.equal(JSON.parse(replay.stdout).replayed, 1);

    await internalsOf(store)
      .collection('articles')
      .insertOne({
        _id: 'a'.repeat(32),
        source: 'demo',
        url: 'https://demo.example/a',
        canonicalUrl: 'https://demo.example/a',
        title: 'A',
        body: 'Body',
        language: 'en',
        contentHash: 'h',
        status: 'enriched',
        publishedAt: null,
        sortAt: new Date(),
        extraction: { version: 'v1', provenance: {} },
        traceId: 't',
      } as never);
    const reprocess = await run(['reprocess', 'reenrich', '--source', 'demo']);
    assert.equal(reprocess.status, 0, reprocess.stderr);
    assert.deepEqual(JSON.parse(reprocess.stdout), {
      action: 'reenrich',
      selected: 1,
      published: 1,
      missingRawPage: 0,
      done: true,
    });

    const status = await run(['status']);
    const parsed = JSON.parse(status.stdout) as {
      kafka: { available: boolean };
      sources: { name: string }[];
    };
    assert.equal(parsed.kafka.available, true);
    assert.deepEqual(
      parsed.sources.map((s) => s.name),
      ['demo'],
    );
    // The human form prints tables.
    const human = await cli(['status'], { ...env, NEWSFLOW_API_KEY: key });
    assert.match(human.stdout, /consumer group +topic +lag/);
  });

  it('lists pages not stored with reason, source, url, page type, when and count; counts reasons', async () => {
    const sighting = {
      url: 'https://demo.example/',
      source: 'demo',
      pageType: 'listing',
      reason: 'front-page',
      detail: 'url=front',
      crawlContext: 'start',
      extractorVersion: 'x-1',
      traceId: 't1',
      at: new Date(Date.now() - 5 * 60_000),
    };
    await store.pagesNotStored.record(sighting);
    await store.pagesNotStored.record({ ...sighting, traceId: 't2', at: new Date(Date.now() - 3 * 60_000) });
    await store.pagesNotStored.record({
      ...sighting,
      url: 'https://demo.example/contact',
      pageType: 'unknown',
      reason: 'service-page',
      traceId: 't3',
    });
    await store.pagesNotStored.record({
      ...sighting,
      source: 'other',
      url: 'https://other.example/',
      traceId: 't4',
    });

    const list = await run(['pages-not-stored', 'list', '--source', 'demo']);
    assert.equal(list.status, 0, list.stderr);
    assert.deepEqual(
      (JSON.parse(list.stdout) as { url: string; reason: string; pageType: string; count: number }[]).map(
        (p) => [p.reason, p.url, p.pageType, p.count],
      ),
      [
        ['front-page', 'https://demo.example/', 'listing', 2],
        ['service-page', 'https://demo.example/contact', 'unknown', 1],
      ],
    );
    const byReason = await run(['pages-not-stored', 'list', '--reason', 'service-page']);
    assert.equal((JSON.parse(byReason.stdout) as unknown[]).length, 1);
    // The human form: one row per page, with when it was last seen.
    const human = await cli(['pages-not-stored', 'list', '--source', 'demo'], {
      ...env,
      NEWSFLOW_API_KEY: key,
    });
    const lines = human.stdout.split('\n');
    assert.match(lines[0]!, /^last seen +reason +source +page type +count +url$/);
    assert.match(lines[1]!, /^\d+ min ago +front-page +demo +listing +2 +https:\/\/demo\.example\/$/);
    assert.equal(lines.length, 3);

    const reasons = await run(['pages-not-stored', 'reasons', '--source', 'demo']);
    assert.deepEqual(JSON.parse(reasons.stdout).data, [
      { reason: 'front-page', pages: 1, sightings: 2 },
      { reason: 'service-page', pages: 1, sightings: 1 },
    ]);
    const refused = await run(['pages-not-stored', 'list', '--source', '$ne']);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /400 Invalid query parameter: source/);
  });

  it('imports a gzipped WARC onto pages.fetched.v1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsflow-warc-'));
    const file = join(dir, 'pages.warc.gz');
    // One gzip member per record, as CC-NEWS ships them.
    writeFileSync(
      file,
      Buffer.concat([
        gzipSync(warcRecord('https://demo.example/one', '<html><h1>One</h1></html>')),
        gzipSync(warcRecord('https://demo.example/two', '<html><h1>Two</h1></html>')),
      ]),
    );
    const imported = await run(['import-warc', file, '--source', 'demo']);
    assert.equal(imported.status, 0, imported.stderr);
    assert.equal(JSON.parse(imported.stdout).pages, 2, imported.stdout);
    const admin = kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(env.TOPIC_PREFIX + TOPICS.pagesFetched);
      // The failure replayed above went to this topic too.
      assert.equal(
        offsets.reduce((sum, p) => sum + Number(p.high), 0),
        3,
      );
    } finally {
      await admin.disconnect();
    }
  });
});
