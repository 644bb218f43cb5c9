// The import-warc command as an operator runs it, against the real Kafka.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { REPO_ROOT, sampleWarc, waitFor } from '@newsflow/testing';
import { type CrawlHarness, startCrawlHarness } from './helpers/crawl-harness.ts';

describe('import-warc command', { timeout: 60_000 }, () => {
  let harness: CrawlHarness;
  before(async () => {
    harness = await startCrawlHarness('import-warc', []);
  });
  after(() => harness?.close());

  it('publishes a gzipped WARC file as pages.fetched.v1 and prints what it skipped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsflow-import-'));
    const file = join(dir, 'cc-news.warc.gz');
    await writeFile(file, sampleWarc(true));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        resolve(REPO_ROOT, 'services/crawler/src/import-warc.ts'),
        file,
        '--source',
        'cc-news',
        '--timezone',
        'UTC',
      ],
      {
        cwd: REPO_ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          KAFKA_BROKERS: harness.env.KAFKA_BROKERS!,
          TOPIC_PREFIX: harness.env.TOPIC_PREFIX!,
        },
      },
    );
    assert.match(stdout, /published 3 pages to .*pages\.fetched\.v1; skipped 6 records/);
    assert.match(stdout, /duplicate_url\s+1/);
    assert.match(stdout, /not_html\s+1/);
    await waitFor('3 pages on Kafka', () => harness.pages.length >= 3);
    assert.deepEqual(harness.pages.map((page) => page.url).sort(), [
      'https://news.example/a1',
      'https://news.example/a2',
      'https://news.example/ru',
    ]);
    assert.ok(harness.pages.every((page) => page.source === 'cc-news' && page.timezone === 'UTC'));
  });
});
