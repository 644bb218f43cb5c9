// @newsflow/enrich: article → language, entities, quotes with speakers, attribution, keywords,
// summary, near-duplicate fingerprint and story signature. Pure: no I/O.
export {
  ENRICH_STAGES,
  type EnrichOptions,
  type EnrichStage,
  enrichArticle,
  runStage,
  type StageErrorHandler,
} from './enrich.ts';
export {
  fingerprint,
  hammingDistance,
  isNearDuplicate,
  isNearDuplicateFingerprint,
  NEAR_DUPLICATE_MAX_DISTANCE,
  SIMHASH_BANDS,
  simhash,
  simhashBands,
} from './fingerprint/simhash.ts';
export {
  isSameStory,
  SAME_SOURCE_STORY_THRESHOLD,
  STORY_SIMILARITY_THRESHOLD,
  STORY_WINDOW_HOURS,
  type StorySignature,
  storyKeys,
  storySimilarity,
} from './stories/similarity.ts';
export type {
  ArticleInput,
  Attribution,
  Enrichment,
  Entity,
  EntityType,
  Fingerprint,
  Language,
  Quote,
} from './types.ts';
export { ENRICHER_VERSION } from './version.ts';
