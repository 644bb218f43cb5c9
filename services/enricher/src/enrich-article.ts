import { type ArticleEnriched, ArticleEnrichedV1, ArticleParsedV1, TOPICS } from '@newsflow/contracts';
import { ENRICHER_VERSION, enrichArticle, storyKeys } from '@newsflow/enrich';
import { type Logger, withTrace } from '@newsflow/observability';
import type { StageMessage, Worker } from '@newsflow/stage';
import { findOriginal } from './find-original.ts';
import { matchStory } from './match-story.ts';
import { reannouncement } from './reannounce.ts';
import { settleDuplicates } from './settle-duplicates.ts';
import { settleStory } from './settle-story.ts';

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
    const stored = await articles.getFields(parsed.articleId, [
      'contentHash',
      'firstSeenAt',
      'sortAt',
      'duplicateOf',
      'storyId',
      'source',
    ]);
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

    const written = await articles.saveEnrichment(parsed.articleId, parsed.contentHash, {
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
    // Saved, this article is visible to the enrichers of articles like it, and theirs to it: the
    // decisions made while neither was visible are settled now (see settleDuplicates, settleStory).
    const touchedStories = new Set([storyId]);
    const reannounced: ArticleEnriched[] = [];
    const enrichedAt = new Date().toISOString();
    if (!duplicateOf) {
      const settled = await settleDuplicates(articles, { ...stored, storyId }, enrichment.fingerprint);
      for (const copy of settled.adopted) {
        if (copy.storyId) touchedStories.add(copy.storyId);
        reannounced.push(reannouncement(copy, { storyId, duplicateOf: parsed.articleId }, enrichedAt));
      }
      if (settled.original) {
        duplicateOf = settled.original._id;
        storyId = settled.original.storyId ?? storyId;
        await articles.setDecision(
          parsed.articleId,
          { contentHash: parsed.contentHash },
          { duplicateOf, storyId },
        );
      } else if (storyId === parsed.articleId) {
        const story = await settleStory(articles, stored, keys, enrichment);
        storyId = story.storyId;
        if (story.moved) {
          touchedStories.add(story.moved.storyId ?? storyId);
          reannounced.push(reannouncement(story.moved, { storyId, duplicateOf: null }, enrichedAt));
        }
      }
      touchedStories.add(storyId);
    }
    for (const id of touchedStories) await stories.refresh(id);
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
      enrichedAt,
    });
    await worker.publisher.publish(
      worker.topic(TOPICS.articlesEnriched),
      [event, ...reannounced].map((value) => ({
        key: value.articleId,
        value,
        headers: { 'trace-id': value.traceId },
      })),
    );
    if (reannounced.length > 0)
      logger.info(
        { articles: reannounced.map((other) => [other.articleId, other.storyId, other.duplicateOf]) },
        'articles enriched earlier moved to this article or its story',
      );
    logger.info({ language: event.language, storyId, duplicateOf }, 'article enriched');
  };
}
