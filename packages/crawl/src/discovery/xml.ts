// Shared XML reading for feeds and sitemaps: one parser configuration and small accessors
// over the loose object tree fast-xml-parser produces.
import { XMLParser } from 'fast-xml-parser';

/** Elements that may repeat and so are always read as arrays. */
const REPEATED = new Set(['item', 'entry', 'link', 'url', 'sitemap', 'category', 'author', 'image']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Namespaces are matched by local name: `news:news`, `dc:date` and `atom:link` keep
  // working whatever prefix a site binds them to.
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

export type XmlNode = Record<string, unknown>;

export function parseXml(text: string): XmlNode {
  return parser.parse(text) as XmlNode;
}

export function children(node: unknown, name: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as XmlNode)[name];
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) =>
    typeof item === 'object' && item !== null ? (item as XmlNode) : { '#text': item },
  );
}

export function child(node: unknown, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** The text of an element (its own text, or `#text` beside attributes), cleaned; null when empty. */
export function textOf(node: unknown, name?: string): string | null {
  const target = name === undefined ? node : child(node, name);
  if (target === undefined || target === null) return null;
  const raw = typeof target === 'object' ? (target as XmlNode)['#text'] : target;
  if (raw === undefined || raw === null) return null;
  const text = cleanText(String(raw));
  return text === '' ? null : text;
}

export function attr(node: unknown, name: string): string | null {
  if (!node || typeof node !== 'object') return null;
  const value = (node as XmlNode)[`@_${name}`];
  return value === undefined || value === null ? null : String(value);
}

/**
 * Titles arrive with markup in CDATA and with entities the XML layer leaves alone
 * (`&#8217;`, `&nbsp;`, double-escaped `&amp;#8217;`): decode those, drop tags, tidy spaces.
 */
export function cleanText(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => safeCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => safeCodePoint(Number.parseInt(dec, 10)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function safeCodePoint(code: number): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/** A date as ISO 8601 UTC, or null. Accepts RFC 822 (RSS), RFC 3339 (Atom, sitemaps) and plain dates. */
export function isoDate(text: string | null): string | null {
  if (!text) return null;
  const at = Date.parse(text.trim());
  return Number.isNaN(at) ? null : new Date(at).toISOString();
}

/** An absolute http(s) URL resolved against `base`, or null. */
export function absoluteUrl(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
