// Section/category: structured data and meta first, then a short visible label named like
// a category ("REGION" above a headline).
import { classAndId, descendants, type ElementNode, textOf } from '../dom/tree.ts';
import type { Provenance } from '../types.ts';

const SECTION_NAME =
  /(?:^|[-_\s])(?:category|categories|cat|section|section-name|rubric|rubrik|kicker|article-category|post-category|news-category|label)(?:$|[-_\s])/i;
/** A section label is a few words, not a sentence. */
const MAX_SECTION_LENGTH = 40;

export function visibleSection(root: ElementNode): { section: string; provenance: Provenance } | null {
  for (const el of descendants(root)) {
    const names = classAndId(el);
    if (!names || !SECTION_NAME.test(names)) continue;
    const text = textOf(el);
    if (text.length < 2 || text.length > MAX_SECTION_LENGTH || /\d/.test(text)) continue;
    return { section: text, provenance: 'visible-text' };
  }
  return null;
}
