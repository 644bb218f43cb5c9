// `npm run bench:extract`: body P/R/F1 on aeb-dev, title/authors/date on meta-dev, speed
// (median and p95 ms/page) and memory, for this extractor and Readability.js + jsdom in one
// run, plus the input-size scaling of this extractor from 10 kB to 10 MB.
// Options: --no-baseline (skip Readability), --only aeb|meta|scale, --dump FILE (per-page JSON).
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  aggregateBodyScores,
  type BodyPageScore,
  decodeHtml,
  extractArticle,
  type MetaPrediction,
  type MetaScore,
  type MetaTruth,
  scoreBodyPage,
  scoreMeta,
} from '../src/index.ts';
import { corpusRoot, crawlDateOf, loadAeb, loadMeta } from './corpus.ts';
import { type BaselineResult, readabilityExtract } from './readability-baseline.ts';

const args = process.argv.slice(2);
const withBaseline = !args.includes('--no-baseline');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
const dumpIndex = args.indexOf('--dump');
const dumpFile = dumpIndex >= 0 ? args[dumpIndex + 1] : undefined;

const ours = { times: [] as number[] };
const theirs = { times: [] as number[] };
const heapSamples: number[] = [];
const dump: Record<string, unknown> = {};

function runOurs(
  html: string,
  url: string,
  fetchedAt?: Date,
): MetaPrediction & { body: string; pageType: string } {
  const start = performance.now();
  const result = extractArticle(html, url, fetchedAt ? { fetchedAt } : {});
  ours.times.push(performance.now() - start);
  if (result.pageType === 'article') {
    return {
      title: result.title,
      authors: result.authors,
      publishedAt: result.publishedAt,
      body: result.body,
      pageType: 'article',
    };
  }
  return {
    title: result.title,
    authors: [],
    publishedAt: result.publishedAt,
    body: '',
    pageType: result.pageType,
  };
}

