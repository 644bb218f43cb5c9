// Word tokens with offsets, as the entity stage sees them.
import { type Span, sentences } from './segment.ts';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** First letter upper case ("Mirzoyan", "US", "McKinley"). */
  cap: boolean;
  /** First word of a sentence, of a quotation or after a colon: its capital says nothing. */
  initial: boolean;
  /** Index of the sentence the token is in. */
  sentence: number;
  /** Possessive "'s" was stripped ("Tottenham's"). */
  possessive: boolean;
  /** Position in the token list. */
  index: number;
}

// Tokens ending in '.' that keep the period (initials, abbreviations used inside names).
const KEEP_PERIOD =
  /^(?:\p{Lu}|(?:\p{L}\.)+\p{L}|jr|sr|st|mt|ft|dr|mr|mrs|ms|lt|sgt|gen|gov|sen|rep|rev|hon|inc|corp|co|ltd|no|calif|mich|minn|tex|fla|ariz|colo|conn|ill|ind|kan|ky|md|mass|miss|mo|mont|neb|nev|okla|ore|pa|tenn|va|vt|wash|wis|wyo|ala|ark|del|w\.va)$/iu;

const WORD = /&|[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?/gu;

export function tokenize(text: string, sents: Span[] = sentences(text)): Token[] {
  const out: Token[] = [];
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si]!;
    let first = true;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(s.text); m !== null; m = WORD.exec(s.text)) {
      let word = m[0];
      const start = s.start + m.index;
      if (word.endsWith('.') && !KEEP_PERIOD.test(word.slice(0, -1))) word = word.slice(0, -1);
      let possessive = false;
      const poss = /['’]s?$/u.exec(word);
      if (poss && word.length > poss[0].length + 1 && !/^\p{Lu}['’]/u.test(word)) {
        // (A firm named with "'s", "McDonald's", is put back together in mentions.ts.)
        possessive = true;
        word = word.slice(0, -poss[0].length);
      }
      if (word === '') continue;
      // "Minneapolis-based", "Kremlin-backed", "Israeli-occupied": the name alone is the token; the suffix
      // stays text.
      const affixed =
        /^(\p{Lu}[\p{L}.]*)-(?:based|born|led|backed|owned|bound|made|run|dominated|controlled|funded|sponsored|linked|allied|designed|trained|educated|raised|inspired|themed|focused|affiliated|registered|headquartered|listed|located|aligned|appointed|style|administered|occupied|held|ruled|annexed|governed|operated)$/u.exec(
          word,
        );
      if (affixed) word = affixed[1]!;
      const afterOpener = opensHere(s.text, m.index);
      out.push({
        text: word,
        lower: word.toLowerCase(),
        start,
        end: start + word.length,
        // ("al-Assad", "bin-Laden", "el-Sisi": an Arabic article or patronymic glued to a
        // capitalised name is part of the name.)
        cap: /^\p{Lu}/u.test(word) || ARABIC_PARTICLE.test(word) || ELIDED_ARTICLE.test(word),
        initial: first || afterOpener,
        sentence: si,
        possessive,
        index: out.length,
      });
      first = false;
    }
  }
  return out;
}

const ARABIC_PARTICLE = /^(?:al|el|ad|ar|as|at|an|az|ash|bin|ibn|bint|abu)-\p{Lu}/u;
// French elision before a name: "Côte d'Ivoire", "Musée d'Orsay", "Coeur d'Alene".
const ELIDED_ARTICLE = /^[dl]['’]\p{Lu}/u;

// A dateline before the first word: "KHAN YOUNIS, GAZA — ", "VENICE, Italy (AP) — ", "PARIS, April
// 8 — " (wire copy whose dash was mangled to '"' too).
const DATELINE_BEFORE =
  /^\p{Lu}[\p{Lu}\s.'’-]+(?:,\s+[\p{L}\d.\s]+)?(?:\s*\([^)]{1,30}\))?\s*(?:—|–|--?|")\s+$/u;

/** The word at `i` follows a dateline, an opening quote, a bracket or a colon. */
function opensHere(text: string, i: number): boolean {
  const c1 = text[i - 1];
  if (c1 === undefined) return false;
  if (i <= 60 && /[—–"-]\s$/u.test(text.slice(i - 2, i)) && DATELINE_BEFORE.test(text.slice(0, i)))
    return true;
  if ('“„«(['.includes(c1)) return true;
  if (c1 === '"' || c1 === "'" || c1 === '‘') return i < 2 || /[\s(—–-]/u.test(text[i - 2] ?? ' ');
  return /:\s$/u.test(text.slice(Math.max(0, i - 2), i));
}
