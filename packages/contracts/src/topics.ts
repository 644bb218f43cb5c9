/** Versioned Kafka topic names: a breaking change to a message gets a new topic (`.v2`). */
export const TOPICS = {
  pagesFetched: 'pages.fetched.v1',
  linksDiscovered: 'links.discovered.v1',
  articlesParsed: 'articles.parsed.v1',
  articlesEnriched: 'articles.enriched.v1',
} as const;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];

/** Each topic's dead-letter topic: messages that failed permanently or ran out of retries. */
export function dlqTopic(topic: string): string {
  return `${topic}.dlq`;
}

/** Partitions per topic: messages are keyed by article or URL, so a key's messages stay ordered. */
export const TOPIC_PARTITIONS = 3;

/** Every topic the pipeline uses, DLQs included, under an optional prefix (tests isolate with one). */
export function allTopics(prefix = ''): string[] {
  return Object.values(TOPICS).flatMap((topic) => [prefix + topic, prefix + dlqTopic(topic)]);
}