function runTheirs(html: string, url: string): BaselineResult {
  const start = performance.now();
  const result = readabilityExtract(html, url);
  theirs.times.push(performance.now() - start);
  return result;
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const f3 = (n: number): string => (Number.isNaN(n) ? '  -  ' : n.toFixed(3));
const root = corpusRoot();
const rows: string[][] = [];
const costRows: string[][] = [];

// Cost first, in a fresh process (before jsdom fills the heap): input-size scaling, deep
// nesting, and the heap after GC across every page.
if (!only || only === 'scale') {
  // Linear cost: the same article-like page grown to 10 kB … 10 MB.
  const paragraph =
    '<p>Armenian Foreign Minister Ararat Mirzoyan met with US officials, marking the first visit of the delegation. <a href="/x">More</a></p>\n';
  const scaling: string[] = [];
  for (const size of [10e3, 100e3, 1e6, 10e6]) {
    const count = Math.ceil(size / paragraph.length);
    const html = `<html><head><title>Scale</title></head><body><article><h1>Scale test</h1><div class="article-body">${paragraph.repeat(count)}</div></article></body></html>`;
    const runs = size >= 1e6 ? 3 : 10;
    // Warm the JIT on the small page first, so the 10 kB figure is not compile time.
    if (size === 10e3) for (let i = 0; i < 50; i++) extractArticle(html, 'https://example.com/a');
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      extractArticle(html, 'https://example.com/a');
      times.push(performance.now() - start);
    }
    const ms = quantile(times, 0.5);
    scaling.push(
      `${(html.length / 1e3).toFixed(0)} kB: ${ms.toFixed(1)} ms (${(ms / (html.length / 1e6)).toFixed(1)} ms/MB)`,
    );
  }
  // Linear cost for deep nesting too: 10 000 … 100 000 nested elements.
  const nesting: string[] = [];
  for (const depth of [10_000, 100_000]) {
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep text, with a comma.</p>${'</div>'.repeat(depth)}</body></html>`;
    const start = performance.now();
    extractArticle(html, 'https://example.com/deep');
    nesting.push(`${depth} levels: ${(performance.now() - start).toFixed(1)} ms`);
  }
  costRows.push(['deep nesting', nesting.join('; '), '']);
  costRows.push(['scaling (median ms, ms/MB)', scaling.join('; '), '']);
}

if (!only) {
  // Memory: this extractor alone over every page again, heap after a full GC at each quarter
  // (needs --expose-gc, which the package's bench script passes).
  const files = [
    ...loadAeb(root).map((p) => p.page),
    ...loadMeta(root, 'fundus').map((p) => p.page),
    ...loadMeta(root, 'htmldate').map((p) => p.page),
  ];
  const gc = (globalThis as { gc?: () => void }).gc;
  const quarter = Math.floor(files.length / 4);
  files.forEach((page, index) => {
    extractArticle(decodeHtml(readFileSync(page.file)), page.url);
    if (gc && (index + 1) % quarter === 0) {
      gc();
      heapSamples.push(process.memoryUsage().heapUsed);
    }
  });
  if (heapSamples.length > 0) {
    costRows.push([
      `heap after GC at each quarter of ${files.length} pages (MB)`,
      heapSamples.map((h) => (h / 2 ** 20).toFixed(1)).join(' / '),
      '',
    ]);
  }
}

if (!only || only === 'aeb') {
  const pages = loadAeb(root);
  const oursScores: BodyPageScore[] = [];
  const theirScores: BodyPageScore[] = [];
  const low: string[] = [];
  for (const { page, body } of pages) {
    const html = decodeHtml(readFileSync(page.file));
    const prediction = runOurs(html, page.url);
    const score = scoreBodyPage(prediction.body, body);
    oursScores.push(score);
    const f1 =
      score.precision === null
        ? 0
        : (2 * score.precision * score.recall) / (score.precision + score.recall || 1);
    if (f1 < 0.5)
      low.push(`${page.id.slice(0, 12)} P=${f3(score.precision ?? 0)} R=${f3(score.recall)} ${page.url}`);
    if (dumpFile)
      dump[page.id] = {
        url: page.url,
        f1,
        precision: score.precision,
        recall: score.recall,
        body: prediction.body,
      };
    if (withBaseline) theirScores.push(scoreBodyPage(runTheirs(html, page.url).body, body));
  }
  const a = aggregateBodyScores(oursScores);
  rows.push([
    'aeb-dev body P/R/F1 (90 pages)',
    `${f3(a.precision)} / ${f3(a.recall)} / ${f3(a.f1)}`,
    withBaseline
      ? (() => {
          const b = aggregateBodyScores(theirScores);
          return `${f3(b.precision)} / ${f3(b.recall)} / ${f3(b.f1)}`;
        })()
      : '-',
  ]);
  rows.push([
    'aeb-dev exact body accuracy',
    f3(a.accuracy),
    withBaseline ? f3(aggregateBodyScores(theirScores).accuracy) : '-',
  ]);
  if (low.length > 0) console.log(`aeb-dev pages below F1 0.5 (ours):\n  ${low.join('\n  ')}\n`);
}

if (!only || only === 'meta') {
  for (const set of ['fundus', 'htmldate'] as const) {
    const pages = loadMeta(root, set);
    const oursPages: { truth: MetaTruth; prediction: MetaPrediction }[] = [];
    const theirPages: { truth: MetaTruth; prediction: MetaPrediction }[] = [];
    for (const { page, truth } of pages) {
      const html = decodeHtml(readFileSync(page.file));
      const prediction = runOurs(html, page.url, set === 'fundus' ? crawlDateOf(page.id) : undefined);
      oursPages.push({ truth, prediction });
      if (dumpFile)
        dump[`${set}/${page.id}`] = {
          truth,
          prediction: { ...prediction, body: prediction.body.slice(0, 200) },
        };
      if (withBaseline) theirPages.push({ truth, prediction: runTheirs(html, page.url) });
    }
    const o = scoreMeta(oursPages);
    const t = withBaseline ? scoreMeta(theirPages) : null;
    const add = (label: string, pick: (s: MetaScore) => string) =>
      rows.push([label, pick(o), t ? pick(t) : '-']);
    if (set === 'fundus') {
      add(
        `fundus title exact (token-F1), ${o.titlePages} pages`,
        (s) => `${f3(s.titleExact)} (${f3(s.titleTokenF1)})`,
      );
      add(
        `fundus authors P/R/F1, ${o.authorPages} pages`,
        (s) => `${f3(s.authorP)} / ${f3(s.authorR)} / ${f3(s.authorF1)}`,
      );
      add(`fundus date day accuracy, ${o.datePages} pages`, (s) => f3(s.dateAccuracy));
      add(`fundus instant within 60 s, ${o.instantPages} pages`, (s) => f3(s.instantAccuracy));
    } else {
      add(`htmldate date day accuracy, ${o.datePages} pages`, (s) => f3(s.dateAccuracy));
      add('htmldate date P/R/F (htmldate-style)', (s) => `${f3(s.dateP)} / ${f3(s.dateR)} / ${f3(s.dateF)}`);
    }
  }
}

if (ours.times.length > 0) {
  rows.push([
    'speed median / p95 ms per page',
    `${ours.times.length} pages: ${quantile(ours.times, 0.5).toFixed(2)} / ${quantile(ours.times, 0.95).toFixed(2)}`,
    withBaseline
      ? `${quantile(theirs.times, 0.5).toFixed(2)} / ${quantile(theirs.times, 0.95).toFixed(2)}`
      : '-',
  ]);
  if (withBaseline) {
    rows.push([
      'speed ratio (Readability / ours), median / p95',
      `${(quantile(theirs.times, 0.5) / quantile(ours.times, 0.5)).toFixed(1)}x / ${(quantile(theirs.times, 0.95) / quantile(ours.times, 0.95)).toFixed(1)}x`,
      '',
    ]);
  }
}

rows.push(...costRows);
const widths = [0, 1, 2].map((i) =>
  Math.max(
    ...rows.map((r) => (r[i] ?? '').length),
    ['measure', 'newsflow-extract', 'Readability.js + jsdom'][i]!.length,
  ),
);
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(['measure', 'newsflow-extract', 'Readability.js + jsdom']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
if (dumpFile) writeFileSync(dumpFile, JSON.stringify(dump, null, 1));
