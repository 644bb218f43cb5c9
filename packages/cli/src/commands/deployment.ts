import { createLogger } from '@newsflow/observability';
import { type Deployment, dropDeployment } from '../deployment/drop-deployment.ts';
import { type CommandContext, printJson, stringOption, UsageError } from './context.ts';

function setting(context: CommandContext, option: string, variable: string): string | undefined {
  return stringOption(context, option) ?? context.env[variable];
}

/** The deployment named by the options, else by the same variables its services read. */
function deploymentOf(context: CommandContext): Deployment {
  const need = (option: string, variable: string) => {
    const value = setting(context, option, variable);
    if (!value) throw new UsageError(`deployment drop: --${option} or ${variable} is required`);
    return value;
  };
  const mongodbUri = need('mongodb-uri', 'MONGODB_URI');
  const dbName = setting(context, 'mongodb-db', 'MONGODB_DB') || new URL(mongodbUri).pathname.slice(1);
  if (!dbName)
    throw new UsageError('deployment drop: name the database (--mongodb-db, MONGODB_DB or the URI path)');
  const queuePrefix = setting(context, 'queue-prefix', 'QUEUE_PREFIX') ?? 'newsflow';
  if (!/^[A-Za-z0-9_-]+$/.test(queuePrefix))
    throw new UsageError(`deployment drop: bad queue prefix ${queuePrefix}`);
  return {
    mongodbUri,
    dbName,
    kafkaBrokers: need('kafka-brokers', 'KAFKA_BROKERS').split(','),
    topicPrefix: setting(context, 'topic-prefix', 'TOPIC_PREFIX') ?? '',
    redisUrl: need('redis-url', 'REDIS_URL'),
    queuePrefix,
  };
}

/**
 * `newsflow deployment drop [--yes]`: removes one deployment's data, named by MONGODB_URI /
 * MONGODB_DB, KAFKA_BROKERS / TOPIC_PREFIX and REDIS_URL / QUEUE_PREFIX (or the matching options):
 * its database, its Kafka topics and consumer groups, and its Redis keys. Asks first unless
 * `--yes`. Stop the deployment's services before.
 */
export async function deploymentCommand(context: CommandContext): Promise<void> {
  const [action] = context.positionals;
  if (action !== 'drop') throw new UsageError('deployment: drop [--yes]');
  const deployment = deploymentOf(context);
  const prefix = deployment.topicPrefix;
  const what = [
    `database ${deployment.dbName}`,
    prefix
      ? `Kafka topics and consumer groups starting with ${prefix}`
      : 'the Kafka topics and consumer groups of the pipeline (no TOPIC_PREFIX)',
    `Redis keys ${deployment.queuePrefix}:*`,
  ].join(', ');
  if (context.values.yes !== true) {
    if (!context.ask) throw new UsageError('deployment drop: no terminal to confirm on; add --yes');
    const answer = await context.ask(`Drop ${what}? This cannot be undone. Type "drop" to confirm: `);
    if (answer.trim() !== 'drop') throw new Error('not confirmed, nothing removed');
  }
  const dropped = await dropDeployment(deployment, createLogger('cli', 'warn'));
  if (context.output.json) return printJson(context, dropped);
  context.output.out(
    `dropped database ${dropped.database}, ${dropped.topics.length} topic(s), ${dropped.consumerGroups.length} consumer group(s), ${dropped.redisKeys} Redis key(s)`,
  );
}
