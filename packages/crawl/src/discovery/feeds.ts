// RSS 2.0 (and 0.9x/1.0 RDF), Atom and JSON Feed: the article links a news site announces.
import { absoluteUrl, attr, child, children, isoDate, parseXml, textOf, type XmlNode } from './xml.ts';

export interface FeedItem {
  url: string;
  title: string | null;
  /** ISO 8601 UTC. */
  publishedAt: string | null;
  updatedAt: string | null;
  summary: string | null;
  /** The feed's own id for the item (guid, Atom id, JSON Feed id). */
  id: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'json';
  title: string | null;
  /** The site the feed belongs to, when it says. */
  siteUrl: string | null;
  items: FeedItem[];
}

export class FeedParseError extends Error {
  override name = 'FeedParseError';
}

/** Parses a feed of any of the three formats; items without a usable link are left out. */
export function parseFeed(text: string, feedUrl: string): ParsedFeed {
  const start = text.trimStart().replace(/^\uFEFF/, '');
  if (start.startsWith('{')) return parseJsonFeed(start, feedUrl);
  let doc: XmlNode;
  try {
    doc = parseXml(start);
  } catch (error) {
    throw new FeedParseError(`not a feed: ${(error as Error).message}`);
  }
  if (doc.rss) return parseRss(child(doc, 'rss')!, feedUrl);
  if (doc.RDF) return parseRdf(child(doc, 'RDF')!, feedUrl);
  if (doc.feed) return parseAtom(child(doc, 'feed')!, feedUrl);
  throw new FeedParseError('not a feed: no rss, rdf or feed root element');
}

function parseRss(rss: XmlNode, feedUrl: string): ParsedFeed {
  const channel = child(rss, 'channel');
  const items = children(channel, 'item').flatMap((item) => {
    const guid = child(item, 'guid');
    const guidIsLink = guid !== undefined && attr(guid, 'isPermaLink') !== 'false';
    const url = absoluteUrl(rssLink(item) ?? (guidIsLink ? textOf(guid) : null), feedUrl);
    if (!url) return [];
    return [
      {
        url,
        title: textOf(item, 'title'),
        publishedAt: isoDate(textOf(item, 'pubDate') ?? textOf(item, 'date')),
        updatedAt: isoDate(textOf(item, 'updated') ?? textOf(item, 'modified')),
        summary: textOf(item, 'description'),
        id: textOf(guid),
      },
    ];
  });
  return {
    format: 'rss',
    title: textOf(channel, 'title'),
    siteUrl: absoluteUrl(rssLink(channel), feedUrl),
    items,
  };
}

// RSS <link> is text; an <atom:link rel="self" href> beside it (prefix removed) is not the page.
function rssLink(node: XmlNode | undefined): string | null {
  for (const link of children(node, 'link')) {
    const text = textOf(link);
    if (text) return text;
  }
  return null;
}

function parseRdf(rdf: XmlNode, feedUrl: string): ParsedFeed {
  const items = children(rdf, 'item').flatMap((item) => {
    const url = absoluteUrl(textOf(item, 'link') ?? attr(item, 'about'), feedUrl);
    if (!url) return [];
    return [
      {
        url,
        title: textOf(item, 'title'),
        publishedAt: isoDate(textOf(item, 'date')),
        updatedAt: null,
        summary: textOf(item, 'description'),
        id: attr(item, 'about'),
      },
    ];
  });
  const channel = child(rdf, 'channel');
  return {
    format: 'rss',
    title: textOf(channel, 'title'),
    siteUrl: absoluteUrl(textOf(channel, 'link'), feedUrl),
    items,
  };
}

function parseAtom(feed: XmlNode, feedUrl: string): ParsedFeed {
  const base = attr(feed, 'base') ? (absoluteUrl(attr(feed, 'base'), feedUrl) ?? feedUrl) : feedUrl;
  const items = children(feed, 'entry').flatMap((entry) => {
    const url = absoluteUrl(atomLink(entry), base);
    if (!url) return [];
    const published = isoDate(textOf(entry, 'published') ?? textOf(entry, 'issued'));
    const updated = isoDate(textOf(entry, 'updated') ?? textOf(entry, 'modified'));
    return [
      {
        url,
        title: textOf(entry, 'title'),
        publishedAt: published ?? updated,
        updatedAt: updated,
        summary: textOf(entry, 'summary') ?? textOf(entry, 'content'),
        id: textOf(entry, 'id'),
      },
    ];
  });
  return { format: 'atom', title: textOf(feed, 'title'), siteUrl: absoluteUrl(atomLink(feed), base), items };
}

// Atom: the rel="alternate" link (rel defaults to alternate) is the page.
function atomLink(node: XmlNode): string | null {
  const links = children(node, 'link');
  const alternate = links.find((link) => (attr(link, 'rel') ?? 'alternate') === 'alternate');
  return attr(alternate, 'href');
}

interface JsonFeedItem {
  id?: unknown;
  url?: unknown;
  external_url?: unknown;
  title?: unknown;
  summary?: unknown;
  content_text?: unknown;
  date_published?: unknown;
  date_modified?: unknown;
}

function parseJsonFeed(text: string, feedUrl: string): ParsedFeed {
  let doc: { version?: unknown; title?: unknown; home_page_url?: unknown; items?: unknown };
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new FeedParseError(`not a JSON feed: ${(error as Error).message}`);
  }
  if (typeof doc.version !== 'string' || !doc.version.startsWith('https://jsonfeed.org/version/')) {
    throw new FeedParseError('not a JSON feed: no jsonfeed.org version');
  }
  const str = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
  const items = (Array.isArray(doc.items) ? (doc.items as JsonFeedItem[]) : []).flatMap((item) => {
    const url = absoluteUrl(str(item.url) ?? str(item.external_url), feedUrl);
    if (!url) return [];
    return [
      {
        url,
        title: str(item.title),
        publishedAt: isoDate(str(item.date_published)),
        updatedAt: isoDate(str(item.date_modified)),
        summary: str(item.summary) ?? str(item.content_text),
        id: item.id === undefined || item.id === null ? null : String(item.id),
      },
    ];
  });
  return {
    format: 'json',
    title: str(doc.title),
    siteUrl: absoluteUrl(str(doc.home_page_url), feedUrl),
    items,
  };
}
