import { urlShape } from '@newsflow/crawl';
import type { Redis } from 'ioredis';
import { crawlerKeys } from './redis-keys.ts';

// Shapes are read on every links message: held in process this long. A shape learned by
// another process is used at most this late.
const LOCAL_MS = 30_000;
// Bounds a source's shapes: a site's article URLs take a handful (one per section and form);
// past this many, a sitemap of arbitrary URLs is not teaching anything.
const MAX_SHAPES = 500;

/**
 * The article URL shapes of each source, learned from the URLs its feeds and sitemaps list
 * (urlShape: `/news/N/N/N/S`), shared by every crawler process. A link found on an article
 * page is followed only when it has one of them (or looks like a listing).
 */
export class RedisUrlShapes {
  private readonly redis: Redis;
  private readonly keys: ReturnType<typeof crawlerKeys>;
  private readonly local = new Map<string, { shapes: Set<string>; until: number }>();

  constructor(redis: Redis, prefix: string) {
    this.redis = redis;
    this.keys = crawlerKeys(prefix);
  }

  /** Counts the shapes of article URLs a feed or sitemap listed. */
  async learn(source: string, articleUrls: string[]): Promise<void> {
    const counts = new Map<string, number>();
    for (const url of articleUrls) {
      const shape = urlShape(url);
      if (shape) counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
    if (counts.size === 0) return;
    const key = this.keys.urlShapes(source, 'article');
    const known = await this.articleShapes(source);
    const multi = this.redis.multi();
    let size = known.size;
    for (const [shape, count] of counts) {
      if (!known.has(shape) && size >= MAX_SHAPES) continue;
      if (!known.has(shape)) size++;
      multi.hincrby(key, shape, count);
      known.add(shape);
    }
    await multi.exec();
    // This process sees its own lessons at once (another process within LOCAL_MS).
    this.local.set(source, { shapes: known, until: Date.now() + LOCAL_MS });
  }

  /** The source's learned article shapes (empty until a feed or sitemap was read). */
  async articleShapes(source: string): Promise<Set<string>> {
    const held = this.local.get(source);
    if (held && held.until > Date.now()) return held.shapes;
    const shapes = new Set(await this.redis.hkeys(this.keys.urlShapes(source, 'article')));
    if (this.local.size >= 10_000) this.local.clear();
    // An empty set is not held: the source's first feed or sitemap may be read any moment.
    if (shapes.size > 0) this.local.set(source, { shapes, until: Date.now() + LOCAL_MS });
    return shapes;
  }
}
