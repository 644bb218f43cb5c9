// @newsflow/extract: HTML → article (or listing), a pure library with no I/O.
export { decodeHtml } from './decode/decode-html.ts';
export { extractArticle } from './extract-article.ts';
export type { BodyPageScore, BodyScore } from './scoring/body-score.ts';
export { aggregateBodyScores, scoreBodyPage } from './scoring/body-score.ts';
export type { MetaPrediction, MetaScore, MetaTruth } from './scoring/meta-score.ts';
export { scoreMeta } from './scoring/meta-score.ts';
export type {
  ArticleExtraction,
  ArticleImage,
  CrawlContext,
  ExtractionHints,
  ExtractionResult,
  FieldProvenance,
  ListingExtraction,
  PageLink,
  PageTypeReason,
  Provenance,
  RelatedLink,
  UnknownExtraction,
} from './types.ts';
export { EXTRACTOR_VERSION } from './version.ts';
