import { ArticleClusteringV1, ArticleParsedV1, TOPICS } from '@newsflow/contracts';
import { ENRICH_STAGES, ENRICHER_VERSION, enrichArticle, storyKeys } from '@newsflow/enrich';
import { createEnrichMetrics, type Logger, withTrace } from '@newsflow/observability';
import type { StageMessage, Worker } from '@newsflow/stage';

/**
 * The enricher stage: a parsed article gets its enrichment (language, entities, quotes,
 * fingerprint, story keys), saved, and goes on to the clusterer on `articles.clustering.v1`. It
 * makes no duplicate or story decision: those need every other article's, in one order, and the
 * clusterer alone makes them; so any number of enrichers run in parallel. Enriching is a pure
 * function of the content, so a redelivered message writes the same result.
 */
export function createArticleEnricher(worker: Pick<Worker, 'store' | 'publisher' | 'topic' | 'registry'>) {
  const { clustering } = worker.store;
  const metrics = createEnrichMetrics(worker.registry);
  for (const stage of ENRICH_STAGES) metrics.stageErrors.inc({ stage }, 0);
  return async function enrich(message: StageMessage, stageLogger: Logger): Promise<void> {
    const parsed = ArticleParsedV1.parse(JSON.parse(message.value));
    const logger = withTrace(stageLogger, {
      traceId: parsed.traceId,
      articleId: parsed.articleId,
      url: parsed.url,
      source: parsed.source,
    });
    // No read first: the write below matches the parsed content hash, so an article that changed
    // (or vanished) since this event is not written, and its newer parse brings its own event.
    // Such events are rare; one store round trip per article is not.
    const enrichment = enrichArticle(
      {
        title: parsed.title,
        body: parsed.body,
        url: parsed.url,
        ...(parsed.language ? { language: parsed.language } : {}),
        ...(parsed.publishedAt ? { publishedAt: parsed.publishedAt } : {}),
      },
      {
        // A stage that throws is a defect in a rule: the article is still saved (that field empty),
        // and the error is logged and counted so it shows on the dashboards.
        onStageError: (stage, error) => {
          metrics.stageErrors.inc({ stage });
          logger.error(
            { stage, err: error instanceof Error ? error.message : String(error) },
            'an enrichment stage threw: saved with that field empty',
          );
        },
      },
    );
    const written = await clustering.saveEnrichment(parsed.articleId, parsed.contentHash, {
      enrichment: { ...enrichment, version: ENRICHER_VERSION },
      fingerprintBands: enrichment.fingerprint.bands,
      storyKeys: storyKeys(enrichment),
    });
    if (!written) {
      logger.info('article changed since it was parsed: its newer parse will be enriched');
      return;
    }
    const event = ArticleClusteringV1.parse({
      schemaVersion: 1,
      traceId: parsed.traceId,
      articleId: parsed.articleId,
      contentHash: parsed.contentHash,
      source: parsed.source,
      url: parsed.url,
      title: parsed.title,
      language: enrichment.language.code ?? parsed.language,
      publishedAt: parsed.publishedAt,
      enrichedAt: new Date().toISOString(),
    });
    // One partition: every key lands on it. The article id keeps a DLQ replay's key meaningful.
    await worker.publisher.publish(worker.topic(TOPICS.articlesClustering), [
      { key: event.articleId, value: event, headers: { 'trace-id': event.traceId } },
    ]);
    logger.info({ language: event.language }, 'article enriched: sent to the clusterer');
  };
}
