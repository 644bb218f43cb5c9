import { type Model, Schema } from 'mongoose';

/** A news site configured by an operator. `_id` is the source's short name. */
export interface Source {
  _id: string;
  name: string;
  startUrls: string[];
  feeds: string[];
  sitemaps: string[];
  discover: boolean;
  maxDepth: number | null;
  canonical: { www: 'keep' | 'strip' | 'add'; trailingSlash: 'keep' | 'strip' | 'add' };
  /** Only URLs matching one of these (if any) are followed; deny wins over allow. */
  allow: string[];
  deny: string[];
  timezone: string | null;
  language: string | null;
  recrawlIntervalMinutes: number;
  /** Minutes after an article's first fetch to fetch it again (SourceConfig has the default). */
  revisitAfterMinutes: number[];
  /** Links from article pages admitted per crawl round (SourceConfig has the default). */
  articleLinkBudget?: number;
  minDelayMs: number;
  maxConcurrency: number;
  /** Lets the crawler reach private/loopback addresses: only for local demo and test sites. */
  allowPrivateNetwork: boolean;
  /** Overrides the crawler's USER_AGENT for this source; null: the crawler's. */
  userAgent: string | null;
  enabled: boolean;
  lastCrawlAt: Date | null;
  /** When a page first admitted to the frontier (a new URL, depth ≥ 1) was fetched and published. */
  lastNewArticleAt: Date | null;
}

export type SourceModel = Model<Source>;

export const sourceSchema = new Schema<Source>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    startUrls: { type: [String], required: true },
    feeds: { type: [String], default: [] },
    sitemaps: { type: [String], default: [] },
    discover: { type: Boolean, default: true },
    maxDepth: { type: Number, default: null },
    canonical: {
      www: { type: String, enum: ['keep', 'strip', 'add'], default: 'keep' },
      trailingSlash: { type: String, enum: ['keep', 'strip', 'add'], default: 'keep' },
    },
    allow: { type: [String], default: [] },
    deny: { type: [String], default: [] },
    timezone: { type: String, default: null },
    language: { type: String, default: null },
    recrawlIntervalMinutes: { type: Number, default: 15 },
    // No default here: a document written before the field existed reads as missing, and the
    // crawler applies SourceConfig's default.
    revisitAfterMinutes: { type: [Number], default: undefined },
    articleLinkBudget: { type: Number, default: undefined },
    minDelayMs: { type: Number, default: 1000 },
    maxConcurrency: { type: Number, default: 2 },
    allowPrivateNetwork: { type: Boolean, default: false },
    userAgent: { type: String, default: null },
    enabled: { type: Boolean, default: true },
    lastCrawlAt: { type: Date, default: null },
    lastNewArticleAt: { type: Date, default: null },
  },
  { versionKey: false },
);
sourceSchema.index({ enabled: 1 });

/** What an operator configures; the crawl history fields are the store's. */
export type SourceSettings = Omit<Source, '_id' | 'lastCrawlAt' | 'lastNewArticleAt'>;

/** The `sources` collection's operations (a few dozen documents: read whole, by `_id`). */
export function sourceOperations(sources: SourceModel) {
  return {
    async get(name: string): Promise<Source | null> {
      return sources.findById(name).lean<Source>();
    },

    async all(): Promise<Source[]> {
      return sources.find({}).sort({ _id: 1 }).lean<Source[]>();
    },

    async enabled(): Promise<Source[]> {
      return sources.find({ enabled: true }).lean<Source[]>();
    },

    /** Adds a source; false when one with this name exists. */
    async create(settings: SourceSettings): Promise<Source | null> {
      try {
        const created = await sources.create({
          _id: settings.name,
          ...settings,
          lastCrawlAt: null,
          lastNewArticleAt: null,
        });
        return created.toObject();
      } catch (error) {
        if ((error as { code?: number }).code === 11000) return null;
        throw error;
      }
    },

    /** Replaces a source's settings; null when it does not exist. */
    async update(name: string, settings: Partial<SourceSettings>): Promise<Source | null> {
      return sources.findByIdAndUpdate(name, { $set: settings }, { new: true }).lean<Source>();
    },

    /** Creates or updates a configured source, keeping its crawl history. */
    async upsert(settings: SourceSettings): Promise<void> {
      const upsert = () =>
        sources.updateOne(
          { _id: settings.name },
          { $set: { ...settings }, $setOnInsert: { lastCrawlAt: null, lastNewArticleAt: null } },
          { upsert: true },
        );
      // Two crawler processes starting together race to insert the same source: the loser's
      // upsert fails on the duplicate _id and, retried, updates the winner's document.
      await upsert().catch((error: { code?: number }) => {
        if (error.code === 11000) return upsert();
        throw error;
      });
    },

    async remove(name: string): Promise<boolean> {
      return (await sources.deleteOne({ _id: name })).deletedCount === 1;
    },

    /** Moves crawl times forward only ($max): several crawler processes write them. */
    async recordActivity(
      name: string,
      times: { lastCrawlAt?: Date; lastNewArticleAt?: Date },
    ): Promise<void> {
      await sources.updateOne({ _id: name }, { $max: times });
    },
  };
}

export type SourceOperations = ReturnType<typeof sourceOperations>;
