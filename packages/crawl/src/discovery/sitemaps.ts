// Sitemaps (sitemaps.org 0.9): url sets, sitemap indexes, gzip files, plain-text lists, and
// Google News sitemaps whose entries carry the article's publication date and title.
import { gunzipSync } from 'node:zlib';
import { absoluteUrl, child, children, isoDate, parseXml, textOf, type XmlNode } from './xml.ts';

export interface NewsSitemapEntry {
  title: string | null;
  /** ISO 8601 UTC. */
  publishedAt: string | null;
  publicationName: string | null;
  language: string | null;
}

export interface SitemapUrl {
  url: string;
  lastModified: string | null;
  /** Present for Google News sitemap entries. */
  news: NewsSitemapEntry | null;
}

export type ParsedSitemap =
  | { kind: 'urlset'; urls: SitemapUrl[] }
  | { kind: 'index'; sitemaps: Array<{ url: string; lastModified: string | null }> };

export class SitemapParseError extends Error {
  override name = 'SitemapParseError';
}

/**
 * The protocol caps a sitemap at 50 MB uncompressed (sitemaps.org); anything that inflates
 * beyond that is refused rather than decompressed.
 */
export const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

/** Parses a sitemap from its bytes (gzip detected by magic number) or text. */
export function parseSitemap(content: Uint8Array | string, sitemapUrl: string): ParsedSitemap {
  const text = typeof content === 'string' ? content : sitemapText(content);
  const start = text.trimStart().replace(/^\uFEFF/, '');
  if (!start.startsWith('<')) return { kind: 'urlset', urls: plainTextUrls(start, sitemapUrl) };
  let doc: XmlNode;
  try {
    doc = parseXml(start);
  } catch (error) {
    throw new SitemapParseError(`not a sitemap: ${(error as Error).message}`);
  }
  if (doc.sitemapindex) {
    const sitemaps = children(child(doc, 'sitemapindex'), 'sitemap').flatMap((entry) => {
      const url = absoluteUrl(textOf(entry, 'loc'), sitemapUrl);
      return url ? [{ url, lastModified: isoDate(textOf(entry, 'lastmod')) }] : [];
    });
    return { kind: 'index', sitemaps };
  }
  if (doc.urlset) {
    const urls = children(child(doc, 'urlset'), 'url').flatMap((entry) => {
      const url = absoluteUrl(textOf(entry, 'loc'), sitemapUrl);
      return url ? [{ url, lastModified: isoDate(textOf(entry, 'lastmod')), news: newsEntry(entry) }] : [];
    });
    return { kind: 'urlset', urls };
  }
  throw new SitemapParseError('not a sitemap: no urlset or sitemapindex root element');
}

function newsEntry(entry: XmlNode): NewsSitemapEntry | null {
  const news = child(entry, 'news');
  if (!news) return null;
  const publication = child(news, 'publication');
  return {
    title: textOf(news, 'title'),
    publishedAt: isoDate(textOf(news, 'publication_date')),
    publicationName: textOf(publication, 'name'),
    language: textOf(publication, 'language'),
  };
}

function sitemapText(bytes: Uint8Array): string {
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  let raw = bytes;
  if (gzipped) {
    try {
      raw = gunzipSync(bytes, { maxOutputLength: MAX_SITEMAP_BYTES });
    } catch (error) {
      throw new SitemapParseError(`unreadable gzip sitemap: ${(error as Error).message}`);
    }
  }
  return new TextDecoder('utf-8').decode(raw);
}

// The protocol's text format: one URL per line, nothing else.
function plainTextUrls(text: string, sitemapUrl: string): SitemapUrl[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const url = /^https?:\/\//i.test(line.trim()) ? absoluteUrl(line, sitemapUrl) : null;
    return url ? [{ url, lastModified: null, news: null }] : [];
  });
}
