import { ArticleEnrichedV1, ArticleParsedV1, TOPICS } from '@newsflow/contracts';
import { ENRICHER_VERSION, enrichArticle, storyKeys } from '@newsflow/enrich';
import { type Logger, withTrace } from '@newsflow/observability';
import type { StageMessage, Worker } from '@newsflow/stage';
import { type Article, refreshStory, saveEnrichment } from '@newsflow/store';
import { findOriginal } from './find-original.ts';
import { matchStory } from './match-story.ts';

/**
 * The enricher stage: a parsed article gets its enrichment (language, entities, quotes, …), is
 * marked `duplicateOf` an earlier near-copy, joins a story (or starts one), and is announced on
 * `articles.enriched.v1`. Enriching is a pure function of the content and an article keeps the
 * duplicate and story decisions once made, so a redelivered message writes the same result.
 */
export function createArticleEnricher(worker: Pick<Worker, 'store' | 'publisher' | 'topic'>) {
  const { articles, stories } = worker.store;
  return async function enrich(message: StageMessage, stageLogger: Logger): Promise<void> {
    const parsed = ArticleParsedV1.parse(JSON.parse(message.value));
    const logger = withTrace(stageLogger, {
      traceId: parsed.traceId,
      articleId: parsed.articleId,
      url: parsed.url,
      source: parsed.source,
    });
    const stored = await articles
      .findById(parsed.articleId, {
        contentHash: 1,
        firstSeenAt: 1,
        sortAt: 1,
        duplicateOf: 1,
        storyId: 1,
        source: 1,
      })
      .lean<
        Pick<Article, '_id' | 'contentHash' | 'firstSeenAt' | 'sortAt' | 'duplicateOf' | 'storyId' | 'source'>
      >();
    if (!stored || stored.contentHash !== parsed.contentHash) {
      // The article changed (or vanished) since this event: its newer parse brings its own event.
      logger.info('article changed since it was parsed: enrichment skipped');
      return;
    }
    const enrichment = enrichArticle({
      title: parsed.title,
      body: parsed.body,
      url: parsed.url,
      ...(parsed.language ? { language: parsed.language } : {}),
      ...(parsed.publishedAt ? { publishedAt: parsed.publishedAt } : {}),
    });
    const keys = storyKeys(enrichment);
    let duplicateOf = stored.duplicateOf;
    let storyId = stored.storyId;
    if (!duplicateOf && !storyId) {
      const original = await findOriginal(articles, stored, enrichment.fingerprint);
      duplicateOf = original?._id ?? null;
      storyId = original?.storyId ?? null;
    }
    storyId ??= (await matchStory(articles, stored, keys, enrichment)) ?? parsed.articleId;

    const written = await saveEnrichment(articles, parsed.articleId, parsed.contentHash, {
      enrichment: { ...enrichment, version: ENRICHER_VERSION },
      fingerprintBands: enrichment.fingerprint.bands,
      duplicateOf,
      storyKeys: keys,
      storyId,
    });
    if (!written) {
      logger.info('article changed while it was enriched: its newer parse will be enriched');
      return;
    }
    await refreshStory(stories, articles, storyId);
    const event = ArticleEnrichedV1.parse({
      schemaVersion: 1,
      traceId: parsed.traceId,
      articleId: parsed.articleId,
      source: parsed.source,
      url: parsed.url,
      title: parsed.title,
      language: enrichment.language.code ?? parsed.language,
      publishedAt: parsed.publishedAt,
      storyId,
      duplicateOf,
      enrichedAt: new Date().toISOString(),
    });
    await worker.publisher.publish(worker.topic(TOPICS.articlesEnriched), [
      { key: parsed.articleId, value: event, headers: { 'trace-id': parsed.traceId } },
    ]);
    logger.info({ language: event.language, storyId, duplicateOf }, 'article enriched');
  };
}
