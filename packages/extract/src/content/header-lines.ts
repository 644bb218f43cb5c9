// Lines of the article's header that the main container often includes: the headline again
// as the first block, and the byline ("von Engin Haupt, MDR SACHSEN-ANHALT", "Do 25.04.24 |
// 14:07 Uhr | Von Eva …"). (A headline behind a kicker is kept: the publishers' own parsers
// keep such a line on people.com.cn and waz.de.)
// The title and authors are already extracted: a short block made of them is not body.
import { collapse } from '../dom/tree.ts';
import type { BodyBlock } from './collect-body.ts';

/** A byline line is at most this long and has at most this many words besides the names. */
const MAX_BYLINE_LINE = 150;
const BYLINE_OTHER_WORDS = 8;

export function dropHeaderLines(blocks: BodyBlock[], title: string | null, authors: string[]): BodyBlock[] {
  const headline = title ? collapse(title) : '';
  const names = authors.filter((a) => /\s/.test(a.trim())).map((a) => a.trim().toLowerCase());
  return blocks.filter((block, index) => {
    if (index === 0 && headline && collapse(block.text) === headline) return false;
    const text = collapse(block.text).toLowerCase();
    if (text.length <= MAX_BYLINE_LINE && names.some((n) => text.includes(n))) {
      let rest = text;
      for (const n of names) rest = rest.split(n).join(' ');
      if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length <= BYLINE_OTHER_WORDS) return false;
    }
    return true;
  });
}
