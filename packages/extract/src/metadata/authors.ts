// Authors: person (or agency) names from JSON-LD, meta tags, then visible bylines. Byline
// noise is removed: "By"/"Von" prefixes, e-mail addresses, dates, roles, "Staff",
// "Minute Read" and the site's own name.
import { ancestors, descendants, type ElementNode, findFirst, textOf } from '../dom/tree.ts';
import type { Provenance } from '../types.ts';
import {
  ACCOUNT_PROFILE,
  BYLINE_NAME,
  BYLINE_PREFIX,
  INTERFACE_LABEL,
  NAME_SEPARATOR,
  NOT_A_NAME,
  PUBLICATION_NAME,
} from './metadata-keys.ts';
import { headlineAncestors, insideRelated } from './regions.ts';

/** A name has at most this many words and characters (longer strings are sentences). */
const MAX_NAME_WORDS = 5;
const MAX_NAME_LENGTH = 60;

export interface AuthorsResult {
  authors: string[];
  provenance: Provenance;
  /** The publisher, newsroom or publication the page credits as author ("BBC News",
   * "Redaktion hessenschau.de", "ZEITmagazin"): not a person, so kept out of `authors`. */
  publisherCredit: string | null;
}

/** A newsroom credit ("BR24 Redaktion", "MM-Redaktion", "Redaktion hessenschau.de", "Reuters
 * Staff"); "Staff Writer" after a name is that person's role, no credit. */
const NEWSROOM =
  /(?:redaktion|redacción|rédaction|redazione|newsroom|editorial staff|staff(?!\s+(?:writer|reporter|correspondent|editor|photographer|columnist)s?(?![\p{L}])))(?![\p{L}])/iu;

