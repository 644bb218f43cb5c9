import type { Article, ArticleOperations } from '@newsflow/store';
import type { Cursor } from '../schemas/common.ts';

/**
 * Writes become visible to queries a little after the `updatedAt` they carry (the enricher sets
 * it before the write lands). Only articles older than this are read, so a position is never
 * passed while an article before it is about to appear. 1 s is a guess well above one write's
 * round trip here (the stream test's writes are visible to the next query), not a measured
 * bound: raise it if a slower store is seen to skip events, at the cost of that much delay.
 */
export const SETTLE_MS = 1000;
/** Articles read per query; a backlog drains over successive queries. */
const BATCH = 200;

export type StoredArticle = Article & { storyId?: string | null };

export function positionOf(article: StoredArticle): Cursor {
  return { t: article.updatedAt, id: article._id };
}

export interface FeedSubscriber {
  deliver(article: StoredArticle): void;
}

/**
 * One poller per API process for every `/v1/stream` connection: it reads newly enriched articles
 * once per interval, in (updatedAt, _id) order, and hands each to every subscriber; so the store
 * sees one query per interval however many clients listen. It runs only while someone listens.
 */
export class EnrichedFeed {
  readonly #articles: ArticleOperations;
  readonly #pollMs: number;
  readonly #subscribers = new Set<FeedSubscriber>();
  #position: Cursor = { t: new Date(Date.now() - SETTLE_MS), id: '' };
  #timer: NodeJS.Timeout | undefined;
  #polling = false;
  #onError: (error: unknown) => void;

  constructor(articles: ArticleOperations, options: { pollMs: number; onError: (error: unknown) => void }) {
    this.#articles = articles;
    this.#pollMs = options.pollMs;
    this.#onError = options.onError;
  }

  /** Where the feed has read up to: a new subscriber gets everything after it from the feed. */
  get position(): Cursor {
    return this.#position;
  }

  subscribe(subscriber: FeedSubscriber): () => void {
    if (this.#subscribers.size === 0) {
      // Idle until now: start from the present, not from where the last listener left.
      this.#position = { t: new Date(Date.now() - SETTLE_MS), id: '' };
      this.#schedule(0);
    }
    this.#subscribers.add(subscriber);
    return () => {
      this.#subscribers.delete(subscriber);
      if (this.#subscribers.size === 0) clearTimeout(this.#timer);
    };
  }

  #schedule(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#poll(), ms);
  }

  async #poll(): Promise<void> {
    if (this.#polling || this.#subscribers.size === 0) return;
    this.#polling = true;
    let read = 0;
    try {
      const now = new Date(Date.now() - SETTLE_MS);
      const batch: StoredArticle[] = await this.#articles.enrichedBetween(
        { at: this.#position.t, id: this.#position.id },
        { at: now, id: '\uffff' },
        BATCH,
      );
      read = batch.length;
      for (const article of batch) {
        this.#position = positionOf(article);
        for (const subscriber of this.#subscribers) subscriber.deliver(article);
      }
    } catch (error) {
      this.#onError(error);
    } finally {
      this.#polling = false;
      if (this.#subscribers.size > 0) this.#schedule(read === BATCH ? 0 : this.#pollMs);
    }
  }

  close(): void {
    this.#subscribers.clear();
    clearTimeout(this.#timer);
  }
}
