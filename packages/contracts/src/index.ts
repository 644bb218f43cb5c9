export { articleIdFor, contentHashOf, newTraceId } from './ids.ts';
export {
  type ArticleLimitFields,
  type FittedFields,
  fitArticleFields,
  fitDate,
  fitLanguage,
  fitText,
  fitUrl,
  LIMITS,
} from './limits.ts';
export {
  type ArticleClustering,
  ArticleClusteringV1,
  type ArticleEnriched,
  ArticleEnrichedV1,
  type ArticleParsed,
  ArticleParsedV1,
  CrawlContext,
  DiscoveredLink,
  type LinksDiscovered,
  LinksDiscoveredV1,
  type PageFetched,
  PageFetchedV1,
} from './messages.ts';
export {
  DEFAULT_ARTICLE_LINK_BUDGET,
  DEFAULT_REVISIT_AFTER_MINUTES,
  SourceConfig,
  SourcesFile,
} from './sources.ts';
export { allTopics, dlqTopic, partitionsFor, TOPIC_PARTITIONS, TOPICS, type TopicName } from './topics.ts';
