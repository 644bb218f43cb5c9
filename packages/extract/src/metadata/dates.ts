// publishedAt / modifiedAt: structured data first, then meta tags, microdata, <time>
// elements, visible date text near the headline, then the URL.

import { isFurniture } from '../clean/clean-tree.ts';
import { ancestors, classAndId, descendants, type ElementNode, findFirst, textOf } from '../dom/tree.ts';
import type { Provenance } from '../types.ts';
import { localiseUtc } from './local-day.ts';
import type { HeadData } from './meta-tags.ts';
import { MODIFIED_META, PUBLISHED_META } from './metadata-keys.ts';
import {
  type DateContext,
  type ParsedDate,
  parseMachineDate,
  parseTextDate,
  parseUrlDate,
} from './parse-date.ts';
import { headlineAncestors, insideNonArticle, insideRelated } from './regions.ts';

export interface DateResult {
  date: ParsedDate;
  provenance: Provenance;
}

const DATE_NAME =
  /(?:date|time|publish|posted|pubdate|dateline|byline|author|meta|datum|fecha|data|zeit|info|stamp)/i;
/** How many texts after the headline (the first <h1>, else <h2>) are read for a date line.
 * meta-dev/htmldate day accuracy: 20 → 0.843, 40 → 0.855, 80 → 0.861, 120 → 0.861 with lower
 * precision. Re-check with `npm run bench:extract`. */
const MAX_HEADLINE_TEXTS = 80;
const DATE_ATTRIBUTES = [
  'datetime',
  'title',
  'content',
  'data-date',
  'data-time',
  'data-published',
  'data-datetime',
];
const UPDATE_WORD =
  /(?:updated|modified|änderung|aktualisiert|geändert|mis à jour|modifié|actualizado|aggiornato)/i;
const PUBLISH_WORD =
  /(?:published|posted|written|erschienen|veröffentlicht|publiziert|erstellt|geschrieben|publié|publicado|pubblicato)/i;
/** Visible date text is read only from short elements (a date line, not a paragraph). */
const MAX_DATE_TEXT = 120;
/** Text after the headline is read as a date line up to this length, longer text only in
 * its first DATE_OPENING characters. Reading whole texts gave meta-dev/htmldate 0.837 (dates
 * mentioned in sentences), lines only 0.833, lines plus openings 0.841; the length itself is
 * flat from 60 to 120. Re-check with `npm run bench:extract`. */
const MAX_DATE_LINE = 80;
const DATE_OPENING = 30;
function fromMeta(head: HeadData, keys: readonly string[], ctx: DateContext): DateResult | null {
  for (const key of keys) {
    for (const value of head.meta.get(key) ?? []) {
      const date = parseMachineDate(value, ctx);
      if (date)
        return {
          date,
          provenance: key.startsWith('og:') || key.startsWith('article:') ? 'opengraph' : 'meta',
        };
    }
  }
  return null;
}

function fromMicrodata(root: ElementNode, prop: string, ctx: DateContext): DateResult | null {
  for (const el of descendants(root)) {
    if (el.attrs.itemprop !== prop || el.tag === 'meta') continue;
    const value = el.attrs.datetime ?? el.attrs.content ?? textOf(el);
    const date = parseMachineDate(value, ctx);
    if (date) return { date, provenance: 'microdata' };
  }
  return null;
}

function fromTimeElements(scope: ElementNode, ctx: DateContext, own: Set<ElementNode>): DateResult | null {
  let first: DateResult | null = null;
  for (const el of descendants(scope)) {
    if (el.tag !== 'time' || insideRelated(el, own)) continue;
    const value = el.attrs.datetime;
    const machine = value ? parseMachineDate(value, ctx) : null;
    // The day the page shows wins over a machine value for another day ("Publié le 29 juin
    // 2019" with datetime="2019-07-03T10:18:46Z", a CMS's last-save time).
    const shown = parseTextDate(textOf(el), ctx);
    const date =
      machine && (!shown || localDay(shown) === localDay(machine) || !/\d{4}/.test(textOf(el)))
        ? machine
        : shown;
    if (!date) continue;
    const names = `${classAndId(el)} ${el.parent ? classAndId(el.parent) : ''}`;
    const isModified = /updated|modified|aktualisiert/i.test(names);
    if ('pubdate' in el.attrs || /publish|publication|pubdate|created/i.test(names))
      return { date, provenance: 'time-element' };
    if (!first && !isModified) first = { date, provenance: 'time-element' };
  }
  return first;
}

const localDay = (d: ParsedDate): string => d.iso.slice(0, 10);

/** An element's own text (its text children, not its descendants'), at most a date line's
 * worth of characters per child. */
function ownText(el: ElementNode): string {
  let out = '';
  for (const child of el.children) if (child.kind === 'text') out += ` ${child.data.trim().slice(0, 200)}`;
  return out.trim();
}

