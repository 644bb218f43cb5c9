// Near-duplicate fingerprint: 64-bit SimHash over word 3-shingles of the body, with LSH band keys
// for an indexed candidate lookup (a stored article is a candidate when it shares one band).

// Shingles of this many words: long enough that unrelated articles share few, short enough
// that a changed sentence only moves a few.
const SHINGLE_WORDS = 3; // the shingle string below is built for exactly 3
// 8 bands of 8 bits: by pigeonhole, two fingerprints within NEAR_DUPLICATE_MAX_DISTANCE ≤ 7
// bits share at least one band, so the band lookup finds every near-duplicate.
export const SIMHASH_BANDS = 8;
/**
 * Largest Hamming distance between two SimHashes of near-duplicate bodies. Calibrated on the
 * duplicates test set (test/duplicates.test.ts, aeb-dev bodies: re-published copies with other
 * boilerplate, trimmed copies, unrelated pairs); re-check with `npm test -w @newsflow/enrich`,
 * which prints the distance distributions of both classes.
 */
export const NEAR_DUPLICATE_MAX_DISTANCE = 7;

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

function normalisedWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 || /\p{sc=Han}/u.test(w));
}

/** SimHash of a text as 16 hex characters; the all-zero hash for a text with no words. */
export function simhash(text: string): string {
  const words = normalisedWords(text);
  const v = new Int32Array(64);
  const n = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < n; i++) {
    const shingle = n === 1 ? words.join(' ') : `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
    if (shingle === '') continue;
    const [hi, lo] = hash64(shingle);
    for (let b = 0; b < 32; b++) {
      v[b]! += (hi >>> b) & 1 ? 1 : -1;
      v[32 + b]! += (lo >>> b) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  if (words.length > 0) {
    for (let b = 0; b < 32; b++) {
      if (v[b]! > 0) hi |= 1 << b;
      if (v[32 + b]! > 0) lo |= 1 << b;
    }
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** LSH band keys ("b3:9f"): store them in an indexed array field; look candidates up with $in. */
export function simhashBands(hex: string): string[] {
  const width = 16 / SIMHASH_BANDS;
  const out: string[] = [];
  for (let i = 0; i < SIMHASH_BANDS; i++) out.push(`b${i}:${hex.slice(i * width, (i + 1) * width)}`);
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
