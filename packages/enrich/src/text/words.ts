// Plain word counting and normalised content terms, shared by keywords, summary and fingerprint.
import { STOP_WORDS } from '../data/lexicon.ts';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Words, counting Chinese/Japanese characters (no spaces between words) at 2 characters a word. */
export function wordCount(text: string): number {
  const cjk = (text.match(CJK) ?? []).length;
  const rest = cjk > 0 ? text.replace(CJK, ' ') : text;
  return countWords(rest) + Math.ceil(cjk / 2);
}

/** words(text).length without building the array. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

// Adult silent reading of news prose, words per minute (common estimate used by news sites).
const WORDS_PER_MINUTE = 230;
export function readingTimeMinutes(count: number): number {
  return count === 0 ? 0 : Math.max(1, Math.round(count / WORDS_PER_MINUTE));
}

// Keywords and story terms each read the body's terms: the last two long texts' terms are kept
// (callers only read the arrays). Sentences (the summary's calls in between) are too short to
// push the body out.
const CACHED_MIN_CHARS = 1000;
const recent: Array<[string, readonly string[]]> = [];

/** Lower-case content words: stop words, numbers and one-letter words out; plural "s" folded. */
export function contentTerms(text: string): readonly string[] {
  for (const [t, terms] of recent) if (t === text) return terms;
  const terms = termsOf(text);
  if (text.length >= CACHED_MIN_CHARS) {
    recent.unshift([text, terms]);
    if (recent.length > 2) recent.pop();
  }
  return terms;
}

function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const lower = w.toLowerCase().replace(/['’]s$/, '');
    if (lower.length < 3 || STOP_WORDS.has(lower) || /^\d/.test(lower)) continue;
    out.push(stem(lower));
  }
  return out;
}

/** A light plural fold so "talks"/"talk" and "partnerships"/"partnership" meet. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !word.endsWith('us') &&
    !word.endsWith('is')
  )
    return word.slice(0, -1);
  return word;
}
