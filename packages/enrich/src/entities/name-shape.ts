// The shape of a capitalised run: organisation heads, titles, person-like names, all-capital words.
// Shared by the mention rules (mentions.ts) and the runs that are no names (not-names.ts).
import { ORG_HEADS, PERSON_TITLES } from '../data/lexicon.ts';
import type { Token } from '../text/tokens.ts';
import {
  distinctiveness,
  isCommonWord,
  isGivenName,
  isKnownOrganization,
  lookupDemonym,
  lookupPlace,
} from './gazetteer.ts';
import { isConnector } from './spans.ts';

export function clean(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

const orgHeadCache = new WeakMap<Token, boolean>();
export function isOrgHead(t: Token): boolean {
  const cached = orgHeadCache.get(t);
  if (cached !== undefined) return cached;
  const result = orgHeadOf(t);
  orgHeadCache.set(t, result);
  return result;
}

function orgHeadOf(t: Token): boolean {
  const lower = clean(t.text);
  if (ORG_HEADS.has(lower)) return true;
  const parts = lower.split('-');
  return parts.length > 1 && ORG_HEADS.has(parts[parts.length - 1]!);
}

/** Could be part of a person's name: capitalised, no title, organisation head or common word. */
export function nameish(t: Token, lastWord: boolean): boolean {
  if (!t.cap || isTitle(t) || isOrgHead(t) || lookupDemonym(t.text) || isKnownOrganization(t.text))
    return false;
  if (/^[\p{Lu}\d&]{2,}$/u.test(t.text)) return false;
  if (lookupPlace(t.text)?.isCountry) return false;
  return (
    lastWord ||
    !isCommonWord(t.text) ||
    isGivenName(t.text) ||
    /^\p{Lu}\.$/u.test(t.text) ||
    NAME_PARTICLES.has(t.lower)
  );
}

export function endsWithNameOf(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1]!;
  return nameish(last, true) && !lookupPlace(last.text);
}

// Titles that are two-letter abbreviations (sports positions, "MP") are written in capitals; "De" in
// "Alano De La Rosa" is a name particle.
const CAPITALS_ONLY_TITLES = new Set([
  'de',
  'te',
  'dl',
  'lb',
  'cb',
  'wr',
  'rb',
  'qb',
  'dt',
  'ol',
  'fm',
  'mp',
]);
export function isTitle(t: Token): boolean {
  const word = clean(t.text);
  if (CAPITALS_ONLY_TITLES.has(word) && !/^\p{Lu}{2}\.?$/u.test(t.text)) return false;
  return PERSON_TITLES.has(word);
}

/** Particles inside surnames ("De La Rosa", "van der Merwe", "bin Salman"). */
export const NAME_PARTICLES = new Set([
  'de',
  'del',
  'della',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
  'dos',
  'das',
  'bin',
  'al',
  'el',
  'ter',
  'ten',
]);

export function textOf(text: string, tokens: Token[]): string {
  return text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
}

// Last words that end team, place and event names more often than surnames.
const NON_SURNAME_TAILS = new Set([
  'north',
  'south',
  'east',
  'west',
  'united',
  'city',
  'county',
  'hills',
  'hotspur',
  'rovers',
  'athletic',
  'wanderers',
  'finals',
  'final',
  'cup',
  'league',
  'open',
  'games',
  'awards',
  'award',
  'prize',
  'street',
  'avenue',
  'road',
  'square',
  'park',
  'bridge',
  'field',
  'stadium',
  'arena',
  'airport',
  'station',
  'island',
  'islands',
  'valley',
  'river',
  'lake',
  'bay',
  'beach',
  'mountains',
  'heights',
  'springs',
  'forest',
  'day',
  'war',
  'economics',
  'research',
  'properties',
]);

/**
 * Person-like: a given name first, or (no given name) words that are not common English words,
 * the surname excepted ("Rosaly Lopes", "Tom Brown"). Never with an organisation head, a country
 * or demonym, an abbreviation with dots, or an all-capitals word.
 */
// personLike is asked about the same runs many times: cached by first token and run length.
const personLikeCache = new WeakMap<Token, Map<number, boolean>>();
export function personLike(tokens: Token[]): boolean {
  const first = tokens[0];
  if (!first) return false;
  // Runs are contiguous slices of one token list: first token and length identify them.
  let byLength = personLikeCache.get(first);
  const cached = byLength?.get(tokens.length);
  if (cached !== undefined && tokens[tokens.length - 1]!.index === first.index + tokens.length - 1)
    return cached;
  const result = personLikeOf(tokens);
  if (tokens[tokens.length - 1]!.index === first.index + tokens.length - 1) {
    if (!byLength) {
      byLength = new Map();
      personLikeCache.set(first, byLength);
    }
    byLength.set(tokens.length, result);
  }
  return result;
}

// Words that open place names and titles in Spanish, Portuguese, French, Italian, German and Arabic.
const PLACE_ARTICLES = new Set([
  'Der',
  'Die',
  'Das',
  'San',
  'Santa',
  'Santo',
  'São',
  'El',
  'La',
  'Las',
  'Los',
  'Le',
  'Les',
  'Deir',
  'Beit',
  'Tel',
  'Ras',
  'Wadi',
  'Kafr',
]);

