/** Versioned Kafka topic names: a breaking change to a message gets a new topic (`.v2`). */
export const TOPICS = {
  pagesFetched: 'pages.fetched.v1',
  linksDiscovered: 'links.discovered.v1',
  articlesParsed: 'articles.parsed.v1',
  /** Enriched, awaiting the duplicate and story decisions: the clusterer's decision log (one partition). */
  articlesClustering: 'articles.clustering.v1',
  articlesEnriched: 'articles.enriched.v1',
} as const;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];

/** Each topic's dead-letter topic: messages that failed permanently or ran out of retries. */
export function dlqTopic(topic: string): string {
  return `${topic}.dlq`;
}

/** Partitions per topic: messages are keyed by article or URL, so a key's messages stay ordered. */
export const TOPIC_PARTITIONS = 3;

/**
 * Topics read in one total order by one process: `articles.clustering.v1` has a single partition,
 * so one clusterer at a time (its consumer group's only active member) makes every duplicate and
 * story decision, in log order. Near-copies share no key (their URLs differ) and a story's
 * members share no single key either, so hashing by a key could not put each decision's
 * candidates on one partition; one partition does, for both.
 */
const SINGLE_PARTITION_TOPICS: readonly string[] = [TOPICS.articlesClustering];

/** Partitions a topic (prefix included) is created with. */
export function partitionsFor(topic: string): number {
  return SINGLE_PARTITION_TOPICS.some((name) => topic.endsWith(name)) ? 1 : TOPIC_PARTITIONS;
}

/** Every topic the pipeline uses, DLQs included, under an optional prefix (tests isolate with one). */
export function allTopics(prefix = ''): string[] {
  return Object.values(TOPICS).flatMap((topic) => [prefix + topic, prefix + dlqTopic(topic)]);
}
