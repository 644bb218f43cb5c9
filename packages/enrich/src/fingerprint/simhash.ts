// Near-duplicate fingerprint: 64-bit SimHash of the body's content words (stop words out,
// weighted by frequency) and of its lead, with LSH band keys for an indexed candidate lookup
// (a stored article is a candidate when it shares one band). Page-furniture paragraphs ("Subscribe…", "© 2019…",
// "Read more: …") are left out first, so a re-published copy with other furniture hashes alike.
//
// Features were chosen on the duplicates test set (test/duplicates.test.ts): word 3-shingles,
// bigrams and unigrams with and without stop words were compared; content-word unigrams keep
// copies trimmed to 85–90% within 7 bits most often while unrelated articles stay ≥ 11 bits apart.
import { STOP_WORDS } from '../data/lexicon.ts';
import type { Fingerprint } from '../types.ts';

// 4 bands of 16 bits (each of the whole text's and the lead's SimHash): a stored article is a
// candidate when one quarter matches exactly. Chosen for selectivity: a random article shares a
// 16-bit band with probability 4/65536 per hash, so a lookup reads about 8 × N / 65536 unrelated
// candidates (12 at 100 000 articles, 122 at 1 000 000), where 8 bands of 8 bits read 64 × N / 256
// (25 000 at 100 000) and a bounded lookup could miss the original. The price is recall beyond
// what pigeonhole guarantees (8 bands were exact up to 7 bits): measured on the duplicates test set
// (aeb-dev bodies, copies with other furniture, trimmed to 85%, tracking URLs), the 16-bit bands
// find 252 of the 254 pairs the Hamming rule accepts; the two missed are 6–7 bits apart in both
// hashes. Re-check with `npm test -w @newsflow/enrich` (duplicates.test.ts prints the figures).
export const SIMHASH_BANDS = 4;
/**
 * Largest Hamming distance between two SimHashes of near-duplicate texts. Calibrated on the
 * duplicates test set (aeb-dev bodies: re-published copies with other furniture, copies trimmed
 * to 85%, tracking-URL copies, 3,570 unrelated pairs): unrelated whole texts are ≥ 12 bits apart,
 * unrelated leads ≥ 10. Re-check with
 * `npm test -w @newsflow/enrich`, which prints the distance distributions of every class.
 */
export const NEAR_DUPLICATE_MAX_DISTANCE = 7;

// Paragraphs of page furniture: short, and saying subscribe / copyright / read more.
const FURNITURE =
  /\b(?:subscribe|newsletter|all rights reserved|copyright|read more|read also|related:|follow us|sign up|click here|advertisement)\b|©/i;
const MAX_FURNITURE_WORDS = 30;

function withoutFurniture(text: string): string {
  return text
    .split(/\n\s*\n|\n/)
    .filter((p) => !(FURNITURE.test(p) && (p.match(/\S+/g) ?? []).length <= MAX_FURNITURE_WORDS))
    .join('\n');
}

/** FNV-1a 32-bit with two seeds, giving 64 bits as two unsigned halves. */
function hash64(s: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 16;
  h2 = Math.imul(h2, 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  return [h1 >>> 0, h2 >>> 0];
}

const CJK_RUN = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+$/u;

/** Content words with their counts; runs of Chinese/Japanese characters give character bigrams. */
function features(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (f: string): void => {
    out.set(f, (out.get(f) ?? 0) + 1);
  };
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    // (Every Han, Hiragana and Katakana character is at U+2E80 or above: a cheap test first.)
    if (w.charCodeAt(0) >= 0x2e80 && CJK_RUN.test(w)) {
      for (let i = 0; i + 1 < w.length; i++) add(w.slice(i, i + 2));
      if (w.length === 1) add(w);
    } else if (w.length >= 3 && !STOP_WORDS.has(w)) add(w);
  }
  return out;
}

/** SimHash of a text as 16 hex characters; the all-zero hash for a text with no words. */
export function simhash(text: string): string {
  return simhashOf(features(withoutFurniture(text)));
}

// The lead: the first words of the text once furniture is out. A copy cut short keeps its lead
// whole; on the duplicates test set, leads of 120 words keep 84 of 85 copies trimmed to 85%
// within 7 bits, while unrelated leads stay ≥ 10 bits apart.
const LEAD_WORDS = 120;

/** Fingerprint of an article body: SimHash of the whole text and of its lead, with band keys for both. */
export function fingerprint(text: string): Fingerprint {
  const clean = withoutFurniture(text);
  const whole = simhashOf(features(clean));
  const leadText = leadWords(clean, LEAD_WORDS);
  const lead = simhashOf(features(leadText));
  return { simhash: whole, lead, bands: [...simhashBands(whole), ...simhashBands(lead, 'l')] };
}

/** The first `n` whitespace-separated words of a text, joined by single spaces. */
function leadWords(text: string, n: number): string {
  const out: string[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m !== null && out.length < n; m = re.exec(text)) out.push(m[0]);
  return out.join(' ');
}

/** Near-duplicates: whole texts or leads within NEAR_DUPLICATE_MAX_DISTANCE bits. */
export function isNearDuplicateFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return isNearDuplicate(a.simhash, b.simhash) || isNearDuplicate(a.lead, b.lead);
}

function simhashOf(feats: Map<string, number>): string {
  if (feats.size === 0) return '0000000000000000';
  const v = new Float64Array(64);
  for (const [f, w] of feats) {
    const [hi, lo] = hash64(f);
    for (let b = 0; b < 32; b++) {
      v[b]! += (hi >>> b) & 1 ? w : -w;
      v[32 + b]! += (lo >>> b) & 1 ? w : -w;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (v[b]! > 0) hi |= 1 << b;
    if (v[32 + b]! > 0) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** LSH band keys ("b3:9f"): store them in an indexed array field; look candidates up with $in. */
export function simhashBands(hex: string, prefix = 'b'): string[] {
  const width = 16 / SIMHASH_BANDS;
  const out: string[] = [];
  for (let i = 0; i < SIMHASH_BANDS; i++) out.push(`${prefix}${i}:${hex.slice(i * width, (i + 1) * width)}`);
  return out;
}

function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Bits that differ between two 16-hex-character SimHashes (64 when either is malformed). */
export function hammingDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b)) return 64;
  const hi = Number.parseInt(a.slice(0, 8), 16) ^ Number.parseInt(b.slice(0, 8), 16);
  const lo = Number.parseInt(a.slice(8), 16) ^ Number.parseInt(b.slice(8), 16);
  return popcount(hi) + popcount(lo);
}

export function isNearDuplicate(a: string, b: string): boolean {
  // The all-zero hash stands for an empty text: empty texts are not duplicates of each other.
  if (a === '0000000000000000' || b === '0000000000000000') return false;
  return hammingDistance(a, b) <= NEAR_DUPLICATE_MAX_DISTANCE;
}
