// Every link on a page (absolute, deduplicated, with anchor text): what a listing page
// offers the crawler.
import { descendants, type ElementNode, textOf } from '../dom/tree.ts';
import type { PageLink } from '../types.ts';
import { absoluteUrl } from './urls.ts';

/** Bounds the output of pathological pages; real front pages have a few hundred links. */
const MAX_LINKS = 2000;

export function extractPageLinks(root: ElementNode, pageUrl: string): PageLink[] {
  const out: PageLink[] = [];
  const index = new Map<string, number>();
  for (const el of descendants(root)) {
    if (el.tag !== 'a') continue;
    const url = absoluteUrl(el.attrs.href ?? '', pageUrl);
    if (!url) continue;
    const text = textOf(el) || (el.attrs.title ?? '').trim();
    const known = index.get(url);
    if (known !== undefined) {
      // Keep the longest anchor text: a headline beats "Read more".
      if (text.length > out[known]!.text.length) out[known]!.text = text;
      continue;
    }
    index.set(url, out.length);
    out.push({ url, text });
    if (out.length >= MAX_LINKS) break;
  }
  return out;
}
