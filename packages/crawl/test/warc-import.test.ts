import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { PageFetched } from '@newsflow/contracts';
import { sampleWarc } from '@newsflow/testing';
import { IMPORT_DEPTH, importWarc } from '../src/index.ts';

async function writeSample(gzip: boolean): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'newsflow-warc-'));
  const file = join(dir, gzip ? 'sample.warc.gz' : 'sample.warc');
  await writeFile(file, sampleWarc(gzip));
  return file;
}

for (const gzip of [false, true]) {
  describe(`importWarc (${gzip ? 'gzip' : 'plain'} WARC)`, () => {
    it('publishes the HTML responses and counts what it skipped, by reason', async () => {
      const file = await writeSample(gzip);
      const batches: PageFetched[][] = [];
      const progress: number[] = [];
      const summary = await importWarc({
        file,
        source: 'cc-news',
        language: 'en',
        batchSize: 2,
        publish: async (pages) => {
          batches.push(pages);
        },
        onProgress: ({ bytesRead }) => progress.push(bytesRead),
      });
      const pages = batches.flat();
      assert.deepEqual(
        pages.map((page) => page.url),
        ['https://news.example/a1', 'https://news.example/a2', 'https://news.example/ru'],
      );
      assert.deepEqual(
        batches.map((batch) => batch.length),
        [2, 1],
      );
      assert.equal(summary.published, 3);
      assert.deepEqual(summary.skipped, {
        not_response: 3, // warcinfo, request, metadata
        duplicate_url: 1,
        not_html: 1,
        http_status: 1,
      });
      assert.ok(
        pages.every(
          (page) => page.source === 'cc-news' && page.language === 'en' && page.depth === IMPORT_DEPTH,
        ),
      );
      assert.equal(pages[0]!.fetchedAt, '2024-06-18T05:30:00.000Z');
      assert.match(pages[0]!.html, /First story/);
      assert.match(pages[2]!.html, /Министр встретился с делегацией/);
      assert.equal(progress.at(-1), summary.bytesRead);
      assert.equal(summary.bytesRead, sampleWarc(gzip).length);
    });
  });
}
