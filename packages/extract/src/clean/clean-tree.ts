// Stage 1: remove what is never article text — non-content elements, hidden elements and
// page furniture recognised by class/id — while protecting the containers that hold the
// article itself.
import {
  classAndId,
  type DocNode,
  type ElementNode,
  elementsParentFirst,
  findFirst,
  textOf,
} from '../dom/tree.ts';
import {
  BOILERPLATE_TOKEN,
  CONTENT_TOKEN,
  DROP_TAGS,
  PAYWALL_TOKEN,
  WRAPPER_OR_DROP_TAGS,
} from './boilerplate-patterns.ts';

/** A furniture-named element is kept when it holds at least this share of the page's
 * prose (it is then a wrapper of the article, e.g. "content-with-sidebar"). Calibrated on
 * aeb-dev body F1 (0.3 → 0.967, 0.4 → 0.978, 0.5 → 0.973); re-check with `npm run bench:extract`. */
const PROTECT_SHARE = 0.4;

/** Never removed for their class names: article containers, quotes and embedded posts, and
 * table parts (a row named "player-2020" in a standings table is data, not a video player). */
const KEEP_TAGS = new Set(['article', 'main', 'body', 'blockquote', 'tr', 'td', 'th', 'tbody', 'thead']);

const SUBHEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const HEADING_NAME = /(?:^|[-_])(?:headline|title|kicker)(?:$|[-_])/;
/** Box headings that are not the article's ("Newsletter: Sport inside"). */
const PROMO_HEADING =
  /^(?:newsletter|abonnieren|abonnez|subscribe|sign up|anzeige|werbung|advertisement|podcast)\b/i;

const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function isHidden(el: ElementNode): boolean {
  if ('hidden' in el.attrs) return true;
  const style = el.attrs.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

export function isFurniture(el: ElementNode): boolean {
  const names = classAndId(el);
  if (!names) return false;
  let furniture = false;
  for (const token of names.split(/\s+/)) {
    if (!token) continue;
    if (CONTENT_TOKEN.test(token)) return false;
    if (BOILERPLATE_TOKEN.test(token)) furniture = true;
  }
  if (furniture && el.attrs.itemprop === 'articleBody') return false;
  return furniture;
}

/** Elements whose text is not prose: scripts, and links (menus and link lists are links). */
const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template', 'a', 'option', 'button', 'select']);

/** Prose length (text outside links and scripts) under every element, in one post-order pass. */
function proseSizes(root: ElementNode): { sizes: Map<ElementNode, number>; quotes: Set<ElementNode> } {
  const sizes = new Map<ElementNode, number>();
  // Elements holding a <blockquote>: an embedded post or quote inside a widget is content.
  const quotes = new Set<ElementNode>();
  const order = elementsParentFirst(root);
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    let size = 0;
    if (el.tag === 'blockquote' || el.children.some((c) => c.kind === 'element' && quotes.has(c)))
      quotes.add(el);
    if (!NOT_PROSE.has(el.tag)) {
      for (const child of el.children) {
        if (child.kind === 'element') size += sizes.get(child) ?? 0;
        else size += child.data.trim().length;
      }
    }
    sizes.set(el, size);
  }
  return { sizes, quotes };
}

/** Paywalled article text shipped in the page but hidden until the reader subscribes
 * (`<div class="paywall" hidden>`): it is the article's own text, as the publishers' own
 * parsers take it. A paywall-named element counts when it holds at least this much prose
 * (characters) — a subscription prompt is a sentence or two. Set by hand, not tuned. */
const MIN_PAYWALLED_PROSE = 300;

function isPaywalledText(el: ElementNode, sizes: Map<ElementNode, number>): boolean {
  const names = classAndId(el);
  return names !== '' && PAYWALL_TOKEN.test(names) && (sizes.get(el) ?? 0) >= MIN_PAYWALLED_PROSE;
}

/** A subheading inside the article: an h2–h6 without a link, followed by a paragraph. Its
 * class name ("article-middle-headline", "section-title") is not a reason to drop it. */
function isSubheading(el: ElementNode): boolean {
  if (!SUBHEADINGS.has(el.tag) || findFirst(el, (d) => d.tag === 'a') !== null) return false;
  // Only heading names exempt it ("…-headline", "section-title"); "newsletter-title" does not.
  const furnitureTokens = classAndId(el)
    .split(/\s+/)
    .filter((t) => t && BOILERPLATE_TOKEN.test(t));
  if (
    furnitureTokens.some(
      (t) => !HEADING_NAME.test(t) || /newsletter|promo|teaser|related|share|social/.test(t),
    )
  )
    return false;
  if (PROMO_HEADING.test(textOf(el))) return false;
  const siblings = el.parent?.children ?? [];
  const index = siblings.indexOf(el);
  for (let i = index + 1; i < siblings.length; i++) {
    const next = siblings[i]!;
    if (next.kind === 'text') {
      if (next.data.trim() === '') continue;
      return false;
    }
    return next.tag === 'p';
  }
  return false;
}

export function cleanTree(root: ElementNode): void {
  const { sizes, quotes } = proseSizes(root);
  const total = sizes.get(root) ?? 0;
  const stack: ElementNode[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    const kept: DocNode[] = [];
    for (const child of el.children) {
      if (child.kind === 'text') {
        kept.push(child);
        continue;
      }
      const paywalled = isPaywalledText(child, sizes);
      if (DROP_TAGS.has(child.tag) || (isHidden(child) && !paywalled)) continue;
      if (WRAPPER_OR_DROP_TAGS.has(child.tag) && (sizes.get(child) ?? 0) < total * PROTECT_SHARE) continue;
      if (
        !KEEP_TAGS.has(child.tag) &&
        !isSubheading(child) &&
        !paywalled &&
        (isFurniture(child) || child.tag === 'header') &&
        (sizes.get(child) ?? 0) < total * PROTECT_SHARE &&
        !quotes.has(child)
      )
        continue;
      kept.push(child);
      stack.push(child);
    }
    el.children = kept;
  }
}