// Countries that are also common surnames ("Michael Jordan", "Steve Israel", "Tan France").
const COUNTRY_SURNAMES = new Set(['jordan', 'israel', 'england', 'france', 'wales', 'holland', 'ireland']);
/** A country that is also a common surname ("Jordan", "England"), which a person's name may end with. */
export function isCountrySurname(t: Token): boolean {
  return COUNTRY_SURNAMES.has(t.lower);
}
// Countries that are also common given names ("Chad Wolf", "Jordan Henderson"; not "Georgia": "Georgia Power").
const COUNTRY_GIVEN_NAMES = new Set(['chad', 'jordan']);

function personLikeOf(tokens: Token[]): boolean {
  // Initials ("P.J. Fleck") are left out, as single ones are ("Elizabeth A. Burton").
  const initials = tokens.filter((t) => /^(?:\p{Lu}\.){2,3}$/u.test(t.text) && !lookupPlace(t.text));
  const words = tokens.filter(
    (t, i) =>
      !/^\p{Lu}\.$/u.test(t.text) &&
      !/^(jr|sr|ii|iii|iv)\.?$/i.test(t.text) &&
      !initials.includes(t) &&
      !(NAME_PARTICLES.has(t.lower) && i > 0 && i < tokens.length - 1),
  );
  if (words.length === 0 || words.length > 4) return false;
  if (initials.length > 0 && words.length === 1 && tokens[0] === initials[0])
    return distinctiveness(words[0]!.text) > 0.6 && !isOrgHead(words[0]!) && !lookupPlace(words[0]!.text);
  // Particles between name words belong to the surname ("Piet van der Merwe", "Alano De La Rosa").
  if (
    tokens.some((t, i) => isConnector(t) && !(NAME_PARTICLES.has(t.lower) && i > 0 && i < tokens.length - 1))
  )
    return false;
  // "Michael Jordan", "Robert Jordan": a given name before a surname that is also a country (a
  // given name that is no place or common word: not "Victoria Australia").
  const givenFirst =
    words.length === 2 &&
    isGivenName(words[0]!.text) &&
    !isCommonWord(words[0]!.text) &&
    !lookupPlace(words[0]!.text);
  if (
    words.some(
      (t, i) =>
        isOrgHead(t) ||
        lookupDemonym(t.text) ||
        (lookupPlace(t.text)?.isCountry &&
          !(givenFirst && i === 1 && COUNTRY_SURNAMES.has(t.lower)) &&
          !(
            i === 0 &&
            words.length === 2 &&
            COUNTRY_GIVEN_NAMES.has(t.lower) &&
            !lookupPlace(words[1]!.text)
          )) ||
        /^[\p{Lu}\d]{2,}$/u.test(t.text) ||
        /\d/.test(t.text) ||
        /\p{L}\.\p{L}/u.test(t.text),
    )
  )
    return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // "St Petersburg", "St. Albans": Saint abbreviated opens places and churches, not persons' names.
  if (/^St\.?$/u.test(first.text) && words.length > 1) return false;
  // "San Ysidro", "El Paso", "Deir al-Balah", "Le Figaro": an article or place word opening a name
  // makes a place or a title, not a person's name.
  if (PLACE_ARTICLES.has(first.text) && words.length > 1) return false;
  if (words.length === 1) return isGivenName(first.text) && !isCommonWord(first.text);
  if (NON_SURNAME_TAILS.has(last.lower)) return false;
  if (words.slice(1, -1).some((t) => isCommonWord(t.text) && !isGivenName(t.text))) return false;
  // A given name that is also a common word ("Sky", "West", "Will") needs an uncommon surname.
  if (isGivenName(first.text)) return !isCommonWord(first.text) || !isCommonWord(last.text);
  if (isCommonWord(first.text) || lookupPlace(first.text)) return false;
  // "Desjardins Economics", "Oxford Properties": no given name and a very common word last
  // (SCOWL size ≤ 20; rarer words are often surnames: "Rosaly Lopes").
  return distinctiveness(last.text) > 0.6 || /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(first.text);
}

export const ALL_CAPS = /^[\p{Lu}\d&'’.-]*\p{Lu}[\p{Lu}\d&'’.-]*$/u;

export const REGIONAL_ADJECTIVES = new Set([
  'european',
  'african',
  'asian',
  'western',
  'eastern',
  'northern',
  'southern',
  'arab',
  'latin',
  'nordic',
  'scandinavian',
  'caribbean',
  'balkan',
  'baltic',
  'middle',
  'central',
  'pacific',
  'atlantic',
  'mediterranean',
  'hispanic',
  'muslim',
  'christian',
  'jewish',
  'catholic',
  'islamic',
  'democratic',
  'republican',
]);
export const CORPORATE_SUFFIX = /^(?:inc|ltd|llc|plc|co|corp|gmbh|ag|sa|llp|lp)\.?$/i;
export const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);
