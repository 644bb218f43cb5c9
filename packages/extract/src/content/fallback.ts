// Stage 2b: the cascade's fallback candidate and its judge. When the main candidate (named
// container or best-scored container) is weak — short, or empty — the page's prose paragraphs
// in document order are a second candidate, and the longer one wins by a clear margin
// (trafilatura compares its main extraction with a baseline the same way).
import { descendants, type ElementNode } from '../dom/tree.ts';
import { computeTextStats, linkDensity } from './text-stats.ts';

/** A main body shorter than this (characters) is weak and gets a second opinion. Calibrated
 * with FALLBACK_GAIN on the tune halves (body F1): aeb-dev 0.982 and fundus-dev 0.937 from
 * 1000 to 2000 characters and a gain of 1.5 to 2; 500 loses a page (fundus 0.934), 3000 with
 * 1.5 costs aeb-dev (0.979). Re-check with `npm run bench:extract`. */
export const WEAK_BODY = 1000;
/** The fallback replaces a weak main body only when it is at least this many times longer
 * (calibrated with WEAK_BODY, above). */
export const FALLBACK_GAIN = 2;
/** A paragraph of the fallback: at least this much text (characters), at most this share in
 * links (prose, not a teaser list). Set by hand, not tuned: Readability's 25 characters and
 * link-density 0.25 are of the same order. */
const MIN_PARAGRAPH = 40;
const MAX_LINK_DENSITY = 0.3;

const PROSE_BLOCKS = new Set(['p', 'blockquote', 'pre']);

/** Prose paragraphs of the (cleaned) page, outermost only, in document order. */
export function proseParagraphs(root: ElementNode): ElementNode[] {
  const stats = computeTextStats(root);
  const out: ElementNode[] = [];
  const taken = new Set<ElementNode>();
  for (const el of descendants(root)) {
    if (!PROSE_BLOCKS.has(el.tag)) continue;
    let inside = false;
    for (let p = el.parent; p; p = p.parent) {
      if (taken.has(p) || p.tag === 'li' || p.tag === 'a') {
        inside = true;
        break;
      }
    }
    if (inside) continue;
    const s = stats.get(el);
    if (!s || s.textLength < MIN_PARAGRAPH || linkDensity(s) > MAX_LINK_DENSITY) continue;
    taken.add(el);
    out.push(el);
  }
  return out;
}

/** The judge: whether the fallback body replaces the main one. */
export function preferFallback(mainLength: number, fallbackLength: number): boolean {
  return mainLength < WEAK_BODY && fallbackLength >= FALLBACK_GAIN * Math.max(mainLength, 1);
}
