// For the store's own tests and benchmarks only (explain plans, bulk loading): not for services.

export { windowIndexFor } from './article-filter.ts';
export { ARTICLE_INDEXES } from './article-schema.ts';
export { ARTICLE_TERMS_INDEXES } from './article-terms.ts';
export { connectStoreWithInternals, internalsOf, type StoreInternals } from './connection.ts';
export { type Keyed, newestFirst, newestKeys, type WindowReads, widthHints } from './newest-first.ts';
export { PAGE_NOT_STORED_INDEXES, pageNotStoredId } from './pages-not-stored.ts';
export { type SentQuery, watchQueries } from './query-watch.ts';
export { storedArticle } from './sample-articles.ts';
export {
  insertStoredArticles,
  openSampleSet,
  removeArticles,
  sampleArticleId,
  sampleSetDatabase,
} from './sample-set.ts';
