import type { Isolation } from './isolation.ts';
import type { TestServices } from './services.ts';

/** The environment a service process needs to run against the test services, isolated. */
export function serviceEnvFor(
  services: TestServices,
  isolation: Isolation,
  extra: Record<string, string> = {},
) {
  return {
    KAFKA_BROKERS: services.kafkaBrokers.join(','),
    TOPIC_PREFIX: isolation.topicPrefix,
    MONGODB_URI: services.mongoUri,
    MONGODB_DB: isolation.dbName,
    REDIS_URL: services.redisUrl,
    QUEUE_PREFIX: isolation.queuePrefix,
    LOG_LEVEL: 'info',
    RETRY_BACKOFF_MS: '300',
    ...extra,
  };
}
