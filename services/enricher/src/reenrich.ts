// Re-enriches stored articles after the enrichment library changed:
//   node services/enricher/src/reenrich.ts [--all] [--source NAME]
// Without --all, only articles not enriched by the current ENRICHER_VERSION are sent. They are
// republished on articles.parsed.v1 for the running enricher(s), which are idempotent; the same
// environment variables as the enricher say where Kafka and MongoDB are.
import { parseArgs } from 'node:util';
import { enricherEnv, loadConfigOrExit } from '@newsflow/config';
import { allTopics, partitionsFor, TOPICS } from '@newsflow/contracts';
import { ENRICHER_VERSION } from '@newsflow/enrich';
import { createKafkaClient, createPublisher, ensureTopics } from '@newsflow/kafka';
import { createLogger } from '@newsflow/observability';
import { republishParsedArticles } from '@newsflow/stage';
import { type ArticleFilter, connectStore } from '@newsflow/store';
import { Presets, SingleBar } from 'cli-progress';

const { values: args } = parseArgs({
  options: { all: { type: 'boolean', default: false }, source: { type: 'string' } },
  strict: true,
});
const config = loadConfigOrExit('reenrich', { ...enricherEnv, PORT: enricherEnv.PORT.optional() });
const logger = createLogger('reenrich', 'warn');
const kafka = createKafkaClient({ brokers: config.KAFKA_BROKERS, clientId: 'newsflow-reenrich', logger });
await ensureTopics(kafka, allTopics(config.TOPIC_PREFIX), partitionsFor);
const publisher = await createPublisher(kafka);
const store = await connectStore({ uri: config.MONGODB_URI, dbName: config.MONGODB_DB });

const filter: ArticleFilter = { source: args.source, enrichedNotBy: args.all ? undefined : ENRICHER_VERSION };
const bar = new SingleBar(
  { format: 're-enrich [{bar}] {value}/{total} articles', hideCursor: true },
  Presets.shades_classic,
);
bar.start(await store.articles.count(filter), 0);
const published = await republishParsedArticles(store.articles, {
  publisher,
  topic: config.TOPIC_PREFIX + TOPICS.articlesParsed,
  filter,
  onProgress: (done) => bar.update(done),
});
bar.stop();
console.log(`re-enrich: ${published} articles sent to the enricher (enrichment version ${ENRICHER_VERSION})`);
await publisher.close();
await store.close();
