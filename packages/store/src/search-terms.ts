/**
 * Portable full-text search: each article keeps its normalised title+body terms in an indexed
 * array (`searchTerms`), and a query matches articles holding all its terms. MongoDB and FerretDB
 * 1.24 both support this (FerretDB has no `$text`; see DESIGN.md).
 */

/** Terms shorter than this are mostly particles ("a", "of") and would match everything. */
const MIN_TERM_LENGTH = 2;
/** Longer runs are URLs or garbage, not words anyone searches for. */
const MAX_TERM_LENGTH = 40;
/** Caps the index entries one article adds; a 10 000-word article has ~2 500 distinct terms. */
const MAX_TERMS = 3000;

/** Lower-case, accents off (é → e), split on anything not a letter or digit. */
export function termsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length >= MIN_TERM_LENGTH && term.length <= MAX_TERM_LENGTH);
}

/** The distinct terms of an article, as stored in `searchTerms`. */
export function searchTermsOf(title: string, body: string): string[] {
  return [...new Set(termsOf(`${title}\n${body}`))].slice(0, MAX_TERMS);
}
