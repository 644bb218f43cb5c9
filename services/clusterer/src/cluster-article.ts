import { ArticleClusteringV1, type ArticleEnriched, ArticleEnrichedV1, TOPICS } from '@newsflow/contracts';
import { type Logger, withTrace } from '@newsflow/observability';
import type { StageMessage, Worker } from '@newsflow/stage';
import { adoptLaterCopies } from './adopt-copies.ts';
import { ANNOUNCED_FIELDS, type AnnouncedArticle, enrichedEvent } from './announce.ts';
import { DECISION_FIELDS, decide, type UndecidedArticle } from './decide.ts';

/**
 * The clusterer stage: the one writer of duplicate and story decisions. It reads
 * `articles.clustering.v1` (one partition: one clusterer decides at a time, in log order), decides
 * each enriched article (decide.ts), moves to it the later-seen copies that were clustered
 * first, refreshes the stories touched, and announces the article, and every article it moved, on
 * `articles.enriched.v1`.
 */
export function createArticleClusterer(worker: Pick<Worker, 'store' | 'publisher' | 'topic'>) {
  const { articles, clustering, stories } = worker.store;
  return async function cluster(message: StageMessage, stageLogger: Logger): Promise<void> {
    const event = ArticleClusteringV1.parse(JSON.parse(message.value));
    const logger = withTrace(stageLogger, {
      traceId: event.traceId,
      articleId: event.articleId,
      url: event.url,
      source: event.source,
    });
    const stored = (await articles.getFields(event.articleId, DECISION_FIELDS)) as UndecidedArticle | null;
    if (!stored || stored.contentHash !== event.contentHash || !stored.enrichment) {
      // Changed (or vanished) since it was enriched: its newer parse brings its own events.
      logger.info('article changed since it was enriched: clustering skipped');
      return;
    }
    const firstDecision = stored.storyId === null;
    const { duplicateOf, storyId, laterCopies } = await decide(worker.store, stored);
    const moved = await adoptLaterCopies(articles, { _id: stored._id, storyId }, laterCopies);
    if (!(await clustering.decide(stored._id, stored.contentHash, { duplicateOf, storyId }))) {
      logger.info('article changed while it was clustered: its newer parse will be clustered');
      return;
    }
    for (const id of new Set([storyId, ...moved.map((copy) => copy.storyId)]))
      if (id) await stories.refresh(id);

    // Copies point at an article before its own decision is written only when its clustering
    // moved them: on its first decision all of them are announced, so a crash between the move
    // and the announcement is made good by the redelivery.
    const reannounce: AnnouncedArticle[] = firstDecision
      ? ((await articles.copiesOf([stored._id], ANNOUNCED_FIELDS)) as AnnouncedArticle[])
      : moved;
    const enrichedAt = new Date().toISOString();
    const own = ArticleEnrichedV1.parse({
      schemaVersion: 1,
      traceId: event.traceId,
      articleId: event.articleId,
      source: event.source,
      url: event.url,
      title: event.title,
      language: event.language,
      publishedAt: event.publishedAt,
      storyId,
      duplicateOf,
      enrichedAt,
    });
    const copies = reannounce.map((copy) =>
      enrichedEvent(copy, { storyId, duplicateOf: stored._id }, enrichedAt),
    );
    await worker.publisher.publish(
      worker.topic(TOPICS.articlesEnriched),
      [own, ...copies].map((value: ArticleEnriched) => ({
        key: value.articleId,
        value,
        headers: { 'trace-id': value.traceId },
      })),
    );
    if (moved.length > 0)
      logger.info(
        { articles: moved.map((copy) => copy._id) },
        'later-seen copies clustered first moved to this article and its story',
      );
    logger.info({ storyId, duplicateOf }, 'article clustered');
  };
}
