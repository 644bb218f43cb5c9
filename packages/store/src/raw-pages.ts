import { gunzipSync, gzipSync } from 'node:zlib';
import { type Model, Schema } from 'mongoose';

/**
 * The HTML of each article's latest fetch, gzip-compressed, so articles can be re-parsed and
 * re-enriched (reprocessed) without fetching the page again. `_id` is the article id.
 */
export interface RawPage {
  _id: string;
  url: string;
  source: string;
  contentType: string | null;
  fetchedAt: Date;
  /** Timezone and language hints the page was parsed with. */
  timezone: string | null;
  language: string | null;
  htmlGzip: Buffer;
  htmlBytes: number;
}

export type RawPageModel = Model<RawPage>;

export const rawPageSchema = new Schema<RawPage>(
  {
    _id: { type: String, required: true },
    url: { type: String, required: true },
    source: { type: String, required: true },
    contentType: { type: String, default: null },
    fetchedAt: { type: Date, required: true },
    timezone: { type: String, default: null },
    language: { type: String, default: null },
    htmlGzip: { type: Buffer, required: true },
    htmlBytes: { type: Number, required: true },
  },
  { versionKey: false },
);
rawPageSchema.index({ source: 1, fetchedAt: -1 });
rawPageSchema.index({ fetchedAt: -1 });

export type RawPageInput = Omit<RawPage, 'htmlGzip' | 'htmlBytes'> & { html: string };

/** Keeps (replaces) an article's raw page. */
async function saveRawPage(rawPages: RawPageModel, page: RawPageInput): Promise<void> {
  const { html, _id, ...fields } = page;
  const bytes = Buffer.from(html, 'utf8');
  await rawPages.updateOne(
    { _id },
    // Level 1: half the CPU of the default level for a few percent more bytes, on every page saved.
    { $set: { ...fields, htmlGzip: gzipSync(bytes, { level: 1 }), htmlBytes: bytes.byteLength } },
    { upsert: true },
  );
}

/** The raw page of an article, decompressed, or null when none was kept. */
async function loadRawPage(rawPages: RawPageModel, articleId: string): Promise<RawPageInput | null> {
  const stored = await rawPages.findById(articleId).lean<RawPage>();
  if (!stored) return null;
  const { htmlGzip, htmlBytes: _bytes, ...fields } = stored;
  // lean() gives a BSON Binary for Buffer fields; `.buffer` is its bytes.
  const bytes = Buffer.isBuffer(htmlGzip)
    ? htmlGzip
    : Buffer.from((htmlGzip as unknown as { buffer: Uint8Array }).buffer);
  return { ...fields, html: gunzipSync(bytes).toString('utf8') };
}

/** The `raw_pages` collection's operations. */
export function rawPageOperations(rawPages: RawPageModel) {
  return {
    save: (page: RawPageInput) => saveRawPage(rawPages, page),
    load: (articleId: string) => loadRawPage(rawPages, articleId),
    /** Fetch times since a moment, at most `limit`: status throughput. */
    async fetchedSince(since: Date, limit: number): Promise<Date[]> {
      const rows = await rawPages
        .find({ fetchedAt: { $gte: since } }, { fetchedAt: 1 })
        .limit(limit)
        .lean();
      return rows.map((row) => row.fetchedAt);
    },
    async countBySourceSince(since: Date): Promise<Map<string, number>> {
      const rows = await rawPages.aggregate<{ _id: string | null; n: number }>([
        { $match: { fetchedAt: { $gte: since } } },
        { $group: { _id: '$source', n: { $sum: 1 } } },
      ]);
      return new Map(rows.map((row) => [row._id ?? '', row.n]));
    },
  };
}

export type RawPageOperations = ReturnType<typeof rawPageOperations>;
