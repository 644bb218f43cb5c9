import { ArticleEnrichedV1, ArticleParsedV1, TOPICS } from '@newsflow/contracts';
import { ENRICHER_VERSION, enrichArticle } from '@newsflow/enrich';
import { type Logger, withTrace } from '@newsflow/observability';
import type { StageMessage, Worker } from '@newsflow/stage';
import { saveEnrichment } from '@newsflow/store';

/**
 * The enricher stage: a parsed article gets its enrichment (language, entities, quotes, …) written
 * to the stored article and announced on `articles.enriched.v1`. Enriching is a pure function of
 * the article's content, so a redelivered message writes the same result again.
 */
export function createArticleEnricher(worker: Pick<Worker, 'store' | 'publisher' | 'topic'>) {
  return async function enrich(message: StageMessage, stageLogger: Logger): Promise<void> {
    const parsed = ArticleParsedV1.parse(JSON.parse(message.value));
    const logger = withTrace(stageLogger, {
      traceId: parsed.traceId,
      articleId: parsed.articleId,
      url: parsed.url,
      source: parsed.source,
    });
    const enrichment = enrichArticle({
      title: parsed.title,
      body: parsed.body,
      url: parsed.url,
      ...(parsed.language ? { language: parsed.language } : {}),
      ...(parsed.publishedAt ? { publishedAt: parsed.publishedAt } : {}),
    });
    const written = await saveEnrichment(worker.store.articles, parsed.articleId, parsed.contentHash, {
      ...enrichment,
      version: ENRICHER_VERSION,
    });
    if (!written) {
      // The article changed (or vanished) since this event: its newer parse brings its own event.
      logger.info('article changed since it was parsed: enrichment skipped');
      return;
    }
    const event = ArticleEnrichedV1.parse({
      schemaVersion: 1,
      traceId: parsed.traceId,
      articleId: parsed.articleId,
      source: parsed.source,
      url: parsed.url,
      title: parsed.title,
      language: enrichment.language?.code ?? parsed.language,
      publishedAt: parsed.publishedAt,
      enrichedAt: new Date().toISOString(),
    });
    await worker.publisher.publish(worker.topic(TOPICS.articlesEnriched), [
      { key: parsed.articleId, value: event, headers: { 'trace-id': parsed.traceId } },
    ]);
    logger.info({ language: event.language }, 'article enriched');
  };
}