function cleanName(raw: string): string {
  let name = raw;
  // Interface labels after the name ("Jane Doe Follow", "Anna Groß Folgen").
  for (let i = 0; i < 3 && INTERFACE_LABEL.test(name.trim()); i++)
    name = name.trim().replace(INTERFACE_LABEL, '');
  return name
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/\(.*?\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(BYLINE_PREFIX, '')
    .replace(/^[\s:,.\-–—|]+|[\s:,\-–—|]+$/g, '')
    .trim();
}

/** A domain or the site's own name. */
function isSite(name: string, siteNames: string[]): boolean {
  const lower = name.toLowerCase();
  return (
    /^https?:|www\.|\.\p{L}{2,3}(?:\/|\b|$)/iu.test(name) ||
    siteNames.some((s) => s !== '' && s.toLowerCase() === lower)
  );
}

function isName(name: string, siteNames: string[], sections: string[] = []): boolean {
  if (name.length < 2 || name.length > MAX_NAME_LENGTH) return false;
  // Digits, handles and labels ("Sendung: hr-INFO") are not part of a person's name.
  if (/[\d:]/.test(name) || name.startsWith('@')) return false;
  // A byline word left alone ("Von" before a newsroom that was dropped) is not a name.
  if (`${name} X`.replace(BYLINE_PREFIX, '') === 'X') return false;
  // URLs and domain names ("mdr.de", "ORF.at/Agenturen") are sites, not people.
  if (isSite(name, siteNames)) return false;
  // "red." / "red" is the German newsroom abbreviation (Redaktion).
  if (/^red\.?$/i.test(name)) return false;
  if (name.split(/\s+/).length > MAX_NAME_WORDS) return false;
  if (NOT_A_NAME.test(name)) return false;
  if (PUBLICATION_NAME.test(name)) return false;
  // The page's own section ("Politik", "Sport") in the byline is not a person.
  if (sections.some((s) => s.toLowerCase() === name.toLowerCase())) return false;
  if (!/\p{L}/u.test(name)) return false;
  return true;
}

/** A credited name that is the site, a newsroom or a publication rather than a person. */
function isPublisherCredit(name: string, siteNames: string[]): boolean {
  return (
    name.length >= 2 &&
    name.length <= MAX_NAME_LENGTH &&
    name.split(/\s+/).length <= MAX_NAME_WORDS &&
    // No dates, paths or e-mail addresses ("ElVallenc.cat - 23 Març 2020").
    !/\d{3,}|\d[./:]\d|[/@[\]]/.test(name) &&
    (isSite(name, siteNames) || NEWSROOM.test(name) || PUBLICATION_NAME.test(name))
  );
}

/** Split a byline into names and keep those that look like names. */
export function namesFromByline(byline: string, siteNames: string[], sections: string[] = []): string[] {
  return splitByline(byline, siteNames, sections).names;
}

function splitByline(
  byline: string,
  siteNames: string[],
  sections: string[],
): { names: string[]; credit: string | null } {
  const out: string[] = [];
  let credit: string | null = null;
  const cleaned = cleanName(byline);
  let siteCredit = false;
  for (const part of cleaned.split(NAME_SEPARATOR)) {
    const name = cleanName(part);
    if (isName(name, siteNames, sections)) {
      if (!out.some((n) => n.toLowerCase() === name.toLowerCase())) out.push(name);
    } else {
      if (isSite(name, siteNames)) siteCredit = true;
      if (!credit && isPublisherCredit(name, siteNames)) credit = name;
    }
  }
  if (out.length === 0 && isPublisherCredit(cleaned, siteNames)) credit = cleaned;
  // "hessenschau.de, Frankfurt, Germany": a site credit with its place, no person in it.
  if (siteCredit && out.every((n) => !/\s/.test(n))) return { names: [], credit };
  // "Anna Martel und Lea Wagner, Nairobi": a last single capitalised word after a comma,
  // following full names, is the dateline's place, not an author (agencies such as "dpa"
  // or "AFP" are lower- or upper-case and stay).
  const last = out[out.length - 1];
  if (
    out.length >= 2 &&
    last &&
    /^\p{Lu}\p{Ll}{3,}$/u.test(last) &&
    new RegExp(`,\\s*${last}\\s*$`).test(cleaned) &&
    out.slice(0, -1).every((n) => n.split(/\s+/).length >= 2)
  )
    out.pop();
  return { names: out, credit };
}

function visibleBylines(root: ElementNode): string[] {
  const out: string[] = [];
  let own: Set<ElementNode> | null = null;
  for (const el of descendants(root)) {
    const isAuthorProp = el.attrs.itemprop === 'author' || el.attrs.rel === 'author';
    if (!isAuthorProp && !el.attrs.class && !el.attrs.id) continue;
    // camelCase class names are words too: "metaInfoAuthorList" → "meta-Info-Author-List".
    const names = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2')
      .trim();
    if (!isAuthorProp && !(names && BYLINE_NAME.test(names))) continue;
    // Commenters and the authors of teasers in rails are not the article's authors.
    if (/comment/i.test(names)) continue;
    // Photo credits ("mediaBox__byline", a byline in a <figure>) name photographers.
    if (/media|image|photo|caption/i.test(names) || ancestors(el).some((a) => a.tag === 'figure')) continue;
    own ??= headlineAncestors(root);
    if (insideRelated(el, own)) continue;
    if (ACCOUNT_PROFILE.test(el.attrs.href ?? '')) continue;
    if (findFirst(el, (d) => d.tag === 'a' && ACCOUNT_PROFILE.test(d.attrs.href ?? ''))) continue;
    // The innermost name element is wanted: skip wrappers whose child is also a byline.
    let nameChild: ElementNode | null = null;
    for (const d of descendants(el)) {
      if (d.attrs.itemprop === 'name' || d.attrs.rel === 'author') {
        nameChild = d;
        break;
      }
    }
    const text = textOf(nameChild ?? el);
    if (text && text.length <= 200) out.push(text);
    if (out.length >= 6) break;
  }
  return out;
}

export function extractAuthors(
  root: ElementNode,
  jsonLdAuthors: { name: string; isPerson: boolean }[],
  metaAuthors: string[],
  siteNames: string[],
  html = '',
  sections: string[] = [],
): AuthorsResult | null {
  let publisherCredit: string | null = null;
  const split = (byline: string, isPerson = true): string[] => {
    const { names, credit } = splitByline(byline, siteNames, sections);
    // An Organization author is the publisher's credit when it is not an agency kept as a name.
    if (!isPerson && names.length === 0) publisherCredit ??= cleanName(byline) || null;
    publisherCredit ??= credit;
    return names;
  };
  // A structured "author" that the page credits as its editor ("Editor : Heryadi") is not
  // the author: the visible byline names who wrote it.
  const fromJsonLd = jsonLdAuthors
    .flatMap((a) => split(a.name, a.isPerson))
    .filter((name) => !creditedAsEditor(name, html));
  if (fromJsonLd.length > 0) return { authors: dedupe(fromJsonLd), provenance: 'json-ld', publisherCredit };
  const fromMeta = metaAuthors.filter((m) => !/^https?:/i.test(m)).flatMap((m) => split(m));
  if (fromMeta.length > 0) return { authors: dedupe(fromMeta), provenance: 'meta', publisherCredit };
  for (const byline of visibleBylines(root)) {
    const names = split(byline);
    if (names.length > 0) return { authors: names, provenance: 'byline', publisherCredit };
  }
  const credited = creditLine(root);
  if (credited.length > 0) return { authors: credited, provenance: 'byline', publisherCredit };
  return publisherCredit ? { authors: [], provenance: 'byline', publisherCredit } : null;
}

const EDITOR_LABEL = '(?:editor|redaktur|editado por|édité par|a cura di)';

function creditedAsEditor(name: string, html: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The label, then the name, with at most a few tags between ("Editor : <a …>Name</a>").
  return new RegExp(`${EDITOR_LABEL}\\s*:?\\s*(?:<[^>]{0,300}>\\s*){0,3}${escaped}\\b`, 'i').test(html);
}

/** A Chinese credit line without byline markup: "(责编：牛镛、岳弘彬)", "【作者：…】". */
const CJK_CREDIT = /^[（(【[]?\s*(?:责编|责任编辑|作者|记者|文)\s*[：:]\s*([^）)】\]]{2,40})[）)】\]]?$/u;
/** Only so many short texts are tried, so a page of text costs little. */
const MAX_CREDIT_TEXTS = 5000;

function creditLine(root: ElementNode): string[] {
  let seen = 0;
  for (const el of descendants(root)) {
    for (const child of el.children) {
      if (child.kind !== 'text' || child.data.length > 60) continue;
      if (++seen > MAX_CREDIT_TEXTS) return [];
      const m = CJK_CREDIT.exec(child.data.trim());
      if (m) return m[1]!.split(/[、，,;；\s]+/).filter((n) => n.length >= 2 && n.length <= 20);
    }
  }
  return [];
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
