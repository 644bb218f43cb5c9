import { type Model, Schema } from 'mongoose';

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
