import {
  type ArticleParsed,
  ArticleParsedV1,
  newTraceId,
  type PageFetched,
  PageFetchedV1,
  TOPICS,
} from '@newsflow/contracts';
import { type Article, type ArticleModel, loadRawPage, type RawPageModel } from '@newsflow/store';
import type { PipelineAdapters } from './pipeline-adapters.ts';

export interface ReprocessSelection {
  source?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  extractorVersion?: string | undefined;
}

export interface ReprocessProgress {
  action: 'reparse' | 'reenrich';
  selected: number;
  published: number;
  /** Re-parse only: articles whose raw page was not kept. */
  missingRawPage: number;
  done: boolean;
}

/** Articles published at once: one Kafka request, and one progress report. */
const BATCH = 200;

/**
 * Links found on a re-parsed page come back at this depth, beyond any crawl depth, so the crawler
 * ignores them: reprocessing re-extracts what is stored, it does not crawl again.
 */
const REPROCESS_DEPTH = 100;

export function selectionFilter(selection: ReprocessSelection): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (selection.source) filter.source = selection.source;
  if (selection.extractorVersion) filter['extraction.version'] = selection.extractorVersion;
  if (selection.from || selection.to)
    filter.sortAt = {
      ...(selection.from ? { $gte: selection.from } : {}),
      ...(selection.to ? { $lt: selection.to } : {}),
    };
  return filter;
}

/**
 * Re-parses (from each article's kept raw page, as `pages.fetched.v1`) or re-enriches (the stored
 * article as `articles.parsed.v1`) the selected articles without fetching anything, in `_id`
 * order batches, reporting progress after each batch.
 */
export async function reprocessArticles(
  deps: { articles: ArticleModel; rawPages: RawPageModel; pipeline: PipelineAdapters },
  action: 'reparse' | 'reenrich',
  selection: ReprocessSelection,
  onProgress: (progress: ReprocessProgress) => void | Promise<void>,
): Promise<ReprocessProgress> {
  const filter = selectionFilter(selection);
  const progress: ReprocessProgress = {
    action,
    selected: await deps.articles.countDocuments(filter),
    published: 0,
    missingRawPage: 0,
    done: false,
  };
  await onProgress(progress);
  const topic =
    deps.pipeline.topicPrefix + (action === 'reparse' ? TOPICS.pagesFetched : TOPICS.articlesParsed);
  let lastId: string | null = null;
  for (;;) {
    const batch: Article[] = await deps.articles
      .find(lastId ? { ...filter, _id: { $gt: lastId } } : filter, { bodyHtml: 0, searchTerms: 0 })
      .sort({ _id: 1 })
      .limit(BATCH)
      .lean<Article[]>();
    if (batch.length === 0) break;
    lastId = batch[batch.length - 1]!._id;
    const messages: { key: string; value: string }[] = [];
    for (const article of batch) {
      if (action === 'reenrich') {
        messages.push({ key: article._id, value: JSON.stringify(parsedEvent(article)) });
        continue;
      }
      const page = await loadRawPage(deps.rawPages, article._id);
      if (!page) {
        progress.missingRawPage++;
        continue;
      }
      const event: PageFetched = PageFetchedV1.parse({
        schemaVersion: 1,
        traceId: newTraceId(),
        source: page.source,
        url: page.url,
        finalUrl: page.url,
        status: 200,
        contentType: page.contentType,
        fetchedAt: page.fetchedAt.toISOString(),
        depth: REPROCESS_DEPTH,
        html: page.html,
        ...(page.timezone ? { timezone: page.timezone } : {}),
        ...(page.language ? { language: page.language } : {}),
      });
      messages.push({ key: page.url, value: JSON.stringify(event) });
    }
    await deps.pipeline.publishRaw(topic, messages);
    progress.published += messages.length;
    await onProgress(progress);
  }
  progress.done = true;
  await onProgress(progress);
  return progress;
}

function parsedEvent(article: Article): ArticleParsed {
  return ArticleParsedV1.parse({
    schemaVersion: 1,
    traceId: newTraceId(),
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
  });
}
