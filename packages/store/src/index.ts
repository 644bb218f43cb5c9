export { type ApiKey, type ApiKeyOperations, type ApiRole, hashApiKey } from './api-keys.ts';
export type { ArticleFilter } from './article-filter.ts';
export type {
  ArticleArrival,
  ArticleField,
  ArticleOperations,
  ArticlePosition,
  DecisionGuard,
} from './article-operations.ts';
export type {
  Article,
  ArticleStatus,
  EnrichmentRecord,
  ParsedArticle,
  RelatedLink,
} from './article-schema.ts';
export type { ClusterOperations, UndecidedEnrichment } from './cluster-operations.ts';
export { connectStore, type Store } from './connection.ts';
export type { Failure, FailureFilter, FailureKind, FailureOperations, NewFailure } from './failures.ts';
export type {
  NotStoredReasonCount,
  PageNotStored,
  PageNotStoredFilter,
  PageNotStoredOperations,
  PageNotStoredSighting,
  SightingOutcome,
} from './pages-not-stored.ts';
export type { RawPage, RawPageInput, RawPageOperations } from './raw-pages.ts';
export { searchTermsOf, termsOf } from './search-terms.ts';
export type { Source, SourceOperations, SourceSettings } from './sources.ts';
export type { Story, StoryOperations } from './stories.ts';
