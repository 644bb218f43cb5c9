import {
  type ArticleParsed,
  ArticleParsedV1,
  newTraceId,
  type PageFetched,
  PageFetchedV1,
} from '@newsflow/contracts';
import type { Publisher } from '@newsflow/kafka';
import { type Article, type ArticleModel, loadRawPage, type RawPageModel } from '@newsflow/store';

/** Messages published per Kafka request while republishing. */
const BATCH_SIZE = 100;

export interface RepublishOptions {
  publisher: Publisher;
  /** The topic to publish to, prefix included. */
  topic: string;
  /** Which stored articles (a MongoDB filter built from validated input, never raw user input). */
  filter: Record<string, unknown>;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Re-enrichment without re-parsing: every matching stored article is announced again on
 * `articles.parsed.v1`, rebuilt from what is stored; the enricher is idempotent. Returns the count.
 */
export async function republishParsedArticles(
  articles: ArticleModel,
  options: RepublishOptions,
): Promise<number> {
  const total = await articles.countDocuments(options.filter);
  let done = 0;
  let batch: ArticleParsed[] = [];
  const flush = async () => {
    await options.publisher.publish(
      options.topic,
      batch.map((event) => ({ key: event.articleId, value: event, headers: { 'trace-id': event.traceId } })),
    );
    done += batch.length;
    batch = [];
    options.onProgress?.(done, total);
  };
  const cursor = articles.find(options.filter).sort({ _id: 1 }).lean<Article>().cursor();
  for await (const article of cursor) {
    batch.push(
      ArticleParsedV1.parse({
        schemaVersion: 1,
        traceId: article.traceId,
        articleId: article._id,
        source: article.source,
        url: article.url,
        canonicalUrl: article.canonicalUrl,
        contentHash: article.contentHash,
        title: article.title,
        body: article.body,
        language: article.language,
        publishedAt: article.publishedAt?.toISOString() ?? null,
        parsedAt: new Date().toISOString(),
      }),
    );
    if (batch.length >= BATCH_SIZE) await flush();
  }
  if (batch.length > 0) await flush();
  options.onProgress?.(done, total);
  return done;
}

/**
 * The depth given to re-parsed pages: beyond any crawl depth, so the links the parser finds on
 * them again are not followed (reprocessing never starts a crawl).
 */
const REPARSE_DEPTH = 100;

/**
 * Re-parsing without re-fetching: the raw page kept for every matching stored article is
 * published again on `pages.fetched.v1`, for the parser (e.g. after an extractor upgrade).
 */
export async function republishRawPages(
  articles: ArticleModel,
  rawPages: RawPageModel,
  options: RepublishOptions,
): Promise<{ published: number; missing: number }> {
  const total = await articles.countDocuments(options.filter);
  let published = 0;
  let missing = 0;
  const cursor = articles
    .find(options.filter, { _id: 1 })
    .sort({ _id: 1 })
    .lean<Pick<Article, '_id'>>()
    .cursor();
  for await (const { _id } of cursor) {
    const raw = await loadRawPage(rawPages, _id);
    if (!raw) {
      missing++;
    } else {
      const page: PageFetched = PageFetchedV1.parse({
        schemaVersion: 1,
        traceId: newTraceId(),
        source: raw.source,
        url: raw.url,
        finalUrl: raw.url,
        status: 200,
        contentType: raw.contentType,
        fetchedAt: raw.fetchedAt.toISOString(),
        depth: REPARSE_DEPTH,
        html: raw.html,
        ...(raw.timezone ? { timezone: raw.timezone } : {}),
        ...(raw.language ? { language: raw.language } : {}),
      });
      await options.publisher.publish(options.topic, [
        { key: raw.url, value: page, headers: { 'trace-id': page.traceId } },
      ]);
      published++;
    }
    options.onProgress?.(published + missing, total);
  }
  return { published, missing };
}
