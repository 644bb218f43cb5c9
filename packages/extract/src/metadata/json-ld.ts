// Structured data: the page's JSON-LD article object (NewsArticle, BlogPosting, …).
import { decodeEntities } from '../dom/entities.ts';
import { descendants, type ElementNode } from '../dom/tree.ts';
import { ACCOUNT_PROFILE } from './metadata-keys.ts';

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|TechArticle|ScholarlyArticle|SatiricalArticle|Report|WebPage|SocialMediaPosting|VideoObject|PodcastEpisode)$/i;

export interface JsonLdArticle {
  /** The article object; null when the page's JSON-LD has only a dated non-article object. */
  object: Record<string, unknown> | null;
  /** True for an *Article type, false for a WebPage-like fallback. */
  isArticle: boolean;
  publisherName: string | null;
  /** The first datePublished of any JSON-LD object (a HowTo, Recipe or Review is dated too),
   * for pages whose article object has none or that have no article object. */
  anyDatePublished: string | null;
  /** Every @type of every JSON-LD object on the page (page-type signals: WebPage, AboutPage, …). */
  types: string[];
}

function typesOf(obj: Record<string, unknown>): string[] {
  const t = obj['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function collectObjects(value: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, out, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  out.push(obj);
  if (obj['@graph']) collectObjects(obj['@graph'], out, depth + 1);
  if (obj.mainEntity) collectObjects(obj.mainEntity, out, depth + 1);
}

function parseScript(text: string): unknown {
  const trimmed = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\*<!\[CDATA\[\*\/|\/\*\]\]>\*\/$/g, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      // Control characters inside strings are a common JSON-LD defect.
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

export function findJsonLdArticle(root: ElementNode): JsonLdArticle | null {
  const objects: Record<string, unknown>[] = [];
  for (const el of descendants(root)) {
    if (el.tag !== 'script' || !/ld\+json/i.test(el.attrs.type ?? '')) continue;
    const text = el.children.map((c) => (c.kind === 'text' ? c.data : '')).join('');
    collectObjects(parseScript(text), objects);
  }
  let fallback: Record<string, unknown> | null = null;
  let article: Record<string, unknown> | null = null;
  let publisherName: string | null = null;
  let anyDatePublished: string | null = null;
  const allTypes = new Set<string>();
  for (const obj of objects) {
    const types = typesOf(obj);
    for (const t of types) allTypes.add(t);
    if (typeof obj.datePublished === 'string') anyDatePublished ??= obj.datePublished;
    if (
      types.some((t) => /^(?:Organization|NewsMediaOrganization|WebSite)$/i.test(t)) &&
      typeof obj.name === 'string'
    )
      publisherName ??= obj.name;
    if (!types.some((t) => ARTICLE_TYPES.test(t))) continue;
    const isArticle = types.some((t) => /Article|Posting|Report/i.test(t));
    if (isArticle && !article && (obj.headline || obj.datePublished || obj.articleBody)) article = obj;
    else if (!fallback && (obj.headline || obj.datePublished)) fallback = obj;
  }
  const chosen = article ?? fallback;
  const types = [...allTypes];
  if (!chosen) {
    if (anyDatePublished) return { object: null, isArticle: false, publisherName, anyDatePublished, types };
    return types.length > 0
      ? { object: null, isArticle: false, publisherName: null, anyDatePublished, types }
      : null;
  }
  const publisher = chosen.publisher as Record<string, unknown> | undefined;
  if (publisher && typeof publisher === 'object' && typeof publisher.name === 'string')
    publisherName = publisher.name;
  return { object: chosen, isArticle: article !== null, publisherName, anyDatePublished, types };
}

/** A string property, or the first string of an array, or an object's `name`. */
export function stringProp(obj: Record<string, unknown>, key: string): string | null {
  const v = obj[key];
  if (typeof v === 'string') return decodeEntities(v).trim() || null;
  if (Array.isArray(v)) {
    for (const item of v) if (typeof item === 'string' && item.trim()) return decodeEntities(item).trim();
    return null;
  }
  if (v && typeof v === 'object' && typeof (v as Record<string, unknown>).name === 'string')
    return decodeEntities((v as Record<string, unknown>).name as string).trim() || null;
  return null;
}

/** Names of the author property: strings, or objects with a name. */
export function authorNames(obj: Record<string, unknown>): { name: string; isPerson: boolean }[] {
  const raw = obj.author ?? obj.creator;
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  const out: { name: string; isPerson: boolean }[] = [];
  for (const item of list) {
    if (typeof item === 'string') out.push({ name: decodeEntities(item), isPerson: true });
    else if (item && typeof item === 'object') {
      const a = item as Record<string, unknown>;
      const name = typeof a.name === 'string' ? a.name : Array.isArray(a.name) ? a.name.join(' ') : null;
      const types = typesOf(a);
      const profile = [a.url, a['@id']].find((v): v is string => typeof v === 'string') ?? '';
      // A CMS account ("…/author/admin/") stands for whoever posted, not the author.
      if (ACCOUNT_PROFILE.test(profile)) continue;
      if (name)
        out.push({ name: decodeEntities(name), isPerson: !types.some((t) => /Organization/i.test(t)) });
    }
  }
  return out;
}

export function imageUrl(obj: Record<string, unknown>): string | null {
  const v = obj.image ?? obj.thumbnailUrl;
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object') {
    const url = (first as Record<string, unknown>).url ?? (first as Record<string, unknown>)['@id'];
    if (typeof url === 'string') return url;
  }
  return null;
}
