import { newTraceId, TOPICS } from '@newsflow/contracts';
import { articleParsedEvent, rawPageEvent } from '@newsflow/stage';
import type { Article, ArticleFilter, ArticleOperations, RawPageOperations } from '@newsflow/store';
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

export function selectionFilter(selection: ReprocessSelection): ArticleFilter {
  return {
    source: selection.source,
    extractorVersion: selection.extractorVersion,
    from: selection.from,
    before: selection.to,
  };
}

/**
 * Re-parses (from each article's kept raw page, as `pages.fetched.v1`) or re-enriches (the stored
 * article as `articles.parsed.v1`) the selected articles without fetching anything, in `_id`
 * order batches, reporting progress after each batch.
 */
export async function reprocessArticles(
  deps: { articles: ArticleOperations; rawPages: RawPageOperations; pipeline: PipelineAdapters },
  action: 'reparse' | 'reenrich',
  selection: ReprocessSelection,
  onProgress: (progress: ReprocessProgress) => void | Promise<void>,
): Promise<ReprocessProgress> {
  const filter = selectionFilter(selection);
  const progress: ReprocessProgress = {
    action,
    selected: await deps.articles.count(filter),
    published: 0,
    missingRawPage: 0,
    done: false,
  };
  await onProgress(progress);
  const topic =
    deps.pipeline.topicPrefix + (action === 'reparse' ? TOPICS.pagesFetched : TOPICS.articlesParsed);
  let lastId: string | null = null;
  for (;;) {
    const batch: Article[] = await deps.articles.batchInIdOrder(filter, lastId, BATCH);
    if (batch.length === 0) break;
    lastId = batch[batch.length - 1]!._id;
    const messages: { key: string; value: string }[] = [];
    for (const article of batch) {
      if (action === 'reenrich') {
        messages.push({ key: article._id, value: JSON.stringify(articleParsedEvent(article, newTraceId())) });
        continue;
      }
      const page = await deps.rawPages.load(article._id);
      if (!page) {
        progress.missingRawPage++;
        continue;
      }
      const event = rawPageEvent(page);
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
