// Where fetched robots.txt files are kept between checks. Entries are plain data so a
// shared (Redis) implementation can store them as JSON; the in-memory one is per process.

/** A robots.txt as found: its text, or the state that stands in for it. */
export interface RobotsEntry {
  state: 'ok' | 'allow_all' | 'disallow_all';
  /** The body when state is 'ok'. */
  text: string;
  /** The robots.txt URL it was fetched from (matters for relative Sitemap: lines). */
  url: string;
  fetchedAt: number;
}

export interface RobotsCache {
  get(origin: string): Promise<RobotsEntry | undefined>;
  set(origin: string, entry: RobotsEntry, ttlMs: number): Promise<void>;
}

export class MemoryRobotsCache implements RobotsCache {
  private readonly entries = new Map<string, { entry: RobotsEntry; expiresAt: number }>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  /** `maxEntries` bounds memory: a crawler of a few thousand sources never evicts a live one. */
  constructor(options: { maxEntries?: number; now?: () => number } = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  async get(origin: string): Promise<RobotsEntry | undefined> {
    const hit = this.entries.get(origin);
    if (!hit) return undefined;
    if (hit.expiresAt <= this.now()) {
      this.entries.delete(origin);
      return undefined;
    }
    return hit.entry;
  }

  async set(origin: string, entry: RobotsEntry, ttlMs: number): Promise<void> {
    this.entries.delete(origin);
    this.entries.set(origin, { entry, expiresAt: this.now() + ttlMs });
    // Map keeps insertion order: the first key is the least recently written.
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
