// <meta> and <link> values of the head (and body: some CMSs put them there), by lower-cased
// name/property/itemprop, in document order.
import { decodeEntities } from '../dom/entities.ts';
import { descendants, type ElementNode } from '../dom/tree.ts';

export interface HeadData {
  meta: Map<string, string[]>;
  canonical: string | null;
  htmlLang: string | null;
  titleElement: string | null;
}

export function readHead(root: ElementNode): HeadData {
  const meta = new Map<string, string[]>();
  let canonical: string | null = null;
  let htmlLang: string | null = null;
  let titleElement: string | null = null;
  for (const el of descendants(root)) {
    if (el.tag === 'meta') {
      const key = (el.attrs.property ?? el.attrs.name ?? el.attrs.itemprop ?? el.attrs['http-equiv'] ?? '')
        .toLowerCase()
        .trim();
      const content = el.attrs.content ?? el.attrs.datetime;
      if (!key || content === undefined) continue;
      const list = meta.get(key) ?? [];
      list.push(decodeEntities(content.trim()));
      meta.set(key, list);
    } else if (el.tag === 'link' && /\bcanonical\b/i.test(el.attrs.rel ?? '') && el.attrs.href) {
      canonical ??= el.attrs.href;
    } else if (el.tag === 'html' && (el.attrs.lang || el.attrs['xml:lang'])) {
      htmlLang ??= el.attrs.lang || el.attrs['xml:lang'] || null;
    } else if (el.tag === 'title' && titleElement === null) {
      titleElement = el.children.map((c) => (c.kind === 'text' ? c.data : '')).join('');
    }
  }
  return { meta, canonical, htmlLang, titleElement };
}

export function firstMeta(head: HeadData, keys: readonly string[]): { key: string; value: string } | null {
  for (const key of keys) {
    const values = head.meta.get(key);
    if (values) for (const value of values) if (value) return { key, value };
  }
  return null;
}
