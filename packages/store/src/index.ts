export {
  type ApiKey,
  type ApiKeyModel,
  type ApiRole,
  createApiKey,
  findApiKey,
  hashApiKey,
} from './api-keys.ts';
export { type ArticleArrival, articleArrivals } from './article-arrivals.ts';
export {
  type Article,
  type ArticleDocument,
  type ArticleModel,
  type ArticleStatus,
  type EnrichmentRecord,
  type ParsedArticle,
  type RelatedLink,
  saveEnrichment,
  saveParsedArticle,
} from './articles.ts';
export { connectStore, type Store } from './connection.ts';
export type { Failure, FailureKind, FailureModel } from './failures.ts';
export { loadRawPage, type RawPage, type RawPageInput, type RawPageModel, saveRawPage } from './raw-pages.ts';
export { searchTermsOf, termsOf } from './search-terms.ts';
export type { Source, SourceModel } from './sources.ts';
export { refreshStory, type Story, type StoryModel } from './stories.ts';
