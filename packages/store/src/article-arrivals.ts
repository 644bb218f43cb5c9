import type { ArticleModel } from './articles.ts';

/** One stored article's arrival: its source and when it was first stored. */
export interface ArticleArrival {
  source: string;
  firstSeenAt: Date;
}

/**
 * The arrivals (first stored at `from` ≤ t < `to`) of new articles, at most `limit`: what the
 * status page counts per source and hour, and its source-silence alert. Only two fields are read.
 */
export async function articleArrivals(
  articles: ArticleModel,
  from: Date,
  to: Date,
  limit = 50_000,
): Promise<ArticleArrival[]> {
  return articles
    .find({ firstSeenAt: { $gte: from, $lt: to } }, { _id: 0, source: 1, firstSeenAt: 1 })
    .limit(limit)
    .lean<ArticleArrival[]>();
}
