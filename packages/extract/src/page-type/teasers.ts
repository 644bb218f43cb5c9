// Repeated teasers: headings (h2–h4) that are a link to another page with a headline-like
// anchor. A front page or section front is a grid of them; an article has a few in its rails.
import { descendants, type ElementNode, textOf } from '../dom/tree.ts';

const TEASER_HEADINGS = new Set(['h2', 'h3', 'h4']);
/** Headline-like: this many words, or this many characters of a script without spaces. */
const HEADLINE_WORDS = 4;
const HEADLINE_CJK_CHARS = 10;

function isHeadline(text: string): boolean {
  return (
    text.split(/\s+/).length >= HEADLINE_WORDS ||
    (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0) >=
      HEADLINE_CJK_CHARS
  );
}

export function countTeasers(root: ElementNode): number {
  let count = 0;
  for (const el of descendants(root)) {
    if (!TEASER_HEADINGS.has(el.tag)) continue;
    const heading = textOf(el);
    if (!heading || !isHeadline(heading)) continue;
    let link: ElementNode | null = el.parent?.tag === 'a' ? el.parent : null;
    if (!link) for (const d of descendants(el)) if (d.tag === 'a' && d.attrs.href) link = d;
    if (!link?.attrs.href || link.attrs.href.startsWith('#')) continue;
    // The link carries most of the heading: a teaser, not a heading with a link in it.
    if (textOf(link).length >= heading.length * 0.7 || link === el.parent) count++;
  }
  return count;
}
