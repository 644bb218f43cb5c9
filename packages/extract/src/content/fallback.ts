// Stage 2b: the cascade's fallback candidate and its judge. The prose paragraphs in document
// order are a second candidate next to the main one (named container or best-scored
// container), and the fallback wins only by a clear margin (trafilatura compares its main
// extraction with a baseline the same way). For a weak main body (short or empty) the whole
// page is searched; for a longer one only the region a few levels around the main container,
// where an article split into many sibling blocks keeps the rest of its paragraphs.
import { descendants, type ElementNode } from '../dom/tree.ts';
import { computeTextStats, linkDensity, type TextStats } from './text-stats.ts';

/** A main body shorter than this (characters) is weak and gets a second opinion. Calibrated
 * with FALLBACK_GAIN on the tune halves (body F1): aeb-dev 0.982 and fundus-dev 0.937 from
 * 1000 to 2000 characters and a gain of 1.5 to 2; 500 loses a page (fundus 0.934), 3000 with
 * 1.5 costs aeb-dev (0.979). Re-check with `npm run bench:extract`. */
export const WEAK_BODY = 1000;
/** The fallback replaces a weak main body only when it is at least this many times longer
 * (calibrated with WEAK_BODY, above). */
export const FALLBACK_GAIN = 2;
/** A main body of WEAK_BODY or more is replaced by the paragraphs of its region when they are
 * at least this many times longer, the region being the ancestor this many levels above the
 * main container. Calibrated on the tune halves (body F1): fundus-dev 0.945 → 0.949, aeb-dev
 * 0.982 unchanged, the same for a gain of 1.3 to 1.75 and 5 to 8 levels; 3–4 levels or a gain
 * of 2 find less (0.947), the whole page instead of a region loses an aeb-dev page to its
 * cookie notice. Re-check with `npm run bench:extract`. */
export const REGION_GAIN = 1.5;
export const REGION_LEVELS = 6;

/** A paragraph of the fallback: at least this much text (characters), at most this share in
 * links (prose, not a teaser list). Set by hand, not tuned: Readability's 25 characters and
 * link-density 0.25 are of the same order. */
const MIN_PARAGRAPH = 40;
const MAX_LINK_DENSITY = 0.3;

const PROSE_BLOCKS = new Set(['p', 'blockquote', 'pre']);

/** Prose paragraphs of the (cleaned) page, outermost only, in document order. */
export function proseParagraphs(root: ElementNode, known?: Map<ElementNode, TextStats>): ElementNode[] {
  const stats = known ?? computeTextStats(root);
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

/** Where the fallback looks: the whole page for a weak main body, else the main container's
 * region (REGION_LEVELS above it, below <body>). */
export function fallbackScope(
  root: ElementNode,
  main: ElementNode | undefined,
  mainLength: number,
): ElementNode {
  if (mainLength < WEAK_BODY || !main) return root;
  let region = main;
  for (let i = 0; i < REGION_LEVELS; i++) {
    const parent: ElementNode | null = region.parent;
    if (!parent || parent.tag === 'body' || parent.tag === 'html' || parent.tag === '#document') break;
    region = parent;
  }
  return region;
}

/** The judge: whether the fallback body replaces the main one. */
export function preferFallback(mainLength: number, fallbackLength: number): boolean {
  if (mainLength >= WEAK_BODY) return fallbackLength >= REGION_GAIN * mainLength;
  return fallbackLength >= FALLBACK_GAIN * Math.max(mainLength, 1);
}
