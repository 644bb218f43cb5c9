// Stage 2: find the element(s) holding the article text. A cascade with a judge: containers
// named like article bodies (itemprop=articleBody, "article-body", "entry-content", …) are
// compared with the best container by paragraph scoring (after Readability), and the named
// ones win when they hold most of the scored container's text.

import { CONTENT_TOKEN } from '../clean/boilerplate-patterns.ts';
import { classAndId, descendants, type ElementNode } from '../dom/tree.ts';
import {
  ANCESTOR_DIVISORS,
  MIN_SCORED_TEXT,
  NEGATIVE_NAME,
  POSITIVE_NAME,
  TAG_WEIGHT,
} from './content-patterns.ts';
import { computeTextStats, linkDensity, type TextStats } from './text-stats.ts';

/** Named containers are used when they hold at least this share of the scored container's
 * text. aeb-dev body F1 is flat between 0.4 and 0.8 (0.978); 0.6 sits in the middle.
 * Re-check with `npm run bench:extract`. */
const NAMED_SHARE = 0.6;
/** Siblings of the top container join it above this share of its score (Readability's 0.2;
 * aeb-dev body F1 is the same at 0.1 and 0.3). */
const SIBLING_SHARE = 0.2;

export interface MainContent {
  containers: ElementNode[];
  stats: Map<ElementNode, TextStats>;
  method: 'named' | 'scored';
}

function nameWeight(el: ElementNode): number {
  const names = classAndId(el);
  if (!names) return 0;
  let weight = 0;
  if (NEGATIVE_NAME.test(el.attrs.class ?? '')) weight -= 25;
  if (POSITIVE_NAME.test(el.attrs.class ?? '')) weight += 25;
  if (NEGATIVE_NAME.test(el.attrs.id ?? '')) weight -= 25;
  if (POSITIVE_NAME.test(el.attrs.id ?? '')) weight += 25;
  return weight;
}

function isParagraphLike(el: ElementNode, stats: Map<ElementNode, TextStats>): boolean {
  if (el.tag === 'p' || el.tag === 'pre' || el.tag === 'td') return true;
  if (el.tag === 'div' || el.tag === 'section' || el.tag === 'span' || el.tag === 'font') {
    const s = stats.get(el);
    return s !== undefined && !s.hasBlockChild && hasOwnText(el);
  }
  return false;
}

function hasOwnText(el: ElementNode): boolean {
  for (const child of el.children) if (child.kind === 'text' && child.data.trim().length > 0) return true;
  return false;
}

function scoreContainers(root: ElementNode, stats: Map<ElementNode, TextStats>): Map<ElementNode, number> {
  const scores = new Map<ElementNode, number>();
  for (const el of descendants(root)) {
    if (!isParagraphLike(el, stats)) continue;
    const s = stats.get(el)!;
    if (s.textLength < MIN_SCORED_TEXT) continue;
    const score = 1 + s.commas + Math.min(Math.floor(s.textLength / 100), 3);
    let ancestor = el.parent;
    for (let level = 0; ancestor && level < ANCESTOR_DIVISORS.length; level++) {
      if (ancestor.tag === '#document' || ancestor.tag === 'html') break;
      if (!scores.has(ancestor)) scores.set(ancestor, (TAG_WEIGHT[ancestor.tag] ?? 0) + nameWeight(ancestor));
      scores.set(ancestor, scores.get(ancestor)! + score / ANCESTOR_DIVISORS[level]!);
      ancestor = ancestor.parent;
    }
  }
  for (const [el, score] of scores) scores.set(el, score * (1 - linkDensity(stats.get(el))));
  return scores;
}

function namedContainers(root: ElementNode, stats: Map<ElementNode, TextStats>): ElementNode[] {
  const groups = new Map<string, ElementNode[]>();
  for (const el of descendants(root)) {
    const isBody = el.attrs.itemprop === 'articleBody';
    const names = classAndId(el);
    if (!isBody && !names?.split(/\s+/).some((t) => CONTENT_TOKEN.test(t))) continue;
    // Nested matches belong to the outer one.
    let nested = false;
    for (let p = el.parent; p; p = p.parent) {
      if (p.attrs.itemprop === 'articleBody' || groupKey(p) !== null) {
        nested = true;
        break;
      }
    }
    if (nested) continue;
    const key = isBody ? 'itemprop' : (groupKey(el) ?? '');
    const group = groups.get(key) ?? [];
    group.push(el);
    groups.set(key, group);
  }
  let best: ElementNode[] = [];
  let bestLength = 0;
  for (const group of groups.values()) {
    const length = group.reduce((sum, el) => sum + (stats.get(el)?.textLength ?? 0), 0);
    if (length > bestLength) {
      best = group;
      bestLength = length;
    }
  }
  return best;
}

function groupKey(el: ElementNode): string | null {
  const names = classAndId(el);
  if (!names) return null;
  const match = names.split(/\s+/).find((t) => CONTENT_TOKEN.test(t));
  return match ?? null;
}

function withSiblings(
  top: ElementNode,
  topScore: number,
  scores: Map<ElementNode, number>,
  stats: Map<ElementNode, TextStats>,
): ElementNode[] {
  const parent = top.parent;
  if (!parent) return [top];
  const threshold = Math.max(10, topScore * SIBLING_SHARE);
  const out: ElementNode[] = [];
  for (const sibling of parent.children) {
    if (sibling.kind !== 'element') continue;
    if (sibling === top) {
      out.push(sibling);
      continue;
    }
    const score = scores.get(sibling) ?? 0;
    const s = stats.get(sibling);
    if (score >= threshold) out.push(sibling);
    else if (s && isParagraphLike(sibling, stats)) {
      const density = linkDensity(s);
      // Readability's rule for loose paragraphs next to the article container.
      if (
        (s.textLength > 80 && density < 0.25) ||
        (s.textLength > 0 && density === 0 && /\.\s*$/.test(textTail(sibling)))
      )
        out.push(sibling);
    }
  }
  return out;
}

function textTail(el: ElementNode): string {
  let last = '';
  for (const child of el.children) if (child.kind === 'text' && child.data.trim()) last = child.data;
  return last;
}

export function findMainContent(root: ElementNode): MainContent | null {
  const stats = computeTextStats(root);
  const scores = scoreContainers(root, stats);
  let top: ElementNode | null = null;
  let topScore = 0;
  for (const [el, score] of scores) {
    if (score > topScore) {
      top = el;
      topScore = score;
    }
  }
  const named = namedContainers(root, stats);
  const namedLength = named.reduce((sum, el) => sum + (stats.get(el)?.textLength ?? 0), 0);
  const topLength = top ? (stats.get(top)?.textLength ?? 0) : 0;
  if (named.length > 0 && namedLength > 0 && namedLength >= topLength * NAMED_SHARE) {
    return { containers: named, stats, method: 'named' };
  }
  if (!top) return null;
  return { containers: withSiblings(top, topScore, scores, stats), stats, method: 'scored' };
}
