// "Read also" / "Related" lists: their items become related links (headline, link, time),
// read from the raw page before cleaning removes them from the body.

import { RELATED_HEADING } from '../clean/boilerplate-patterns.ts';
import { ancestors, classAndId, descendants, type ElementNode, findFirst, textOf } from '../dom/tree.ts';
import type { DateContext } from '../metadata/parse-date.ts';
import { parseTextDate } from '../metadata/parse-date.ts';
import type { RelatedLink } from '../types.ts';
import { absoluteUrl } from './urls.ts';

const RELATED_NAME =
  /(?:^|[-_\s])(?:related|read-?also|also-?read|see-?also|more-?from|more-?on|related-?news|related-?articles|related-?posts)(?:$|[-_\s])/i;
/** A related headline has at least this many characters ("More" or "1" are not headlines). */
const MIN_HEADLINE = 12;
const MAX_RELATED = 30;
/** A related list has at most this many elements (a 30-item list of cards with headline,
 * teaser, image and time stays in the low hundreds); set by hand, not tuned. */
const MAX_BLOCK_ELEMENTS = 1500;

function larger(el: ElementNode, limit: number): boolean {
  let count = 0;
  for (const _ of descendants(el)) if (++count > limit) return true;
  return false;
}

function isHeadingLike(el: ElementNode): boolean {
  if (/^h[2-6]$/.test(el.tag)) return true;
  if (el.children.length === 0) return false;
  return (
    el.children.every((c) => c.kind === 'text') &&
    (el.tag === 'div' || el.tag === 'span' || el.tag === 'p' || el.tag === 'strong')
  );
}

function relatedBlocks(root: ElementNode): ElementNode[] {
  const blocks: ElementNode[] = [];
  for (const el of descendants(root)) {
    const names = classAndId(el);
    if (names && RELATED_NAME.test(names)) {
      blocks.push(el);
      continue;
    }
    if (isHeadingLike(el) && RELATED_HEADING.test(textOf(el))) {
      // The list is the element after the heading when it holds links ("Читайте также" +
      // <ul>), else the heading's parent (a box with the heading and its items).
      const parent = el.parent;
      if (!parent) continue;
      const index = parent.children.indexOf(el);
      const next = parent.children.slice(index + 1).find((c) => c.kind === 'element');
      if (next && next.kind === 'element' && findFirst(next, (d) => d.tag === 'a')) blocks.push(next);
      else if (findFirst(parent, (d) => d.tag === 'a')) blocks.push(parent);
    }
  }
  // Keep outermost blocks only, and only list-sized ones: a page wrapper named
  // "has-related-posts" is not a related list (and would make the item search quadratic).
  const set = new Set(blocks);
  return blocks.filter((b) => !ancestors(b).some((a) => set.has(a)) && !larger(b, MAX_BLOCK_ELEMENTS));
}

export function extractRelated(root: ElementNode, pageUrl: string, ctx: DateContext): RelatedLink[] {
  const out: RelatedLink[] = [];
  const seen = new Set<string>([pageUrl]);
  for (const block of relatedBlocks(root)) {
    for (const anchor of descendants(block)) {
      if (anchor.tag !== 'a') continue;
      const url = absoluteUrl(anchor.attrs.href ?? '', pageUrl);
      const title = textOf(anchor);
      if (!url || seen.has(url) || title.length < MIN_HEADLINE) continue;
      seen.add(url);
      const link: RelatedLink = { title, url };
      const item = itemOf(anchor, block);
      const time = findFirst(item, (d) => d.tag === 'time');
      const dateText = time?.attrs.datetime ?? textOf(item).replace(title, ' ');
      const date = parseTextDate(dateText, ctx);
      if (date) link.publishedAt = date.iso;
      out.push(link);
      if (out.length >= MAX_RELATED) return out;
    }
  }
  return out;
}

/** The item element of an anchor: its largest ancestor inside the list block that holds no
 * other headline link (an <li> or a card with the headline, teaser and time). */
function itemOf(anchor: ElementNode, block: ElementNode): ElementNode {
  let item = anchor;
  while (item.parent && item.parent !== block && countHeadlineLinks(item.parent) <= 1) item = item.parent;
  return item;
}

function countHeadlineLinks(el: ElementNode): number {
  let count = 0;
  for (const d of descendants(el))
    if (d.tag === 'a' && textOf(d).length >= MIN_HEADLINE && ++count > 1) break;
  return count;
}
