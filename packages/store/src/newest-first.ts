/**
 * Newest-first pages without sorting the whole collection.
 *
 * The local engine (DocumentDB 0.106) serves filters from indexes but never a sort: a `sort`
 * reads every matching row and sorts them, so "the newest 20" costs as much as the collection is
 * large. This reads bounded time windows instead, newest first, each through the index's range
 * on the time field, and takes a window whole when it holds fewer rows than still needed. A
 * window holding more is halved until the halves do, so a sort never sees more than a page of
 * rows. Windows start at one hour and grow fourfold while they come back short, so a sparse filter
 * reaches back years in a few probes. MongoDB serves the same probes from the same indexes.
 *
 * Pure: the reads are given as functions (see `article-operations.ts` for the store's).
 */

/** A row's place in newest-first order: its time, then its id (descending). */
export interface Keyed {
  at: Date;
  id: string;
}

/** The read functions a window walk needs; each is one indexed query. */
export interface WindowReads<Row> {
  /** Keys of up to `limit` rows with lo ≤ time < hi, in no particular order (a range scan, no sort). */
  keysInRange(lo: Date, hi: Date, limit: number): Promise<Keyed[]>;
  /**
   * Keys of up to `limit` rows of the whole filter, at any time (no time condition): a sparse
   * filter's equality alone reads few index entries, where a wide time range beside it is costly.
   * Absent when there is no filter (every row matches).
   */
  keysAnyTime?(limit: number): Promise<Keyed[]>;
  /** Keys of up to `limit` rows with time = at and id < beforeId (or any id), highest id first. */
  keysAtInstant(at: Date, beforeId: string | null, limit: number): Promise<Keyed[]>;
  /** The rows with these ids, in any order. */
  rowsByIds(ids: string[]): Promise<Row[]>;
  idOf(row: Row): string;
}

export interface WindowBounds {
  /** Only rows strictly before this (time, id) position: the cursor of the previous page. */
  after?: Keyed | undefined;
  /** Rows at or after this time, and before `until` (exclusive). */
  from?: Date | undefined;
  until: Date;
  /**
   * Where the caller keeps the first window's width between calls of one filter: the span the
   * last page of it covered, so a page usually takes one probe whatever the rows' density.
   */
  widthHint?: { get(): number | undefined; set(width: number): void };
}

const HOUR_MS = 3_600_000;
/** First window: an hour holds a page of a busy deployment's articles. */
const FIRST_WINDOW_MS = HOUR_MS;
/** Growth of each next window while pages come back short: reaches 50 years in 10 steps. */
const WINDOW_GROWTH = 4;
/**
 * A window is read whole (keys only, sorted here) when it holds fewer than this many times the
 * rows still needed, else halved: one probe of a few hundred small keys costs about what one
 * more round trip costs (measured on the local engine by `npm run bench:store`).
 */
const WHOLE_WINDOW_FACTOR = 8;
const MIN_WHOLE_WINDOW = 100;
/** The earliest instant a JavaScript date can hold: the walk's floor when `from` is not given. */
const EARLIEST = new Date(-8.64e15);

