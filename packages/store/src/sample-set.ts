// The benchmarks' data set: `size` sample articles one minute apart, the newest a minute before it
// was loaded, kept in database `newsflow_bench_store_<size>` and reused while it is complete (the
// 100 000 set takes minutes to load on the local engine). Shared by bench:store, bench:api and
// bench:pipeline so one load serves all three.
import type { Article } from './article-schema.ts';
import { connectStore, internalsOf, type Store } from './connection.ts';
import { storedArticle } from './sample-articles.ts';

const BATCH = 2000;

export const sampleSetDatabase = (size: number): string => `newsflow_bench_store_${size}`;

/**
 * Inserts whole stored rows (`storedArticle`'s) as the store keeps them: the article, and its
 * search terms in `article_terms` (article-terms.ts). For tests and benchmarks that load data in bulk.
 */
export async function insertStoredArticles(store: Store, rows: Article[]): Promise<void> {
  const raw = internalsOf(store);
  await raw
    .collection('article_terms')
    .insertMany(
      rows.map((row) => ({ _id: row._id, terms: row.searchTerms ?? [], sortAt: row.sortAt })) as never[],
      { ordered: false },
    );
  await raw
    .collection('articles')
    .insertMany(rows.map(({ searchTerms: _terms, ...article }) => article) as never[], { ordered: false });
}

export const sampleArticleId = (i: number): string => i.toString(16).padStart(32, '0');

/** Removes the matching articles and their search terms (benchmarks clearing what they added). */
export async function removeArticles(store: Store, filter: Record<string, unknown>): Promise<number> {
  const raw = internalsOf(store);
  const ids = (
    (await raw
      .collection('articles')
      .find(filter, { projection: { _id: 1 } })
      .toArray()) as unknown as {
      _id: string;
    }[]
  ).map((article) => article._id);
  if (ids.length === 0) return 0;
  await raw.collection('article_terms').deleteMany({ _id: { $in: ids } } as never);
  await raw.collection('articles').deleteMany({ _id: { $in: ids } } as never);
  return ids.length;
}

/** Opens the sample set of this size, loading it first when missing or incomplete; returns its end. */
export async function openSampleSet(
  uri: string,
  size: number,
  options: { fresh?: boolean; log?: (line: string) => void } = {},
): Promise<{ store: Store; end: Date }> {
  const store = await connectStore({ uri, dbName: sampleSetDatabase(size) });
  const raw = internalsOf(store);
  const articles = raw.collection('articles');
  const newest = (await articles.findOne({ _id: sampleArticleId(size) as never })) as Article | null;
  // Benchmarks add their own articles beside the set (saves, a crawl), so at least `size`.
  const complete = newest !== null && (await articles.estimatedDocumentCount()) >= size;
  if (!options.fresh && newest && complete) {
    // Every run starts from the set alone: what earlier runs added (saves at the head, a crawl
    // stopped half-way) would otherwise pile up and change what the next run measures.
    await removeArticles(store, { _id: { $gt: sampleArticleId(size) } });
    return { store, end: newest.sortAt };
  }
  await store.dropDatabase();
  await raw.articleModel.createIndexes();
  await raw.articleTermsModel.createIndexes();
  const end = new Date(Date.now() - 60_000);
  const started = performance.now();
  for (let i = 0; i < size; i += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, size - i) }, (_, k) =>
      storedArticle(i + k + 1, size, end),
    );
    await insertStoredArticles(store, batch);
    options.log?.(`\r  loading ${i + batch.length}/${size}`);
  }
  const seconds = (performance.now() - started) / 1000;
  options.log?.(`\r  loaded ${size} articles in ${seconds.toFixed(1)} s (${Math.round(size / seconds)}/s)\n`);
  return { store, end };
}
