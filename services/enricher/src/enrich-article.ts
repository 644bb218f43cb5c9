import { ArticleEnrichedV1, ArticleParsedV1, TOPICS } from '@newsflow/contracts';
import { ENRICHER_VERSION, enrichArticle, storyKeys } from '@newsflow/enrich';
import { type Logger, withTrace } from '@newsflow/observability';
import type { StageMessage, Worker } from '@newsflow/stage';
import { type Article, refreshStory, saveEnrichment } from '@newsflow/store';
import { findOriginal } from './find-original.ts';
import { matchStory } from './match-story.ts';
import { type AdoptedCopy, settleDuplicates } from './settle-duplicates.ts';

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
    // Saved, this article is visible to the enrichers of its near-copies and theirs to it, so
    // whichever of two copies is saved last settles the pair (see settleDuplicates).
    const touchedStories = new Set([storyId]);
    let adopted: AdoptedCopy[] = [];
    if (!duplicateOf) {
      const settled = await settleDuplicates(articles, { ...stored, storyId }, enrichment.fingerprint);
      adopted = settled.adopted;
      for (const copy of adopted) if (copy.previousStoryId) touchedStories.add(copy.previousStoryId);
      if (settled.original) {
        duplicateOf = settled.original._id;
        storyId = settled.original.storyId ?? storyId;
        await articles.updateOne(
          { _id: parsed.articleId, contentHash: parsed.contentHash },
          { $set: { duplicateOf, storyId, updatedAt: new Date() } },
        );
        touchedStories.add(storyId);
      }
    }
    for (const id of touchedStories) await refreshStory(stories, articles, id);
    const enrichedAt = new Date().toISOString();
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
    const adoptedEvents = adopted.map((copy) =>
      ArticleEnrichedV1.parse({
        schemaVersion: 1,
        traceId: copy.traceId,
        articleId: copy._id,
        source: copy.source,
        url: copy.url,
        title: copy.title,
        language: copy.enrichment?.language?.code ?? copy.language,
        publishedAt: copy.publishedAt?.toISOString() ?? null,
        storyId,
        duplicateOf: parsed.articleId,
        enrichedAt,
      }),
    );
    await worker.publisher.publish(
      worker.topic(TOPICS.articlesEnriched),
      [event, ...adoptedEvents].map((value) => ({
        key: value.articleId,
        value,
        headers: { 'trace-id': value.traceId },
      })),
    );
    if (adopted.length > 0)
      logger.info(
        { copies: adopted.map((copy) => copy._id) },
        'later-seen near-copies marked duplicates of this article',
      );
    logger.info({ language: event.language, storyId, duplicateOf }, 'article enriched');
  };
}
