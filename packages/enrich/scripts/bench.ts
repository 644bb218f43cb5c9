// Enrichment cost over the aeb-dev bodies (npm run bench:enrich): median and p95 ms per article,
// throughput, peak memory; and, when @newsflow/extract is in the workspace, the extraction cost
// of the same pages for comparison. Figures only, no assertions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrichArticle } from '../src/index.ts';
import { aebDev, sharedDir } from './corpus.ts';

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
const t0 = performance.now();
const enrichMs = timeEach((i) => {
  const a = articles[i]!;
  enrichArticle({ title: a.title, body: a.body, url: a.url });
}, articles.length);
const wall = performance.now() - t0;
const chars = articles.reduce((n, a) => n + a.body.length, 0);
const maxRssMb = process.resourceUsage().maxRSS / 1024;

console.log(
  `enrich bench: ${articles.length} aeb-dev bodies (mean ${Math.round(chars / articles.length)} chars), ${ROUNDS} timed rounds after a warm-up`,
);
console.log(
  `  median ${percentile(enrichMs, 0.5).toFixed(2)} ms/article   p95 ${percentile(enrichMs, 0.95).toFixed(2)} ms   max ${enrichMs[enrichMs.length - 1]!.toFixed(2)} ms`,
);
console.log(
  `  throughput ${Math.round((articles.length * (ROUNDS + 1)) / (wall / 1000))} articles/s (one core)`,
);
console.log(
  `  peak RSS ${maxRssMb.toFixed(0)} MB (process, incl. Node ~40 MB; RSS before the run ${(rssBefore / 1048576).toFixed(0)} MB)`,
);

// Extraction of the same pages, for the "enrichment costs less than extraction" check.
try {
  const extract = (await import('@newsflow/extract')) as {
    extractArticle: (html: string, url: string) => unknown;
  };
  const dir = sharedDir()!;
  const pages = articles.map((a) => readFileSync(join(dir, 'corpus/aeb-dev/html', `${a.id}.html`), 'utf8'));
  const extractMs = timeEach((i) => {
    extract.extractArticle(pages[i]!, articles[i]!.url);
  }, pages.length);
  const ratio = percentile(enrichMs, 0.5) / percentile(extractMs, 0.5);
  console.log(
    `extract (same pages, @newsflow/extract): median ${percentile(extractMs, 0.5).toFixed(2)} ms   p95 ${percentile(extractMs, 0.95).toFixed(2)} ms`,
  );
  console.log(`  enrichment costs ${(ratio * 100).toFixed(0)}% of extraction (median to median)`);
} catch (err) {
  console.log(`extract comparison skipped: ${(err as Error).message.split('\n')[0]}`);
}
