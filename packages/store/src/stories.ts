import { type Model, Schema } from 'mongoose';
import type { ArticleModel } from './articles.ts';

/**
 * A story: articles about one event, grouped by the enricher (each member article carries
 * `storyId`). `_id` is the story id the enricher chose.
 */
export interface Story {
  _id: string;
  title: string;
  articleCount: number;
  sources: string[];
  /** Top entity keys of the story, for display and filtering. */
  entityKeys: string[];
  firstSeenAt: Date;
  lastArticleAt: Date;
  updatedAt: Date;
}

export type StoryModel = Model<Story>;

export const storySchema = new Schema<Story>(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    articleCount: { type: Number, default: 0 },
    sources: { type: [String], default: [] },
    entityKeys: { type: [String], default: [] },
    firstSeenAt: { type: Date, required: true },
    lastArticleAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// Newest stories first, with the same (time, _id) keyset cursor as articles.
storySchema.index({ lastArticleAt: -1, _id: -1 });

/**
 * Recomputes a story's summary from its member articles (near-duplicates left out), so
 * concurrent or repeated enrichments converge on the same document instead of drifting counters.
 * `entityKeys` are the story keys most shared by its members.
 */
export async function refreshStory(
  stories: StoryModel,
  articles: ArticleModel,
  storyId: string,
  now = new Date(),
) {
  const members = await articles
    .find({ storyId, duplicateOf: null }, { title: 1, source: 1, sortAt: 1, storyKeys: 1 })
    .sort({ sortAt: 1, _id: 1 })
    .lean();
  if (members.length === 0) {
    await stories.deleteOne({ _id: storyId });
    return null;
  }
  const keyCounts = new Map<string, number>();
  for (const member of members) {
    for (const key of member.storyKeys ?? []) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
  }
  const first = members[0]!;
  const story = {
    title: first.title,
    articleCount: members.length,
    sources: [...new Set(members.map((member) => member.source))].sort(),
    entityKeys: [...keyCounts]
      .filter(([key]) => !key.startsWith('kw:'))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 10)
      .map(([key]) => key),
    firstSeenAt: first.sortAt,
    lastArticleAt: members[members.length - 1]!.sortAt,
    updatedAt: now,
  };
  await stories.updateOne({ _id: storyId }, { $set: story }, { upsert: true });
  return { _id: storyId, ...story };
}
