// Per-element text statistics in one bottom-up pass: text length, text inside links,
// commas, and whether the element contains block-level children.
import { type ElementNode, elementsParentFirst } from '../dom/tree.ts';
import { BLOCK_TAGS } from './content-patterns.ts';

export interface TextStats {
  textLength: number;
  linkLength: number;
  commas: number;
  hasBlockChild: boolean;
}

const COMMA = /[,，、،]/g;

export function computeTextStats(root: ElementNode): Map<ElementNode, TextStats> {
  const stats = new Map<ElementNode, TextStats>();
  const order = elementsParentFirst(root);
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const s: TextStats = { textLength: 0, linkLength: 0, commas: 0, hasBlockChild: false };
    for (const child of el.children) {
      if (child.kind === 'text') {
        const trimmed = child.data.replace(/\s+/g, ' ');
        s.textLength += trimmed.trim() === '' ? 0 : trimmed.length;
        s.commas += trimmed.match(COMMA)?.length ?? 0;
      } else {
        const c = stats.get(child)!;
        s.textLength += c.textLength;
        s.linkLength += c.linkLength;
        s.commas += c.commas;
        if (BLOCK_TAGS.has(child.tag) && child.tag !== 'br') s.hasBlockChild = true;
      }
    }
    if (el.tag === 'a') s.linkLength = s.textLength;
    stats.set(el, s);
  }
  return stats;
}

export function linkDensity(s: TextStats | undefined): number {
  if (!s || s.textLength === 0) return 0;
  return s.linkLength / s.textLength;
}
