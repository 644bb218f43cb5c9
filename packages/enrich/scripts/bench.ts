// Enrichment cost over the aeb-dev bodies and the broad gold's fundus pages (npm run bench:enrich): median and p95 ms per article,
// throughput, peak memory; and, when @newsflow/extract is in the workspace, the extraction cost
// of the same pages for comparison. Figures only, no assertions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrichArticle } from '../src/index.ts';
import { aebDev, type CorpusArticle, fundusDev, packageRoot, sharedDir } from './corpus.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const articles = aebDev();
if (articles.length === 0) {
  console.error('bench: shared corpus not found (set NEWSFLOW_SHARED_DIR to the folder holding corpus/)');
  process.exit(1);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

const rssBefore = process.memoryUsage().rss;
const extract = await import('@newsflow/extract')
  .then((m) => m as { extractArticle: (html: string, url: string) => unknown })
  .catch((err: Error) => {
    console.log(`extract comparison skipped: ${err.message.split('\n')[0]}`);
    return null;
  });

/**
 * Enrichment of the bodies and extraction of the same pages' HTML, timed alternately page by page
 * (the machine is shared: a load spike then hits both sides alike), median to median.
 */
function benchSet(label: string, set: CorpusArticle[], htmlOf: (a: CorpusArticle) => string): void {
  const pages = extract ? set.map(htmlOf) : [];
  const enrichOne = (i: number): void => {
    const a = set[i]!;
    enrichArticle({ title: a.title, body: a.body, url: a.url });
  };
  const extractOne = (i: number): void => {
    extract?.extractArticle(pages[i]!, set[i]!.url);
  };
  for (let i = 0; i < set.length; i++) {
    enrichOne(i); // warm-up round: JIT and data tables
    if (extract) extractOne(i);
  }
  const enrichRuns: number[][] = set.map(() => []);
  const extractRuns: number[][] = set.map(() => []);
  let enrichTotal = 0;
  for (let r = 0; r < ROUNDS; r++) {
    for (let i = 0; i < set.length; i++) {
      let t = performance.now();
      enrichOne(i);
      const e = performance.now() - t;
      enrichRuns[i]!.push(e);
      enrichTotal += e;
      if (!extract) continue;
      t = performance.now();
      extractOne(i);
      extractRuns[i]!.push(performance.now() - t);
    }
  }
  const perArticle = (runs: number[][]): number[] =>
    runs.map((xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!).sort((a, b) => a - b);
  const enrichMs = perArticle(enrichRuns);
  const chars = set.reduce((n, a) => n + a.body.length, 0);
  console.log(
    `enrich bench: ${set.length} ${label} bodies (mean ${Math.round(chars / set.length)} chars), ${ROUNDS} timed rounds after a warm-up`,
  );
  console.log(
    `  median ${percentile(enrichMs, 0.5).toFixed(2)} ms/article   p95 ${percentile(enrichMs, 0.95).toFixed(2)} ms   max ${enrichMs[enrichMs.length - 1]!.toFixed(2)} ms`,
  );
  console.log(
    `  throughput ${Math.round((set.length * ROUNDS) / (enrichTotal / 1000))} articles/s (one core)`,
  );
  if (!extract) return;
  const extractMs = perArticle(extractRuns);
  const ratio = percentile(enrichMs, 0.5) / percentile(extractMs, 0.5);
  console.log(
    `  extract (same pages, @newsflow/extract, timed alternately): median ${percentile(extractMs, 0.5).toFixed(2)} ms   p95 ${percentile(extractMs, 0.95).toFixed(2)} ms`,
  );
  console.log(
    `  enrichment costs ${(ratio * 100).toFixed(0)}% of extraction (median to median)${ratio <= 1 ? '' : '  ABOVE extraction'}`,
  );
}

const dir = sharedDir()!;
benchSet('aeb-dev', articles, (a) => readFileSync(join(dir, 'corpus/aeb-dev/html', `${a.id}.html`), 'utf8'));
// The broad gold's pages (meta-dev/fundus, English): bodies with sub-headings, 2023–2026 templates.
const broadIds = new Set(
  (JSON.parse(readFileSync(join(packageRoot, 'gold/broad.json'), 'utf8')) as Array<{ id: string }>).map(
    (g) => g.id,
  ),
);
const broad = fundusDev().filter((a) => broadIds.has(a.id));
if (broad.length > 0)
  benchSet('meta-dev/fundus (broad gold)', broad, (a) =>
    readFileSync(join(dir, 'corpus/meta-dev/fundus/html', `${a.id.replace(/^fundus:/, '')}.html`), 'utf8'),
  );
const maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(
  `peak RSS ${maxRssMb.toFixed(0)} MB (process, incl. Node ~40 MB; RSS before the runs ${(rssBefore / 1048576).toFixed(0)} MB)`,
);
