import { setTimeout } from 'node:timers/promises';
import { ArticleEnrichedV1 } from '@newsflow/contracts';
import type { Logger } from '@newsflow/observability';
import type { Article, ArticleOperations } from '@newsflow/store';
import type { Kafka } from 'kafkajs';
import type { LogPosition } from './log-position.ts';
import { type LogReader, type LogRecord, logEnd, readLog } from './log-reader.ts';

export type StoredArticle = Article & { storyId?: string | null };

/** Store reads per live event before it is skipped, the first retry after LOAD_RETRY_MS, doubling. */
const LOAD_ATTEMPTS = 5;
const LOAD_RETRY_MS = 200;

/** An enriched article as the stream sends it, with where its event is in the log. */
export interface FeedArticle {
  article: StoredArticle;
  partition: number;
  offset: number;
}

export interface FeedSubscriber {
  deliver(item: FeedArticle): void;
}

/** Where the log is read: the topic and the Kafka client, for the live feed and each catch-up. */
export interface EnrichedLog {
  kafka: Kafka;
  /** `articles.enriched.v1` under the deployment's prefix. */
  topic: string;
  /** Consumer group ids of the stream's readers start with it. */
  groupPrefix: string;
  articles: ArticleOperations;
  logger: Logger;
}

/**
 * The article an `articles.enriched` event announces, read from the store by `_id` (the event
 * lacks the fields the filters and the resource need). Null for a malformed event, or an article
 * not enriched any more (re-parsed since: its next event will bring it).
 */
export async function articleOf(log: EnrichedLog, record: LogRecord): Promise<FeedArticle | null> {
  let articleId: string;
  try {
    articleId = ArticleEnrichedV1.parse(JSON.parse(record.value)).articleId;
  } catch (error) {
    log.logger.warn({ err: error, partition: record.partition, offset: record.offset }, 'bad enriched event');
    return null;
  }
  const article = (await log.articles.get(articleId)) as StoredArticle | null;
  if (article?.status !== 'enriched') return null;
  return { article, partition: record.partition, offset: record.offset };
}

/**
 * One reader of `articles.enriched.v1` per API process for every `/v1/stream` connection: each
 * event is read once, its article loaded once (by `_id`), and handed to every subscriber; so
 * open streams cost the store nothing more than one read per event. It starts, at the end of
 * the log, with the first subscriber and reads until the process stops.
 */
export class EnrichedFeed {
  readonly #log: EnrichedLog;
  readonly #subscribers = new Set<FeedSubscriber>();
  /** Next offset per partition not yet handed to subscribers. */
  #position: LogPosition = new Map();
  #started: Promise<LogReader> | undefined;

  constructor(log: EnrichedLog) {
    this.#log = log;
  }

  /**
   * Adds a subscriber; resolves with the position from which the feed delivers to it: every
   * event before it is the subscriber's to read itself (a resume), every one from it comes here.
   */
  async subscribe(subscriber: FeedSubscriber): Promise<{ position: LogPosition; unsubscribe: () => void }> {
    await this.#start();
    this.#subscribers.add(subscriber);
    return {
      position: new Map(this.#position),
      unsubscribe: () => this.#subscribers.delete(subscriber),
    };
  }

  #start(): Promise<LogReader> {
    this.#started ??= (async () => {
      this.#position = await logEnd(this.#log.kafka, this.#log.topic);
      return readLog({
        ...this.#log,
        groupPrefix: `${this.#log.groupPrefix}-live`,
        from: new Map(this.#position),
        onRecord: async (record) => {
          const item = await this.#load(record);
          this.#position.set(record.partition, record.offset + 1);
          if (item) for (const subscriber of this.#subscribers) subscriber.deliver(item);
        },
      });
    })();
    // A failed start (Kafka away, topic missing) is tried again by the next subscriber.
    this.#started.catch(() => {
      this.#started = undefined;
    });
    return this.#started;
  }

  /**
   * The event's article, tried again while the store does not answer: the log is not read past an
   * event until then, as every live client would miss it. After the last try it is skipped
   * (logged), so one bad read cannot stall every stream.
   */
  async #load(record: LogRecord): Promise<FeedArticle | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await articleOf(this.#log, record);
      } catch (error) {
        const where = { err: error, partition: record.partition, offset: record.offset };
        if (attempt === LOAD_ATTEMPTS) {
          this.#log.logger.error(where, 'live stream: article not loaded, event skipped');
          return null;
        }
        this.#log.logger.warn(where, 'live stream: article not loaded, trying again');
        await setTimeout(LOAD_RETRY_MS * 2 ** (attempt - 1));
      }
    }
  }

  async close(): Promise<void> {
    this.#subscribers.clear();
    const reader = await this.#started?.catch(() => undefined);
    this.#started = undefined;
    await reader?.stop();
  }
}
