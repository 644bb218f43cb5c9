import { TOPICS } from '@newsflow/contracts';
import { importWarc } from '@newsflow/crawl';
import { createKafkaClient, createPublisher } from '@newsflow/kafka';
import { createLogger } from '@newsflow/observability';
import { ProgressBar } from '../output.ts';
import { type CommandContext, printJson, requireOption, stringOption, UsageError } from './context.ts';

/**
 * `newsflow import-warc <file> --source NAME`: the HTML responses of a WARC (plain or gzip) go to
 * the parser as `pages.fetched.v1`, straight onto Kafka (KAFKA_BROKERS, TOPIC_PREFIX), as if the
 * crawler had fetched them; the parser extracts, stores and announces them as usual. The reading,
 * skipping and page building are @newsflow/crawl's `importWarc`, shared with the crawler's command.
 */
export async function importWarcCommand(context: CommandContext): Promise<void> {
  const file = context.positionals[0] ?? '';
  if (!file) throw new UsageError('import-warc: a .warc or .warc.gz file is required');
  const source = requireOption(context, 'source');
  const brokers = stringOption(context, 'kafka-brokers') ?? context.env.KAFKA_BROKERS;
  if (!brokers) throw new UsageError('import-warc: --kafka-brokers or KAFKA_BROKERS is required');
  const topic =
    (stringOption(context, 'topic-prefix') ?? context.env.TOPIC_PREFIX ?? '') + TOPICS.pagesFetched;

  const kafka = createKafkaClient({
    brokers: brokers.split(','),
    clientId: 'newsflow-cli',
    logger: createLogger('cli', 'warn'),
  });
  const publisher = await createPublisher(kafka);
  const bar = new ProgressBar(context.output, 'import');
  let summary: Awaited<ReturnType<typeof importWarc>>;
  try {
    summary = await importWarc({
      file,
      source,
      timezone: stringOption(context, 'timezone') ?? null,
      language: stringOption(context, 'language') ?? null,
      publish: (pages) =>
        publisher.publish(
          topic,
          pages.map((page) => ({ key: page.finalUrl, value: page, headers: { 'trace-id': page.traceId } })),
        ),
      onProgress: ({ bytesRead, totalBytes, published }) =>
        bar.update(bytesRead, totalBytes, `${published} pages`),
    });
  } finally {
    bar.finish();
    await publisher.close();
  }
  const { published, skipped } = summary;
  if (context.output.json) return printJson(context, { file, source, topic, pages: published, skipped });
  const skips = Object.entries(skipped).map(([reason, count]) => `${reason} ${count}`);
  context.output.out(
    `imported ${published} pages into ${topic}${skips.length ? ` (skipped: ${skips.join(', ')})` : ''}`,
  );
}
