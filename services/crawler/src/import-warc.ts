// node services/crawler/src/import-warc.ts FILE.warc[.gz] --source NAME [--timezone TZ] [--language xx]
// Publishes the WARC file's HTML responses as pages.fetched.v1 (KAFKA_BROKERS, TOPIC_PREFIX from
// the environment), with a progress bar and a summary of what was skipped and why.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { kafkaEnv, loadConfigOrExit } from '@newsflow/config';
import { allTopics, partitionsFor, TOPICS } from '@newsflow/contracts';
import { importWarc } from '@newsflow/crawl';
import { createKafkaClient, createPublisher, ensureTopics } from '@newsflow/kafka';
import { createLogger } from '@newsflow/observability';
import { Presets, SingleBar } from 'cli-progress';

const { values: args, positionals } = parseArgs({
  options: {
    source: { type: 'string' },
    timezone: { type: 'string' },
    language: { type: 'string' },
  },
  allowPositionals: true,
  strict: true,
});
if (positionals.length !== 1 || !args.source) {
  process.stderr.write('usage: import-warc FILE.warc[.gz] --source NAME [--timezone TZ] [--language xx]\n');
  process.exit(64);
}
const config = loadConfigOrExit('import-warc', kafkaEnv);
const logger = createLogger('import-warc', 'warn');
const kafka = createKafkaClient({ brokers: config.KAFKA_BROKERS, clientId: 'newsflow-import-warc', logger });
await ensureTopics(kafka, allTopics(config.TOPIC_PREFIX), partitionsFor);
const publisher = await createPublisher(kafka);
const topic = config.TOPIC_PREFIX + TOPICS.pagesFetched;

const bar = new SingleBar(
  { format: 'import-warc [{bar}] {percentage}% | {value}/{total} MB | {published} pages', hideCursor: true },
  Presets.shades_classic,
);
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
let started = false;
try {
  const summary = await importWarc({
    // `npm run import-warc -w …` runs in the workspace folder; a relative path is the caller's.
    file: resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!),
    source: args.source,
    timezone: args.timezone ?? null,
    language: args.language ?? null,
    publish: (pages) =>
      publisher.publish(
        topic,
        pages.map((page) => ({ key: page.finalUrl, value: page, headers: { 'trace-id': page.traceId } })),
      ),
    onProgress: ({ bytesRead, totalBytes, published }) => {
      if (!started) bar.start(mb(totalBytes), 0, { published: 0 });
      started = true;
      bar.update(mb(bytesRead), { published });
    },
  });
  bar.stop();
  const skippedTotal = Object.values(summary.skipped).reduce((sum, n) => sum + n, 0);
  process.stdout.write(`published ${summary.published} pages to ${topic}; skipped ${skippedTotal} records\n`);
  for (const [reason, count] of Object.entries(summary.skipped).sort((a, b) => b[1] - a[1]))
    process.stdout.write(`  ${reason.padEnd(16)} ${count}\n`);
} catch (error) {
  bar.stop();
  process.stderr.write(`import-warc: ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await publisher.close();
}
