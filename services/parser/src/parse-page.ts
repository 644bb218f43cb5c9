import { type LinksDiscovered, LinksDiscoveredV1, PageFetchedV1, TOPICS } from '@newsflow/contracts';
import { canonicalUrl } from '@newsflow/crawl';
import { type ExtractionResult, extractArticle } from '@newsflow/extract';
import { type Logger, withTrace } from '@newsflow/observability';
import { PermanentError } from '@newsflow/retry';
import { articleParsedEvent, type StageMessage, type Worker } from '@newsflow/stage';
import { articleUrl, toParsedArticle } from './page-to-article.ts';
import type { ParserMetrics } from './parser-metrics.ts';

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/**
 * The parser stage: a fetched page becomes a stored article (and an `articles.parsed.v1` event),
 * or, for a listing page, only the links it leads to. Every page's links go to
 * `links.discovered.v1` for the crawler to filter and schedule.
 */
export function createPageParser(
  worker: Pick<Worker, 'store' | 'publisher' | 'topic'>,
  metrics: ParserMetrics,
  options: { notStoredRetentionMs?: number } = {},
) {
  return async function parsePage(message: StageMessage, stageLogger: Logger): Promise<void> {
    const page = PageFetchedV1.parse(JSON.parse(message.value));
    const logger = withTrace(stageLogger, { traceId: page.traceId, url: page.finalUrl, source: page.source });
    if (page.contentType !== null && !HTML_TYPES.test(page.contentType)) {
      throw new PermanentError('not_html', `content type ${page.contentType} is not HTML`);
    }
    const extraction = extractArticle(page.html, page.finalUrl, {
      ...(page.timezone ? { timezone: page.timezone } : {}),
      ...(page.language ? { language: page.language } : {}),
      fetchedAt: new Date(page.fetchedAt),
      // Why the crawler fetched it (start page, feed, sitemap, listing or article link, revisit):
      // one of the signals the page type is decided from.
      ...(page.crawlContext ? { crawlContext: page.crawlContext } : {}),
    });
    metrics.pageParsed(page.source, extraction.pageType);

    if (extraction.pageType === 'article') {
      const article = toParsedArticle(
        page,
        extraction,
        articleUrl(page, extraction.canonicalUrl, canonicalUrl),
      );
      if (!article.title || !article.body) {
        metrics.article(page.source, 'empty');
        throw new PermanentError('no_content', 'page looks like an article but has no title or body');
      }
      // The latest fetch's HTML is kept for reprocessing; written first so a retry finds it.
      await worker.store.rawPages.save({
        _id: article._id,
        url: page.finalUrl,
        source: page.source,
        contentType: page.contentType,
        fetchedAt: new Date(page.fetchedAt),
        timezone: page.timezone ?? null,
        language: page.language ?? null,
        html: page.html,
      });
      const { outcome, status } = await worker.store.articles.saveParsed(article);
      metrics.article(page.source, outcome);
      // An unchanged, already enriched article needs nothing more; anything else (new, changed,
      // or a retry after a failed publish) is announced, and the enricher is idempotent.
      if (!(outcome === 'unchanged' && status === 'enriched')) {
        const event = articleParsedEvent(article, page.traceId);
        await worker.publisher.publish(worker.topic(TOPICS.articlesParsed), [
          { key: article._id, value: event, headers: { 'trace-id': page.traceId } },
        ]);
      }
      withTrace(logger, { articleId: article._id }).info({ outcome }, 'article parsed');
    } else {
      // The operator's trace of it (GET /v1/pages-not-stored): written before the links go out, so
      // a failed write fails the message like any store error (retried, then DLQ + failures), and
      // idempotent per trace, so a retry or redelivery counts the sighting once.
      const outcome = await worker.store.pagesNotStored.record(
        {
          url: page.finalUrl,
          source: page.source,
          pageType: extraction.pageType,
          reason: extraction.pageTypeReason,
          detail: detailOf(extraction),
          crawlContext: page.crawlContext ?? null,
          extractorVersion: extraction.extractorVersion,
          traceId: page.traceId,
          at: new Date(page.fetchedAt),
        },
        { retentionMs: options.notStoredRetentionMs },
      );
      if (outcome !== 'already-counted')
        metrics.pageNotStored(page.source, extraction.pageType, extraction.pageTypeReason);
      logger.info(
        { pageType: extraction.pageType, reason: extraction.pageTypeReason, signals: extraction.pageSignals },
        'not stored: not an article',
      );
    }

    const links = extraction.links.filter((link) => /^https?:/.test(link.url)).slice(0, 5000);
    if (links.length > 0) {
      const event: LinksDiscovered = LinksDiscoveredV1.parse({
        schemaVersion: 1,
        traceId: page.traceId,
        source: page.source,
        fromUrl: page.finalUrl,
        depth: page.depth,
        links: links.map((link) => ({ url: link.url, text: link.text.slice(0, 1000) })),
      });
      await worker.publisher.publish(worker.topic(TOPICS.linksDiscovered), [
        { key: page.source, value: event, headers: { 'trace-id': page.traceId } },
      ]);
    }
  };
}

/** Why a page is not an article, for the operator: the extractor's words, then its signals. */
function detailOf(extraction: ExtractionResult): string | null {
  const words = extraction.pageType === 'unknown' ? extraction.reason : '';
  return [words, extraction.pageSignals.join(', ')].filter(Boolean).join('; ') || null;
}
