// Paragraphs and sentences with their offsets in the analysed text.
import { STOP_WORDS } from '../data/lexicon.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Paragraphs: lines. Extract bodies separate paragraphs by a blank line; other bodies (fundus
 * `articleBody`, lists, tables, sub-headings) put one paragraph or heading on each line, and a
 * line break never falls inside a sentence in either, so every line is a paragraph.
 */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '')
      out.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
  }
  return out;
}

// Tokens ending in '.' that do not end a sentence.
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sr jr st mt ft gen lt col sgt capt gov sen rep rev hon no vs etc inc corp ltd co
  jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m d.c calif mich minn
  tex fla ariz colo conn ill ind kan ky la md mass miss mo mont neb nev okla ore pa tenn va vt wash
  wis wyo ala ark del`.split(/\s+/),
);

// Abbreviated titles: a name follows them.
const TITLE_ABBREVIATIONS = new Set('mr mrs ms dr prof gen lt col sgt capt gov sen rep rev hon'.split(' '));

/** Sentences inside one paragraph; a sentence never spans paragraphs. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  for (const para of paragraphs(text)) {
    let start = para.start;
    // Candidate ends: . ! ? … or CJK full stops, optionally followed by closing quotes/brackets.
    const re = /[.!?…。！？]+["'”’»)\]]*(?=\s|$)|[。！？]/g;
    const body = para.text;
    for (let m = re.exec(body); m !== null; m = re.exec(body)) {
      const endLocal = m.index + m[0].length;
      if (m[0] === '.') {
        const before = body.slice(Math.max(0, m.index - 24), m.index);
        const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
        // An initial ("W.") or a known abbreviation does not end a sentence.
        // Dotted initials ("P.J.", "U.S.") are taken as part of a name, not a sentence end.
        // …unless a function word follows ("the Xbox One X. So, …").
        const next = /^\s+(\p{L}+)/u.exec(body.slice(endLocal))?.[1]?.toLowerCase() ?? '';
        // (A title always has its name after it, even a name that is also a word: "Rep. Will Hurd".)
        if (
          (/^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || ABBREVIATIONS.has(word)) &&
          (!STOP_WORDS.has(next) || TITLE_ABBREVIATIONS.has(word))
        )
          continue;
        // "...the U.S. House" : the next word in lower case means the sentence goes on.
        if (/^\s+\p{Ll}/u.test(body.slice(endLocal))) continue;
      }
      // "Mitch McConnell (R-Ky.) told reporters": an abbreviation closing a parenthesis, then lower case.
      if (/^\.[)\]]+$/u.test(m[0]) && /^\s+\p{Ll}/u.test(body.slice(endLocal))) continue;
      const abs = para.start + endLocal;
      const sText = text.slice(start, abs).trim();
      if (sText !== '') out.push({ start: text.indexOf(sText, start), end: abs, text: sText });
      start = abs;
    }
    if (start < para.end) {
      const sText = text.slice(start, para.end).trim();
      if (sText !== '') out.push({ start: text.indexOf(sText, start), end: para.end, text: sText });
    }
  }
  return out;
}
