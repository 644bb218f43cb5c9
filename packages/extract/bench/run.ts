// `npm run bench:extract`: one table, one run, the same decoded pages for newsflow,
// trafilatura 2.3.1 (Python, venv under <repo>/.cache) and Readability.js + jsdom: body P/R/F1
// on aeb-dev and fundus-dev (each also split into tune/check halves, see halves.ts), empty
// bodies, title/authors/date on meta-dev, titles with undecoded entities, speed (median and
// p95 ms/page); then this extractor's memory, deep nesting and input-size scaling.
// Options: --no-baseline (neither baseline), --no-trafilatura, --no-readability,
// --only aeb|meta|scale, --dump FILE (per-page JSON).
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  aggregateBodyScores,
  decodeHtml,
  extractArticle,
  type MetaPrediction,
  type MetaTruth,
  scoreBodyPage,
  scoreMeta,
} from '../src/index.ts';
import { corpusRoot, crawlDateOf, loadAeb, loadMeta } from './corpus.ts';
import { type Half, halvesOf } from './halves.ts';
import { type BaselineResult, readabilityExtract } from './readability-baseline.ts';
import { ensureTrafilatura, runTrafilatura } from './trafilatura-baseline.ts';

const args = process.argv.slice(2);
const withBaseline = !args.includes('--no-baseline') && !args.includes('--no-readability');
const withTrafilatura = !args.includes('--no-baseline') && !args.includes('--no-trafilatura');
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
): MetaPrediction & { body: string; pageType: string; publisherCredit?: string | null } {
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
      publisherCredit: result.publisherCredit,
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
  for (const depth of [400, 10_000, 100_000]) {
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

// Quality and speed: every system on the same decoded pages (aeb-dev, fundus, htmldate).
interface Prediction extends MetaPrediction {
  body: string;
}
interface SystemRun {
  name: string;
  results: Map<string, Prediction>;
  times: number[];
}
interface BenchPage {
  key: string;
  set: 'aeb' | 'fundus' | 'htmldate';
  url: string;
  html: string;
  fetchedAt?: Date;
  body?: string;
  truth?: MetaTruth;
  half: Half;
}

const pages: BenchPage[] = [];
const groupCounts: Record<string, Record<Half, number>> = {};
if (!only || only === 'aeb') {
  const aeb = loadAeb(root);
  const { halfOf, groups } = halvesOf(aeb.map((p) => p.page.url));
  groupCounts.aeb = groups;
  for (const { page, body } of aeb)
    pages.push({
      key: `aeb/${page.id}`,
      set: 'aeb',
      url: page.url,
      html: decodeHtml(readFileSync(page.file)),
      body,
      half: halfOf(page.url),
    });
}
if (!only || only === 'meta') {
  for (const set of ['fundus', 'htmldate'] as const) {
    const meta = loadMeta(root, set);
    const { halfOf, groups } = halvesOf(meta.map((p) => p.page.url));
    groupCounts[set] = groups;
    for (const { page, truth } of meta) {
      const fetchedAt = set === 'fundus' ? crawlDateOf(page.id) : undefined;
      const body = (truth as { articleBody?: string }).articleBody;
      pages.push({
        key: `${set}/${page.id}`,
        set,
        url: page.url,
        html: decodeHtml(readFileSync(page.file)),
        ...(fetchedAt ? { fetchedAt } : {}),
        ...(body !== undefined ? { body } : {}),
        truth,
        half: halfOf(page.url),
      });
    }
  }
}

const systems: SystemRun[] = [];
if (pages.length > 0) {
  const newsflow: SystemRun = { name: 'newsflow-extract', results: new Map(), times: ours.times };
  for (const page of pages) newsflow.results.set(page.key, runOurs(page.html, page.url, page.fetchedAt));
  systems.push(newsflow);
}
if (pages.length > 0 && withTrafilatura) {
  const ready = ensureTrafilatura();
  if (ready.ok) {
    const run = runTrafilatura(pages.map((p) => ({ id: p.key, url: p.url, html: p.html })));
    const times = [...run.results.values()].map((r) => r.ms);
    systems.push({ name: `trafilatura ${run.version}`, results: run.results, times });
  } else console.log(`trafilatura: ${ready.why}\n`);
}
if (pages.length > 0 && withBaseline) {
  const readability: SystemRun = { name: 'Readability.js + jsdom', results: new Map(), times: theirs.times };
  for (const page of pages) readability.results.set(page.key, runTheirs(page.html, page.url));
  systems.push(readability);
}

const ENTITY = /&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i;
const pick = (set: BenchPage['set'], half?: Half) =>
  pages.filter((p) => p.set === set && (half === undefined || p.half === half));
const addRow = (label: string, cell: (s: SystemRun) => string) => rows.push([label, ...systems.map(cell)]);
const bodyScore = (s: SystemRun, list: BenchPage[]) =>
  aggregateBodyScores(list.map((p) => scoreBodyPage(s.results.get(p.key)?.body ?? '', p.body ?? '')));
const metaScore = (s: SystemRun, list: BenchPage[]) =>
  scoreMeta(
    list.map((p) => ({
      truth: p.truth ?? {},
      prediction: s.results.get(p.key) ?? { title: null, authors: [], publishedAt: null },
    })),
  );
const prf = (p: number, r: number, f: number) => `${f3(p)} / ${f3(r)} / ${f3(f)}`;
const lowPages: string[] = [];

for (const set of ['aeb', 'fundus'] as const) {
  const all = pick(set).filter((p) => p.body !== undefined);
  if (all.length === 0) continue;
  const name = set === 'aeb' ? 'aeb-dev' : 'fundus-dev';
  const g = groupCounts[set]!;
  for (const [label, list] of [
    [`${name} body P/R/F1, ${all.length} pages (${g.tune + g.check} site groups)`, all],
    [`  tune half, ${pick(set, 'tune').length} pages (${g.tune} groups)`, pick(set, 'tune')],
    [`  check half, ${pick(set, 'check').length} pages (${g.check} groups)`, pick(set, 'check')],
  ] as const) {
    addRow(label, (s) => {
      const b = bodyScore(s, [...list]);
      return prf(b.precision, b.recall, b.f1);
    });
  }
  addRow(`${name} exact body accuracy`, (s) => f3(bodyScore(s, all).accuracy));
  addRow(
    `${name} empty bodies (pages with a true body)`,
    (s) =>
      `${all.filter((p) => p.body!.trim() !== '' && (s.results.get(p.key)?.body ?? '').trim() === '').length}`,
  );
  const newsflow = systems[0]!;
  for (const p of all) {
    const score = scoreBodyPage(newsflow.results.get(p.key)?.body ?? '', p.body!);
    const f1 =
      score.precision === null
        ? 0
        : (2 * score.precision * score.recall) / (score.precision + score.recall || 1);
    if (f1 < 0.5)
      lowPages.push(
        `${name} ${p.half} ${p.key} P=${f3(score.precision ?? 0)} R=${f3(score.recall)} ${p.url}`,
      );
    if (dumpFile)
      dump[p.key] = {
        url: p.url,
        half: p.half,
        f1,
        others: Object.fromEntries(
          systems.slice(1).map((s) => {
            const o = scoreBodyPage(s.results.get(p.key)?.body ?? '', p.body!);
            return [
              s.name,
              o.precision === null ? 0 : (2 * o.precision * o.recall) / (o.precision + o.recall || 1),
            ];
          }),
        ),
        body: newsflow.results.get(p.key)?.body,
      };
  }
}

const fundus = pick('fundus');
if (fundus.length > 0) {
  for (const half of [undefined, 'tune', 'check'] as const) {
    const list = half ? pick('fundus', half) : fundus;
    const suffix = half ? `  ${half} half` : 'fundus-dev';
    addRow(`${suffix} title exact (token-F1), ${list.length} pages`, (s) => {
      const m = metaScore(s, list);
      return `${f3(m.titleExact)} (${f3(m.titleTokenF1)})`;
    });
  }
  for (const half of [undefined, 'tune', 'check'] as const) {
    const list = half ? pick('fundus', half) : fundus;
    const suffix = half ? `  ${half} half` : 'fundus-dev';
    addRow(`${suffix} authors P/R/F1, ${metaScore(systems[0]!, list).authorPages} pages`, (s) => {
      const m = metaScore(s, list);
      return prf(m.authorP, m.authorR, m.authorF1);
    });
  }
  // Fundus labels list a publisher credited as author ("BBC News", "kicker") among the authors;
  // newsflow returns it apart (publisherCredit): scored here with the authors, for newsflow only.
  addRow(`fundus-dev authors + publisherCredit P/R/F1`, (s) => {
    if (s !== systems[0]) return '-';
    const m = scoreMeta(
      fundus.map((p) => {
        const r = s.results.get(p.key) as (Prediction & { publisherCredit?: string | null }) | undefined;
        const authors = [...(r?.authors ?? []), ...(r?.publisherCredit ? [r.publisherCredit] : [])];
        return { truth: p.truth ?? {}, prediction: { title: null, publishedAt: null, ...r, authors } };
      }),
    );
    return prf(m.authorP, m.authorR, m.authorF1);
  });
  addRow(`fundus-dev date day accuracy, ${fundus.length} pages`, (s) =>
    f3(metaScore(s, fundus).dateAccuracy),
  );
  addRow(`fundus-dev instant within 60 s, ${metaScore(systems[0]!, fundus).instantPages} pages`, (s) =>
    f3(metaScore(s, fundus).instantAccuracy),
  );
}
const htmldate = pick('htmldate');
if (htmldate.length > 0) {
  addRow(`htmldate date day accuracy, ${htmldate.length} pages`, (s) =>
    f3(metaScore(s, htmldate).dateAccuracy),
  );
  addRow('htmldate date P/R/F (htmldate-style)', (s) => {
    const m = metaScore(s, htmldate);
    return prf(m.dateP, m.dateR, m.dateF);
  });
}
if (pages.length > 0) {
  addRow(
    `titles with undecoded entities, all ${pages.length} pages`,
    (s) => `${pages.filter((p) => ENTITY.test(s.results.get(p.key)?.title ?? '')).length}`,
  );
  addRow(
    'speed median / p95 ms per page',
    (s) => `${quantile(s.times, 0.5).toFixed(2)} / ${quantile(s.times, 0.95).toFixed(2)}`,
  );
  const base = systems[0]!;
  addRow('speed ratio (system / newsflow), median / p95', (s) =>
    s === base
      ? '1x'
      : `${(quantile(s.times, 0.5) / quantile(base.times, 0.5)).toFixed(1)}x / ${(quantile(s.times, 0.95) / quantile(base.times, 0.95)).toFixed(1)}x`,
  );
}
if (lowPages.length > 0) console.log(`pages below body F1 0.5 (newsflow):\n  ${lowPages.join('\n  ')}\n`);

rows.push(...costRows.map((r) => [r[0]!, r[1]!, ...systems.slice(1).map(() => '')]));
const header = ['measure', ...(systems.length > 0 ? systems.map((s) => s.name) : ['newsflow-extract'])];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]) => `| ${header.map((_, i) => (r[i] ?? '').padEnd(widths[i]!)).join(' | ')} |`;
console.log(
  `${pages.length} pages (${
    pages.length > 0
      ? pages
          .map((p) => p.key.split('/')[0])
          .filter((v, i, a) => a.indexOf(v) === i)
          .join(', ')
      : '-'
  })`,
);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
if (dumpFile) writeFileSync(dumpFile, JSON.stringify(dump, null, 1));
