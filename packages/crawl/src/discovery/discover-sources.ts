// Finding a site's feeds and sitemaps when the operator did not list them: the front page's
// <link rel="alternate"> tags and the `Sitemap:` lines of robots.txt.
import { Parser } from 'htmlparser2';
import { parseRobotsTxt } from '../robots/robots-rules.ts';
import { absoluteUrl } from './xml.ts';

export interface DiscoveredFeed {
  url: string;
  format: 'rss' | 'atom' | 'json';
  title: string | null;
}

const FEED_TYPES: Record<string, DiscoveredFeed['format']> = {
  'application/rss+xml': 'rss',
  'application/rdf+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'json',
  'application/json': 'json',
};

/** Feeds a page announces with `<link rel="alternate" type="…" href>`, resolved against <base>. */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const feeds: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  let base = pageUrl;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'base' && attributes.href) base = absoluteUrl(attributes.href, pageUrl) ?? base;
        if (name !== 'link') return;
        const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
        const format = FEED_TYPES[(attributes.type ?? '').toLowerCase().split(';')[0]!.trim()];
        if (!rel.includes('alternate') || !format) return;
        const url = absoluteUrl(attributes.href ?? null, base);
        if (!url || seen.has(url)) return;
        seen.add(url);
        feeds.push({ url, format, title: attributes.title?.trim() || null });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return feeds;
}

/** Absolute sitemap URLs from a robots.txt body (relative lines resolved against it). */
export function sitemapsFromRobotsTxt(text: string, robotsUrl: string): string[] {
  const listed = parseRobotsTxt(robotsUrl, text, '*').sitemaps();
  const urls = listed.flatMap((line) => absoluteUrl(line, robotsUrl) ?? []);
  return [...new Set(urls)];
}

/**
 * Where news sites conventionally put feeds and sitemaps, for probing when neither the front
 * page nor robots.txt names any (WordPress, Drupal, Joomla and news CMS defaults).
 */
export const CONVENTIONAL_DISCOVERY_PATHS: readonly string[] = [
  '/sitemap.xml',
  '/sitemap_index.xml',
  '/news-sitemap.xml',
  '/sitemap-news.xml',
  '/feed',
  '/rss',
  '/rss.xml',
  '/feed.xml',
  '/atom.xml',
];
