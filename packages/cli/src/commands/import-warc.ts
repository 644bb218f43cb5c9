import { createReadStream, statSync } from 'node:fs';
import { newTraceId, PageFetchedV1, TOPICS } from '@newsflow/contracts';
import { readWarcResponses, type WarcSkipReason } from '@newsflow/crawl';
import { decodeHtml } from '@newsflow/extract';
import { createKafkaClient, createPublisher, type OutgoingMessage } from '@newsflow/kafka';
import { createLogger } from '@newsflow/observability';
import { ProgressBar } from '../output.ts';
import { type CommandContext, printJson, requireOption, stringOption, UsageError } from './context.ts';

/** Pages sent to Kafka per request. */
const BATCH = 50;
/**
 * Imported pages are announced at this depth, beyond any crawl depth, so the crawler does not
 * follow their links: an archive import parses what is archived, it does not start a crawl.
 */
const IMPORT_DEPTH = 100;

/**
 * `newsflow import-warc <file> --source NAME`: the HTML responses of a WARC (plain or gzip) go to
 * the parser as `pages.fetched.v1`, straight onto Kafka (KAFKA_BROKERS, TOPIC_PREFIX), as if the
 * crawler had fetched them; the parser extracts, stores and announces them as usual.
 */
export async function importWarcCommand(context: CommandContext): Promise<void> {
  const file = context.positionals[0] ?? '';
  if (!file) throw new UsageError('import-warc: a .warc or .warc.gz file is required');
  const source = requireOption(context, 'source');
  const brokers = stringOption(context, 'kafka-brokers') ?? context.env.KAFKA_BROKERS;
  if (!brokers) throw new UsageError('import-warc: --kafka-brokers or KAFKA_BROKERS is required');
  const topic =
    (stringOption(context, 'topic-prefix') ?? context.env.TOPIC_PREFIX ?? '') + TOPICS.pagesFetched;
  const timezone = stringOption(context, 'timezone');
  const language = stringOption(context, 'language');

  const total = statSync(file).size;
  let read = 0;
  // Counted as the reader pulls (a 'data' listener would start the stream flowing unread).
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of createReadStream(file)) {
      read += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  }
  const skipped: Partial<Record<WarcSkipReason | 'invalid_url', number>> = {};
  const kafka = createKafkaClient({
    brokers: brokers.split(','),
    clientId: 'newsflow-cli',
    logger: createLogger('cli', 'warn'),
  });
  const publisher = await createPublisher(kafka);
  const bar = new ProgressBar(context.output, 'import');
  let sent = 0;
  let batch: OutgoingMessage[] = [];
  const flush = async () => {
    await publisher.publish(topic, batch);
    sent += batch.length;
    batch = [];
    bar.update(read, total, `${sent} pages`);
  };
  try {
    for await (const response of readWarcResponses(counted(), {
      onSkip: (skip) => {
        skipped[skip.reason] = (skipped[skip.reason] ?? 0) + 1;
      },
    })) {
      const traceId = newTraceId();
      const page = PageFetchedV1.safeParse({
        schemaVersion: 1,
        traceId,
        source,
        url: response.targetUri,
        finalUrl: response.targetUri,
        status: response.httpStatus,
        contentType: response.contentType,
        fetchedAt: response.capturedAt ?? new Date().toISOString(),
        depth: IMPORT_DEPTH,
        html: decodeHtml(response.body, response.contentType),
        ...(timezone ? { timezone } : {}),
        ...(language ? { language } : {}),
      });
      if (!page.success) {
        skipped.invalid_url = (skipped.invalid_url ?? 0) + 1;
        continue;
      }
      batch.push({ key: page.data.finalUrl, value: page.data, headers: { 'trace-id': traceId } });
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    bar.finish();
    await publisher.close();
  }
  const summary = { file, source, topic, pages: sent, skipped };
  if (context.output.json) return printJson(context, summary);
  const skips = Object.entries(skipped).map(([reason, count]) => `${reason} ${count}`);
  context.output.out(
    `imported ${sent} pages into ${topic}${skips.length ? ` (skipped: ${skips.join(', ')})` : ''}`,
  );
}