/** The visible text of the first <time> element of the article (not its machine value). */
function timeElementText(scope: ElementNode, ctx: DateContext, own: Set<ElementNode>): ParsedDate | null {
  for (const el of descendants(scope)) {
    if (el.tag !== 'time' || insideRelated(el, own)) continue;
    const date = parseTextDate(textOf(el), ctx);
    if (date) return date;
  }
  return null;
}

/** A date line naming both dates ("Letzte Änderung: 31.10.2023 … Erschienen am: 01.11.2023")
 * is read from its publication word on. */
function publicationPart(text: string): string {
  if (!UPDATE_WORD.test(text)) return text;
  const at = PUBLISH_WORD.exec(text);
  return at ? text.slice(at.index) : text;
}

function fromVisibleText(scope: ElementNode, ctx: DateContext, own: Set<ElementNode>): DateResult | null {
  for (const el of descendants(scope)) {
    const names = classAndId(el);
    // "updated" stays: WordPress themes mark the publication date with hAtom's "updated"
    // (meta-dev/htmldate: 0.849 with it, 0.847 without).
    if (!names || !DATE_NAME.test(names) || /modified/i.test(names)) continue;
    if (insideRelated(el, own)) continue;
    // A machine date in an attribute of a date element (<span class="updated" title="2013-…">).
    for (const name of DATE_ATTRIBUTES) {
      const value = el.attrs[name];
      if (value && /^\s*\d{4}-\d{2}-\d{2}/.test(value)) {
        const date = parseMachineDate(value, ctx);
        if (date) return { date, provenance: 'visible-text' };
      }
    }
    const text = textOf(el);
    if (!text || text.length > MAX_DATE_TEXT) continue;
    const date = parseTextDate(publicationPart(text), ctx);
    if (date) return { date, provenance: 'visible-text' };
  }
  return null;
}

/** Date lines just before the headline ("21.01.2022" above the <h1>) are read when none
 * follows it. meta-dev/htmldate: none 0.891, 1 or 3 texts 0.893; re-check with `npm run bench:extract`. */
const BEFORE_HEADLINE_TEXTS = 3;

/** The first date written near the headline: the text after the first <h1>, else a short
 * date line right before it. */
function nearHeadline(root: ElementNode, ctx: DateContext): DateResult | null {
  let seenH1 = false;
  let inspected = 0;
  const before: string[] = [];
  const headingTag = findFirst(root, (e) => e.tag === 'h1') ? 'h1' : 'h2';
  const lineBefore = (): DateResult | null => {
    for (const text of before.slice(-BEFORE_HEADLINE_TEXTS).reverse()) {
      const date = text.length <= MAX_DATE_LINE ? parseTextDate(text, ctx) : null;
      if (date) return { date, provenance: 'visible-text' };
    }
    return null;
  };
  for (const el of descendants(root)) {
    if (el.tag === headingTag) {
      seenH1 = true;
      continue;
    }
    // Scripts' comments and strings are not date lines ("/* Werkstatt 728x90, Erstellt 02.06.10 */").
    if (el.tag === 'script' || el.tag === 'style' || el.tag === 'noscript') continue;
    if (isFurniture(el)) {
      // A post footer is read only for a line that says it dates the article ("Dieser Artikel
      // wurde am 14. Dezember 2015 um 14:48 von <a>…</a> geschrieben").
      const line = seenH1 ? ownText(el) : '';
      const date = PUBLISH_WORD.test(line) ? parseTextDate(line, ctx) : null;
      if (date && inspected < MAX_HEADLINE_TEXTS) return { date, provenance: 'visible-text' };
      continue;
    }
    for (const child of el.children) {
      if (child.kind !== 'text') continue;
      const text = child.data.trim();
      if (text.length < 6) continue;
      if (!seenH1) {
        before.push(text);
        if (before.length > 2 * BEFORE_HEADLINE_TEXTS) before.splice(0, BEFORE_HEADLINE_TEXTS);
        continue;
      }
      if (++inspected > MAX_HEADLINE_TEXTS) return lineBefore();
      if (UPDATE_WORD.test(text.slice(0, DATE_OPENING))) continue;
      // A date line, or a date opening a text ("12.03.2020 – Berlin. …"), not a date
      // mentioned in a sentence of the article.
      // A long text is read whole only when it says it dates the article ("Dieser Artikel
      // wurde am 14. Dezember 2015 um 14:48 von … geschrieben").
      const line =
        text.length <= MAX_DATE_LINE || PUBLISH_WORD.test(text) ? text : text.slice(0, DATE_OPENING);
      const date = parseTextDate(line, ctx);
      // Not from comments, a "most read" tab pane or navigation (meta-dev/htmldate 0.934 →
      // 0.936; the wider insideRelated test here lost 6 pages net to "more"/"widget" wrappers).
      if (date && !insideNonArticle(el)) return { date, provenance: 'visible-text' };
    }
  }
  return seenH1 ? lineBefore() : null;
}

