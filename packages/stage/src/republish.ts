import {
  type ArticleParsed,
  ArticleParsedV1,
  fitArticleFields,
  fitUrl,
  newTraceId,
  type PageFetched,
  PageFetchedV1,
} from '@newsflow/contracts';
import type { Publisher } from '@newsflow/kafka';
import type { Article, ArticleFilter, ArticleOperations, RawPageInput } from '@newsflow/store';

/** The stored fields an `articles.parsed.v1` event is made of. */
export type ParsedEventSource = Pick<
  Article,
  '_id' | 'source' | 'url' | 'canonicalUrl' | 'contentHash' | 'title' | 'body' | 'language' | 'publishedAt'
>;

/**
 * The `articles.parsed.v1` event announcing a stored article (by the parser, or again to re-enrich
 * it). The parser stores articles fitted to the contract; fitting again here lets articles stored
 * before that (a 10 000-character title) be announced too, instead of failing every replay.
 */
export function articleParsedEvent(article: ParsedEventSource, traceId: string): ArticleParsed {
  const fitted = fitArticleFields({
    title: article.title,
    language: article.language,
    publishedAt: article.publishedAt,
  });
  return ArticleParsedV1.parse({
    schemaVersion: 1,
    traceId,
    articleId: article._id,
    source: article.source,
    url: article.url,
    canonicalUrl: fitUrl(article.canonicalUrl, article.url) ?? article.canonicalUrl,
    contentHash: article.contentHash,
    title: fitted.title,
    body: article.body,
    language: fitted.language,
    publishedAt: fitted.publishedAt?.toISOString() ?? null,
    parsedAt: new Date().toISOString(),
  });
}

/**
 * The depth given to re-parsed and imported pages: beyond any crawl depth, so the links the
 * parser finds on them are not followed (reprocessing never starts a crawl).
 */
export const REPARSE_DEPTH = 100;

/** The `pages.fetched.v1` event that has the parser extract a kept raw page again. */
export function rawPageEvent(raw: RawPageInput): PageFetched {
  return PageFetchedV1.parse({
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
}

/** Messages published per Kafka request while republishing. */
const BATCH_SIZE = 100;

export interface RepublishOptions {
  publisher: Publisher;
  /** The topic to publish to, prefix included. */
  topic: string;
  /** Which stored articles. */
  filter: ArticleFilter;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Re-enrichment without re-parsing: every matching stored article is announced again on
 * `articles.parsed.v1`, rebuilt from what is stored; the enricher is idempotent. Returns the count.
 */
export async function republishParsedArticles(
  articles: ArticleOperations,
  options: RepublishOptions,
): Promise<number> {
  const total = await articles.count(options.filter);
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
  let lastId: string | null = null;
  for (;;) {
    const stored: Article[] = await articles.batchInIdOrder(options.filter, lastId, BATCH_SIZE);
    if (stored.length === 0) break;
    lastId = stored[stored.length - 1]!._id;
    for (const article of stored) batch.push(articleParsedEvent(article, article.traceId));
    await flush();
  }
  if (batch.length > 0) await flush();
  options.onProgress?.(done, total);
  return done;
}
