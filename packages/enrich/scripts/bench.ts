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

function timeEach(run: (i: number) => void, n: number): number[] {
  for (let i = 0; i < n; i++) run(i); // warm-up round: JIT and data tables
  const perArticle: number[][] = Array.from({ length: n }, () => []);
  for (let r = 0; r < ROUNDS; r++) {
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      run(i);
      perArticle[i]!.push(performance.now() - t0);
    }
  }
  // Per article, the median of its rounds; then the distribution over articles.
  return perArticle.map((xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!).sort((a, b) => a - b);
}

const rssBefore = process.memoryUsage().rss;
const extract = await import('@newsflow/extract')
  .then((m) => m as { extractArticle: (html: string, url: string) => unknown })
  .catch((err: Error) => {
    console.log(`extract comparison skipped: ${err.message.split('\n')[0]}`);
    return null;
  });

/** Enrichment of the bodies, then extraction of the same pages' HTML, median to median. */
function benchSet(label: string, set: CorpusArticle[], htmlOf: (a: CorpusArticle) => string): void {
  const t0 = performance.now();
  const enrichMs = timeEach((i) => {
    const a = set[i]!;
    enrichArticle({ title: a.title, body: a.body, url: a.url });
  }, set.length);
  const wall = performance.now() - t0;
  const chars = set.reduce((n, a) => n + a.body.length, 0);
  console.log(
    `enrich bench: ${set.length} ${label} bodies (mean ${Math.round(chars / set.length)} chars), ${ROUNDS} timed rounds after a warm-up`,
  );
  console.log(
    `  median ${percentile(enrichMs, 0.5).toFixed(2)} ms/article   p95 ${percentile(enrichMs, 0.95).toFixed(2)} ms   max ${enrichMs[enrichMs.length - 1]!.toFixed(2)} ms`,
  );
  console.log(
    `  throughput ${Math.round((set.length * (ROUNDS + 1)) / (wall / 1000))} articles/s (one core)`,
  );
  if (!extract) return;
  const pages = set.map(htmlOf);
  const extractMs = timeEach((i) => {
    extract.extractArticle(pages[i]!, set[i]!.url);
  }, pages.length);
  const ratio = percentile(enrichMs, 0.5) / percentile(extractMs, 0.5);
  console.log(
    `  extract (same pages, @newsflow/extract): median ${percentile(extractMs, 0.5).toFixed(2)} ms   p95 ${percentile(extractMs, 0.95).toFixed(2)} ms`,
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