export function extractDates(
  root: ElementNode,
  head: HeadData,
  jsonLd: Record<string, unknown> | null,
  anyLdDate: string | null,
  url: string,
  ctx: DateContext,
  html: string,
): { published: DateResult | null; modified: DateResult | null } {
  const jsonDate = (key: string): DateResult | null => {
    const v = jsonLd?.[key];
    const value = Array.isArray(v) ? v[0] : v;
    if (typeof value !== 'string') return null;
    const date = parseMachineDate(value, ctx);
    return date ? { date, provenance: 'json-ld' } : null;
  };
  const article = findArticleScope(root);
  const own = headlineAncestors(root);
  const anyLd = anyLdDate ? parseMachineDate(anyLdDate, ctx) : null;
  let published =
    jsonDate('datePublished') ??
    fromMeta(head, PUBLISHED_META, ctx) ??
    fromMicrodata(root, 'datePublished', ctx) ??
    fromTimeElements(article, ctx, own) ??
    fromVisibleText(article, ctx, own) ??
    (article !== root ? (fromTimeElements(root, ctx, own) ?? fromVisibleText(root, ctx, own)) : null) ??
    nearHeadline(root, ctx) ??
    // A non-article JSON-LD object's date (HowTo, forum thread) only when the page shows none:
    // before the visible dates it took a thread's first post (meta-dev/htmldate 0.932 → 0.934).
    (anyLd ? { date: anyLd, provenance: 'json-ld' } : null) ??
    fromScriptData(html, ctx) ??
    jsonDate('dateCreated') ??
    urlDate(url, ctx);
  // A full date in the URL is the publisher's own record of the day; a date read from the
  // page's text that disagrees with it is another date (a sidebar, an event, an update).
  const fromUrl =
    published?.provenance === 'visible-text' || published?.provenance === 'time-element'
      ? urlDate(url, ctx)
      : null;
  if (fromUrl && published && fromUrl.date.iso.slice(0, 10) !== published.date.iso.slice(0, 10))
    published = fromUrl;
  // A meta tag more than a day away from the article's own <time> element is a CMS's other
  // date (indexing, first draft). Only meta tags: JSON-LD or visible text as the second
  // opinion lost more pages than they won (meta-dev/htmldate 0.928 → 0.924 each).
  if (published && (published.provenance === 'meta' || published.provenance === 'opengraph')) {
    const shown = fromTimeElements(article, ctx, own);
    if (shown && Math.abs(shown.date.ms - published.date.ms) > 86_400_000) published = shown;
  }
  if (published) {
    // Visible dates read as written (no zone, no fetch limit), to compare wall times.
    const asWritten: DateContext = {
      notAfter: Number.POSITIVE_INFINITY,
      monthFirst: ctx.monthFirst ?? false,
    };
    const visible = (): ParsedDate | null =>
      timeElementText(article, asWritten, own) ??
      fromVisibleText(article, asWritten, own)?.date ??
      nearHeadline(root, asWritten)?.date ??
      null;
    published = { ...published, date: localiseUtc(published.date, html, visible, ctx.timezone) };
  }
  let modified =
    jsonDate('dateModified') ??
    fromMeta(head, MODIFIED_META, ctx) ??
    fromMicrodata(root, 'dateModified', ctx);
  if (modified && published && modified.date.ms < published.date.ms) modified = null;
  return { published, modified };
}

/** Publication keys in a page's script data (Next.js/React state, analytics objects) with an
 * ISO value: "publishedDate":"2016-11-04T20:37:27Z". Read when the markup has no date. */
const SCRIPT_DATE =
  /["'](?:datePublished|publishedDate|publishDate|publish_date|published_at|publishedAt|firstPublished|firstPublishedDate|pubDate|created_at|createdAt)["']\s*:\s*["'](\d{4}-\d{2}-\d{2}[^"']{0,30})["']/;

function fromScriptData(html: string, ctx: DateContext): DateResult | null {
  const m = SCRIPT_DATE.exec(html);
  const date = m ? parseMachineDate(m[1]!, ctx) : null;
  return date ? { date, provenance: 'script-data' } : null;
}

function urlDate(url: string, ctx: DateContext): DateResult | null {
  const date = parseUrlDate(url, ctx);
  return date ? { date, provenance: 'url' } : null;
}

/** The <article> (or <main>) that holds the first <h1>, where the article's own dates are. */
function findArticleScope(root: ElementNode): ElementNode {
  for (const el of descendants(root)) {
    if (el.tag !== 'h1') continue;
    for (const a of ancestors(el)) if (a.tag === 'article' || a.tag === 'main') return a;
    break;
  }
  return root;
}
