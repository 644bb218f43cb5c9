export {
  type Article,
  type ArticleDocument,
  type ArticleModel,
  type ArticleStatus,
  type ParsedArticle,
  type RelatedLink,
  saveEnrichment,
  saveParsedArticle,
} from './articles.ts';
export { connectStore, type Store } from './connection.ts';
export type { Failure, FailureKind, FailureModel } from './failures.ts';
export { loadRawPage, type RawPage, type RawPageInput, type RawPageModel, saveRawPage } from './raw-pages.ts';
export type { Source, SourceModel } from './sources.ts';
