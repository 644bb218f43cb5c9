// `npm run bench:api`: requests/s and p50/p99 latency of GET /v1/articles (with filters) over
// 100 000 stored articles, the API as its own process, a load generator on loopback. Prints
// figures; asserts nothing. BENCH_ARTICLES, BENCH_SECONDS, BENCH_CONCURRENCY tune it; the data
// set is the store benchmark's (`newsflow_bench_store_<n>`, kept and reused; --fresh rebuilds it).
// Articles are one minute apart and end when the data set was built, so the newest are recent
// (list pages walk back from now); the period scenarios are placed relative to that end.
import { availableParallelism } from 'node:os';
import { openSampleSet, sampleArticleId, sampleSetDatabase } from '@newsflow/store/internals';
import { freePort, getTestServices, serviceEnvFor, startService, waitFor } from '@newsflow/testing';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const services = await getTestServices();
const { store, end: endDate } = await openSampleSet(services.mongoUri, ARTICLES, {
  fresh: process.argv.includes('--fresh'),
  log: (line) => process.stderr.write(line),
});
const end = endDate.getTime();
const idOf = sampleArticleId;

// The period scenarios sit in the middle of the data's span (ARTICLES minutes back from its end).
const middle = end - Math.floor(ARTICLES / 2) * MINUTE_MS;
const period = (from: number, to: number) =>
  `from=${encodeURIComponent(new Date(from).toISOString())}&to=${encodeURIComponent(new Date(to).toISOString())}`;
const oneDay = period(middle - DAY_MS / 2, middle + DAY_MS / 2);
const oneWeek = period(middle - 3.5 * DAY_MS, middle + 3.5 * DAY_MS);

const port = await freePort();
const isolation = {
  topicPrefix: 'bench.',
  dbName: sampleSetDatabase(ARTICLES),
  queuePrefix: 'newsflow-bench',
};
const api = startService('api', {
  ...serviceEnvFor(services, isolation, {
    PORT: String(port),
    API_AUTH: 'demo',
    API_RATE_LIMIT_PER_MINUTE: '1000000',
    LOG_LEVEL: 'warn',
  }),
});
const base = `http://127.0.0.1:${port}`;
try {
  await waitFor('the API', async () => (await fetch(`${base}/readyz`)).ok, { timeoutMs: 30_000 });
  const second = (await (await fetch(`${base}/v1/articles?limit=20`)).json()) as { nextCursor: string };
  // A cursor deep in the data: the last of a page that ends at the middle of its span.
  const deep = (await (
    await fetch(`${base}/v1/articles?limit=20&to=${encodeURIComponent(new Date(middle).toISOString())}`)
  ).json()) as { nextCursor: string };
  const scenarios: [string, string][] = [
    ['newest 20', '/v1/articles?limit=20'],
    ['page 2 (cursor)', `/v1/articles?limit=20&cursor=${second.nextCursor}`],
    ['keyset page (deep cursor)', `/v1/articles?limit=20&cursor=${deep.nextCursor}`],
    ['source', '/v1/articles?source=gamma&limit=20'],
    ['section', '/v1/articles?section=sport&limit=20'],
    ['source+section+language', '/v1/articles?source=beta&section=sport&language=en&limit=20'],
    ['author', '/v1/articles?author=Author%2017&limit=20'],
    ['date range (1 day)', `/v1/articles?${oneDay}&limit=20`],
    ['entity', '/v1/articles?entity=person%3Aararat%20mirzoyan&limit=20'],
    ['q (2 terms)', '/v1/articles?q=energy%20report&limit=20'],
    ['story', `/v1/articles?story=story-${Math.floor(ARTICLES / 10)}&limit=20`],
    ['fields=title,publishedAt', '/v1/articles?limit=100&fields=title,publishedAt'],
    ['one article by id', `/v1/articles/${idOf(5000)}`],
    ['entities (1 week)', `/v1/entities?${oneWeek}`],
  ];
  console.log(
    `GET over ${ARTICLES} articles, ${CONCURRENCY} concurrent clients, ${SECONDS} s each, ` +
      `${availableParallelism()} CPUs, store ${services.mongoUri.replace(/\/\/.*@/, '//')} (${services.origin})`,
  );
  console.log(
    `${'scenario'.padEnd(28)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'n'.padStart(6)}`,
  );
  for (const [name, path] of scenarios) {
    const latencies: number[] = [];
    let errors = 0;
    const deadline = performance.now() + SECONDS * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < deadline) {
          const t = performance.now();
          const response = await fetch(base + path, { headers: { 'accept-encoding': 'gzip' } });
          await response.arrayBuffer();
          if (!response.ok) errors++;
          latencies.push(performance.now() - t);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    console.log(
      `${name.padEnd(28)} ${(latencies.length / elapsed).toFixed(2).padStart(8)} ${percentile(latencies, 50).toFixed(1).padStart(8)} ${percentile(latencies, 99).toFixed(1).padStart(8)} ${String(latencies.length).padStart(6)}${errors ? `  (${errors} errors)` : ''}`,
    );
  }
} finally {
  await api.stop();
  await store.close();
}
