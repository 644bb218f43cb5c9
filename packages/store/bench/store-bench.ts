// `npm run bench:store`: latency of the store's operations at 1 000, 10 000 and 100 000 stored
// articles (BENCH_SIZES, e.g. "1000,10000,100000,1000000") on the engine the tests use (the local
// FerretDB 2 + DocumentDB, or NEWSFLOW_TEST_MONGODB_URI), and how each grows with size. Prints
// figures; asserts nothing. Each size's data set is kept in database `newsflow_bench_store_<n>`
// (shared with bench:api and bench:pipeline) and reused while complete (--fresh rebuilds).
import { availableParallelism, loadavg } from 'node:os';
import type { Store } from '@newsflow/store';
import { openSampleSet, removeArticles, sampleArticleId, storedArticle } from '@newsflow/store/internals';
import { getTestServices } from '@newsflow/testing';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 100);
/**
 * Untimed runs of each operation first: connections warm, and a filter's first list learns its
 * first window's width (newest-first.ts), which a running API keeps per filter. That first list
 * is timed apart, as the cold column.
 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);

type Operation = { name: string; run: (k: number) => Promise<number | undefined> };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const id = sampleArticleId;

function operations(store: Store, size: number, end: Date): Operation[] {
  const pick = (k: number) => 1 + ((k * 7919) % size);
  const at = (i: number) => new Date(end.getTime() - (size - i) * 60_000);
  let fresh = 0;
  return [
    { name: 'get by id', run: async (k) => void (await store.articles.get(id(pick(k)))) },
    { name: 'list newest 20', run: async () => void (await store.articles.list({}, { limit: 21 })) },
    {
      name: 'list one source',
      run: async () => void (await store.articles.list({ source: 'gamma' }, { limit: 21 })),
    },
    {
      name: 'list keyset page (deep)',
      run: async (k) => {
        const i = pick(k);
        await store.articles.list({}, { limit: 21, after: { at: at(i), id: id(i) } });
        return undefined;
      },
    },
    {
      name: 'list section+language',
      run: async () => void (await store.articles.list({ section: 'sport', language: 'en' }, { limit: 21 })),
    },
    {
      name: 'list author',
      run: async () => void (await store.articles.list({ author: 'Author 17' }, { limit: 21 })),
    },
    {
      name: 'list entity',
      run: async () => void (await store.articles.list({ entity: 'person:ararat mirzoyan' }, { limit: 21 })),
    },
    {
      name: 'list terms',
      run: async () => void (await store.articles.list({ terms: ['energy', 'report'] }, { limit: 21 })),
    },
    {
      name: 'list story',
      run: async (k) =>
        void (await store.articles.list({ storyId: `story-${Math.floor(pick(k) / 5)}` }, { limit: 21 })),
    },
    {
      name: 'near-copy candidates',
      run: async (k) => {
        const article = storedArticle(pick(k), size, end);
        const found = await store.clustering.nearCopyCandidates(
          article.fingerprintBands,
          'none',
          ['firstSeenAt', 'enrichment.fingerprint'],
          1000,
        );
        return found.length;
      },
    },
    {
      name: 'story candidates',
      run: async (k) => {
        const article = storedArticle(pick(k), size, end);
        const window = {
          from: new Date(article.sortAt.getTime() - 48 * 3_600_000),
          to: new Date(article.sortAt.getTime() + 48 * 3_600_000),
        };
        return (await store.articles.storyCandidates(article.storyKeys, window, article._id, 200)).length;
      },
    },
    {
      name: 'story members',
      run: async (k) =>
        void (await store.articles.storyMembers(`story-${Math.floor(pick(k) / 5)}`, ['title'], {
          limit: 100,
        })),
    },
    {
      name: 'save parsed (new)',
      run: async () => {
        fresh++;
        const {
          _id: _drop,
          status: _s,
          enrichment: _e,
          firstSeenAt: _f,
          updatedAt: _u,
          sortAt: _o,
          searchTerms: _t,
          fingerprintBands: _b,
          duplicateOf: _d,
          storyKeys: _k,
          storyId: _i,
          ...parsed
        } = storedArticle(size + fresh, size, end);
        await store.articles.saveParsed({ ...parsed, _id: `fresh-${Date.now()}-${fresh}` });
        return undefined;
      },
    },
    {
      name: 'save enrichment',
      run: async (k) => {
        const article = storedArticle(pick(k), size, end);
        await store.clustering.saveEnrichment(article._id, article.contentHash, {
          enrichment: article.enrichment ?? {},
          fingerprintBands: article.fingerprintBands,
          storyKeys: article.storyKeys,
        });
        return undefined;
      },
    },
  ];
}

const services = await getTestServices();
console.log(
  `store operations, ${REPEAT} runs each after ${WARMUP} untimed, one client; ${availableParallelism()} CPUs, load ${loadavg()[0]!.toFixed(1)}; ` +
    `store ${services.mongoUri.replace(/\/\/.*@/, '//')} (${services.origin})`,
);
const results = new Map<string, Map<number, { p50: number; p99: number; candidates?: number }>>();
/** The first (untimed-set) run of each operation at each size, in ms. */
const cold = new Map<string, number>();
for (const size of SIZES) {
  const { store, end } = await openSampleSet(services.mongoUri, size, {
    fresh: process.argv.includes('--fresh'),
    log: (line) => process.stderr.write(line),
  });
  try {
    for (const operation of operations(store, size, end)) {
      const times: number[] = [];
      let counted = 0;
      let counts = 0;
      const coldStarted = performance.now();
      for (let k = REPEAT; k < REPEAT + WARMUP; k++) {
        await operation.run(k);
        if (k === REPEAT) cold.set(`${operation.name} ${size}`, performance.now() - coldStarted);
      }
      for (let k = 0; k < REPEAT; k++) {
        const started = performance.now();
        const count = await operation.run(k);
        times.push(performance.now() - started);
        if (count !== undefined) {
          counted += count;
          counts++;
        }
      }
      times.sort((a, b) => a - b);
      const row = results.get(operation.name) ?? new Map();
      row.set(size, {
        p50: percentile(times, 50),
        p99: percentile(times, 99),
        ...(counts ? { candidates: counted / counts } : {}),
      });
      results.set(operation.name, row);
    }
  } finally {
    // This run's saves go now, so the engine has cleaned them up before the next run opens the set.
    await removeArticles(store, { _id: { $gt: sampleArticleId(size) } });
    await store.close();
  }
}

const header = [
  'operation'.padEnd(26),
  ...SIZES.map((size) => `${size} p50/p99 ms`.padStart(22)),
  'growth p50 (last 10×)'.padStart(24),
];
console.log(header.join(''));
for (const [name, row] of results) {
  const cells = SIZES.map((size) => {
    const r = row.get(size)!;
    const text = `${r.p50.toFixed(1)} / ${r.p99.toFixed(1)}${r.candidates !== undefined ? ` (${r.candidates.toFixed(1)})` : ''}`;
    return text.padStart(22);
  });
  const last = row.get(SIZES.at(-1)!)!;
  const before = SIZES.length > 1 ? row.get(SIZES.at(-2)!)! : last;
  console.log(`${name.padEnd(26)}${cells.join('')}${`${(last.p50 / before.p50).toFixed(2)}×`.padStart(24)}`);
}
console.log('(n): mean rows returned per lookup (near-copy and story candidates).');
const largest = SIZES.at(-1)!;
console.log(
  `first run of each operation at ${largest} (before the timed runs), ms: ` +
    [...results.keys()].map((name) => `${name} ${cold.get(`${name} ${largest}`)!.toFixed(1)}`).join(', '),
);