export function compareNewestFirst(a: Keyed, b: Keyed): number {
  const byTime = b.at.getTime() - a.at.getTime();
  return byTime !== 0 ? byTime : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** The newest `limit` rows in the bounds, newest first (fewer when the bounds hold fewer). */
export async function newestFirst<Row>(
  reads: WindowReads<Row>,
  bounds: WindowBounds,
  limit: number,
): Promise<Row[]> {
  const keys = await newestKeys(reads, bounds, limit);
  if (keys.length === 0) return [];
  const rows = new Map(
    (await reads.rowsByIds(keys.map((key) => key.id))).map((row) => [reads.idOf(row), row]),
  );
  // A row deleted between the two reads is left out.
  return keys.map((key) => rows.get(key.id)).filter((row): row is Row => row !== undefined);
}

/** Keys of the newest `limit` rows in the bounds, newest first. */
export async function newestKeys(
  reads: Pick<WindowReads<unknown>, 'keysInRange' | 'keysAtInstant' | 'keysAnyTime'>,
  bounds: WindowBounds,
  limit: number,
): Promise<Keyed[]> {
  const keys: Keyed[] = [];
  let hi = bounds.until;
  // Ties at the cursor's instant are read by a query of their own, sent with the first window's.
  let ties: Promise<Keyed[]> | null = null;
  if (bounds.after && bounds.after.at.getTime() < hi.getTime()) {
    ties = tiesBefore(reads, bounds.after, limit);
    hi = bounds.after.at;
  }
  const floor = bounds.from ?? EARLIEST;
  const start = hi.getTime();
  let width = bounds.widthHint?.get() ?? FIRST_WINDOW_MS;
  let probedAnyTime = false;
  if (ties && hi.getTime() <= floor.getTime()) keys.push(...(await ties));
  while (keys.length < limit && hi.getTime() > floor.getTime()) {
    const lo = new Date(Math.max(hi.getTime() - width, floor.getTime()));
    const [tied, found] = await Promise.all([
      ties ?? Promise.resolve([]),
      newestInWindow(reads, lo, hi, limit - keys.length),
    ]);
    if (ties) {
      ties = null;
      keys.push(...tied);
    }
    keys.push(...found);
    hi = lo;
    width *= WINDOW_GROWTH;
    if (found.length === 0 && keys.length < limit && !probedAnyTime && hi.getTime() > floor.getTime()) {
      // An empty window: a sparse filter, or the oldest rows passed. If the filter's rows at any
      // time (or, with no filter, all rows older than the window) are few, they are read at once
      // and the walk ends here instead of stepping back to the floor.
      probedAnyTime = true;
      const whole = Math.max(limit * WHOLE_WINDOW_FACTOR, MIN_WHOLE_WINDOW);
      const all = reads.keysAnyTime
        ? await reads.keysAnyTime(whole)
        : await reads.keysInRange(floor, hi, whole);
      if (all.length < whole) {
        keys.push(
          ...all.filter((key) => key.at.getTime() < hi.getTime() && key.at.getTime() >= floor.getTime()),
        );
        break;
      }
    }
  }
  const page = keys.sort(compareNewestFirst).slice(0, limit);
  // The next first window: from the start down to this page's oldest row, plus the page's own
  // span again for slack (never under a second). The empty time before the newest row is counted
  // once, not doubled: a store whose newest row is hours old would otherwise get a first window
  // holding many pages, and narrow through it in several probes.
  const first = page[0];
  const last = page.at(-1);
  if (page.length === limit && first && last)
    bounds.widthHint?.set(
      Math.max(1000, start - last.at.getTime() + (first.at.getTime() - last.at.getTime())),
    );
  return page;
}

/** More rows than this at one instant are read with the id bound in the query (rare: a bulk import). */
const TIE_SLACK = 1000;

/**
 * Keys at the cursor's instant before its id. The id bound stays out of the query: beside the
 * instant, the local engine chose the _id index for it and read every row with a lower id.
 */
async function tiesBefore(
  reads: Pick<WindowReads<unknown>, 'keysAtInstant'>,
  after: Keyed,
  limit: number,
): Promise<Keyed[]> {
  const slack = limit + TIE_SLACK;
  const all = await reads.keysAtInstant(after.at, null, slack);
  if (all.length < slack) return all.filter((key) => key.id < after.id).slice(0, limit);
  return reads.keysAtInstant(after.at, after.id, limit);
}

/** Keys of the newest `need` rows with lo ≤ time < hi (all of them when there are fewer), newest first. */
async function newestInWindow(
  reads: Pick<WindowReads<unknown>, 'keysInRange' | 'keysAtInstant' | 'keysAnyTime'>,
  lo: Date,
  hi: Date,
  need: number,
): Promise<Keyed[]> {
  const whole = Math.max(need * WHOLE_WINDOW_FACTOR, MIN_WHOLE_WINDOW);
  const sample = (await reads.keysInRange(lo, hi, whole)).sort(compareNewestFirst);
  if (sample.length < whole) return sample.slice(0, need);
  // A full window: its sample holds at least `need` rows at or after the sample's need-th newest
  // time, so the newest `need` of the window are all there too. Narrowing to that time takes one
  // probe when the index returns its newest rows first, and follows clustered rows (a burst of
  // saves in one second) where halving the time would take many.
  const floorOfNewest = sample[need - 1]!.at;
  if (floorOfNewest.getTime() > lo.getTime()) return newestInWindow(reads, floorOfNewest, hi, need);
  const span = hi.getTime() - lo.getTime();
  // One millisecond: every row is at the same instant, ordered by id.
  if (span <= 1) return reads.keysAtInstant(lo, null, need);
  const mid = new Date(lo.getTime() + Math.floor(span / 2));
  const upper = await newestInWindow(reads, mid, hi, need);
  if (upper.length >= need) return upper;
  return [...upper, ...(await newestInWindow(reads, lo, mid, need - upper.length))];
}

/** First-window widths per filter, kept between calls (newestFirst's widthHint); a bounded map. */
export function widthHints(maxFilters = 500) {
  const widths = new Map<string, number>();
  return (filterKey: string) => ({
    get: () => widths.get(filterKey),
    set(width: number) {
      widths.delete(filterKey);
      widths.set(filterKey, width);
      if (widths.size > maxFilters) widths.delete(widths.keys().next().value as string);
    },
  });
}
