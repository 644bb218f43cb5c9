// Language of an article: franc's trigram model on a bounded sample, reduced to ISO 639-1.
import { francAll } from 'franc';
import { ISO639_3_TO_1, NEWS_LANGUAGES } from '../data/iso639.ts';
import type { Language } from '../types.ts';

// franc's cost grows with input length; the first 1,000 characters decide the language of a
// news article as well as 2,000 do (checked on aeb-dev: same answer on 89 of 90 bodies, the
// 90th an Indonesian/Malay tie either way).
const SAMPLE_CHARS = 1000;
// franc's best and second scores differ by ≥ 0.012 on every aeb-dev body it gets right and by
// ≤ 0.002 on its two confusions (Portuguese/Spanish, Indonesian/Malay): a margin of this size
// counts as full confidence. Re-check with a francAll dump over aeb-dev after changing SAMPLE_CHARS.
const CONFIDENT_MARGIN = 0.02;
// Below this many letters trigram statistics are noise: report no language.
const MIN_LETTERS = 20;
// Texts shorter than this get a proportionally lower confidence.
const FULL_CONFIDENCE_LETTERS = 400;

// English function words. Their share of the words of a text is a cheap, reliable English test:
// on aeb-dev it is ≥ 0.124 on every English body (≥ 0.187 on all but one) and ≤ 0.078 on every
// other body (Japanese with English product names the highest). Texts at or above
// ENGLISH_SHARE skip franc, which costs ~1 ms; the rest go to franc. Re-check by printing the
// share over aeb-dev bodies grouped by language.
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in is that for on it with as was by at from he his said be are have has an not this but they which were their its or had been who will'.split(
    ' ',
  ),
);
const ENGLISH_SHARE = 0.15;
const ENGLISH_FULL_SHARE = 0.2;
const MIN_WORDS_FOR_SHARE = 40;

// Short texts (a headline and a line) give franc too little to go on; there a lower share of
// English function words decides, when franc itself is unsure.
const SHORT_TEXT_ENGLISH_SHARE = 0.1;
const MIN_WORDS_SHORT = 8;

function englishShare(s: string, minWords = MIN_WORDS_FOR_SHARE): number {
  const words = s.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < minWords) return 0;
  let n = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) n++;
  return n / words.length;
}

function sample(text: string): string {
  return text.length <= SAMPLE_CHARS ? text : text.slice(0, SAMPLE_CHARS);
}

/** ISO 639-1 (or -3) code as given by a caller, normalised ("en-GB" → "en"); null if unusable. */
export function normaliseLanguageTag(tag: string | undefined): string | null {
  if (!tag) return null;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(base)) return base;
  if (/^[a-z]{3}$/.test(base)) return ISO639_3_TO_1[base] ?? null;
  return null;
}

export function detectLanguage(text: string, given?: string): Language {
  const hint = normaliseLanguageTag(given);
  const s = sample(text);
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_LETTERS) {
    return hint
      ? { code: hint, code3: null, confidence: 0.5, source: 'given' }
      : { code: null, code3: null, confidence: 0, source: 'none' };
  }
  const share = englishShare(s);
  if (share >= ENGLISH_SHARE) {
    const confidence =
      Math.round(
        Math.min(1, share / ENGLISH_FULL_SHARE) * Math.min(1, letters / FULL_CONFIDENCE_LETTERS) * 100,
      ) / 100;
    return { code: 'en', code3: 'eng', confidence, source: 'detected' };
  }
  const ranked = francAll(s, { minLength: MIN_LETTERS, only: [...NEWS_LANGUAGES] });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') {
    return hint
      ? { code: hint, code3: null, confidence: 0.5, source: 'given' }
      : { code: null, code3: null, confidence: 0, source: 'none' };
  }
  const margin = 1 - (second?.[1] ?? 0);
  const lengthFactor = Math.min(1, letters / FULL_CONFIDENCE_LETTERS);
  const confidence = Math.round(Math.min(1, margin / CONFIDENT_MARGIN) * lengthFactor * 100) / 100;
  const code = ISO639_3_TO_1[best[0]] ?? null;
  if (confidence < 0.5 && code !== 'en' && englishShare(s, MIN_WORDS_SHORT) >= SHORT_TEXT_ENGLISH_SHARE)
    return { code: 'en', code3: 'eng', confidence: Math.max(confidence, 0.3), source: 'detected' };
  // A caller's tag wins over an unsure detection (a short or mixed text).
  if (hint && confidence < 0.5) return { code: hint, code3: best[0], confidence, source: 'given' };
  return { code, code3: best[0], confidence, source: 'detected' };
}
