// The newsflow-extract bin: one JSON line per input, errors as values, the url map applied.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const bin = new URL('../bin/newsflow-extract.js', import.meta.url).pathname;
const fixtures = new URL('./fixtures/', import.meta.url).pathname;

function run(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
}

test('a folder of pages gives one JSON object per page and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsflow-extract-'));
  const urlMap = join(dir, 'urls.json');
  writeFileSync(
    urlMap,
    JSON.stringify({
      'caliber-az-article':
        'https://caliber.az/en/post/armenian-us-officials-discuss-expanding-strategic-partnership',
      'caliber-az-all-news': 'https://caliber.az/en/news',
    }),
  );
  const result = run(['--url-map', urlMap, '--tz', 'Europe/Baku', fixtures]);
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  assert.equal(lines.length, 2);
  const article = lines.find((l) => l.file.endsWith('caliber-az-article.html'));
  assert.deepEqual(Object.keys(article).slice(0, 10), [
    'file',
    'pageType',
    'title',
    'authors',
    'publishedAt',
    'modifiedAt',
    'section',
    'body',
    'language',
    'provenance',
  ]);
  assert.equal(article.pageType, 'article');
  assert.equal(article.publishedAt, '2024-06-18T09:21:00+04:00');
  assert.equal(article.related.length, 6);
  const listing = lines.find((l) => l.file.endsWith('caliber-az-all-news.html'));
  assert.equal(listing.pageType, 'listing');
});

test('a missing file is an error value and a non-zero exit', () => {
  const result = run(['/nonexistent/page.html']);
  assert.equal(result.status, 1);
  assert.match(JSON.parse(result.stdout.trim()).error, /ENOENT/);
});

test('bad options are rejected with a usage line', () => {
  assert.equal(run([]).status, 2);
  const badZone = run(['--tz', 'Not/AZone', fixtures]);
  assert.equal(badZone.status, 2);
  assert.match(badZone.stderr, /unknown timezone/);
});
