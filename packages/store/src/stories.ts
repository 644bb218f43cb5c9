import { type Model, Schema } from 'mongoose';
import type { ArticleOperations } from './article-operations.ts';
import { newestFirst } from './newest-first.ts';
import { keyReads } from './window-reads.ts';

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
// Newest-first story lists (all, and one source's), read in lastArticleAt windows.
storySchema.index({ lastArticleAt: -1, _id: -1 });
storySchema.index({ sources: 1, lastArticleAt: -1 });

/** Most members a story summary is computed from (a story larger than this is summarised by its first). */
const MAX_MEMBERS = 5000;

/** The `stories` collection's operations (indexes above; checked by explain in the store tests). */
export function storyOperations(stories: StoryModel, articles: ArticleOperations) {
  return {
    async get(id: string): Promise<Story | null> {
      return stories.findById(id).lean<Story>();
    },

    /** Stories newest first by (lastArticleAt, _id), after a cursor; optionally one source's. */
    async list(
      filter: { source?: string | undefined },
      page: { limit: number; after?: { at: Date; id: string } | undefined },
      now = new Date(),
    ): Promise<Story[]> {
      const conditions: Record<string, unknown>[] = filter.source ? [{ sources: filter.source }] : [];
      return newestFirst<Story>(
        {
          ...keyReads(stories, { timeField: 'lastArticleAt', conditions }),
          rowsByIds: (ids) => stories.find({ _id: { $in: ids } }).lean<Story[]>(),
          idOf: (story) => story._id,
        },
        { after: page.after, until: new Date(now.getTime() + 1000) },
        page.limit,
      );
    },

    /**
     * Recomputes a story's summary from its member articles (near-duplicates left out), so
     * concurrent or repeated enrichments converge on the same document instead of drifting
     * counters. `entityKeys` are the story keys most shared by its members.
     */
    async refresh(storyId: string, now = new Date()): Promise<Story | null> {
      const members = await articles.storyMembers(storyId, ['title', 'source', 'storyKeys'], {
        limit: MAX_MEMBERS,
        originalsOnly: true,
      });
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
    },
  };
}

export type StoryOperations = ReturnType<typeof storyOperations>;
