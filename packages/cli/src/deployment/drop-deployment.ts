import { allTopics } from '@newsflow/contracts';
import { createKafkaClient, dropTopics, type TopicSelection } from '@newsflow/kafka';
import type { Logger } from '@newsflow/observability';
import { dropKeys } from '@newsflow/retry';
import { connectStore } from '@newsflow/store';
import { Redis } from 'ioredis';

/** One deployment's data, named by the variables its services run with. */
export interface Deployment {
  mongodbUri: string;
  /** The database (MONGODB_DB, or the one in the URI). */
  dbName: string;
  kafkaBrokers: string[];
  topicPrefix: string;
  redisUrl: string;
  queuePrefix: string;
}

/**
 * The deployment's topics and consumer groups. With a TOPIC_PREFIX: every topic and group whose
 * name starts with it. Without one: exactly the pipeline's topics (and DLQs) and its consumer
 * groups (`newsflow-<stage>`, see consumerGroupId in packages/stage), never anything else.
 */
export function deploymentTopics(topicPrefix: string): TopicSelection {
  if (topicPrefix === '') {
    const pipeline = new Set(allTopics(''));
    return { topic: (name) => pipeline.has(name), group: (id) => id.startsWith('newsflow-') };
  }
  return { topic: (name) => name.startsWith(topicPrefix), group: (id) => id.startsWith(topicPrefix) };
}

export interface DroppedDeployment {
  database: string;
  topics: string[];
  consumerGroups: string[];
  redisKeys: number;
}

/**
 * Removes the deployment's database, Kafka topics and consumer groups, and Redis keys. Its
 * services must be stopped: a consumer group with members stops it before anything is removed
 * (`waitForMembersMs`: wait that long for members of services just killed to time out).
 */
export async function dropDeployment(
  deployment: Deployment,
  logger: Logger,
  options: { waitForMembersMs?: number } = {},
): Promise<DroppedDeployment> {
  // Kafka first: a consumer group with members (the deployment still running) stops it here,
  // before anything is removed.
  const kafka = createKafkaClient({ brokers: deployment.kafkaBrokers, clientId: 'newsflow-cli', logger });
  const { topics, groups } = await dropTopics(kafka, deploymentTopics(deployment.topicPrefix), options);
  const store = await connectStore({ uri: deployment.mongodbUri, dbName: deployment.dbName });
  try {
    await store.dropDatabase();
  } finally {
    await store.close();
  }
  const redis = new Redis(deployment.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: true });
  try {
    await redis.connect();
    const redisKeys = await dropKeys(redis, deployment.queuePrefix);
    return { database: deployment.dbName, topics, consumerGroups: groups, redisKeys };
  } finally {
    redis.disconnect();
  }
}
