// Capitalised runs that are no names (issue 14): shouted lines, datelines (a place instead),
// handles, codes, generic acronyms, indices, numbered labels, events and venues, quoted titles.
import {
  CELESTIAL_BODIES,
  GENERIC_ACRONYMS,
  GEO_TAILS,
  HANDLE_CUE,
  HOLIDAYS,
  MARKET_VERBS,
  NON_ENTITY_TAILS,
} from '../data/lexicon.ts';
import type { Token } from '../text/tokens.ts';
import { isCommonWord, isGivenName, isKnownOrganization, lookupDemonym, lookupPlace } from './gazetteer.ts';
import type { Mention, MentionContext } from './mentions.ts';
import {
  ALL_CAPS,
  DIRECTIONS,
  isOrgHead,
  isTitle,
  personLike,
  REGIONAL_ADJECTIVES,
  textOf,
} from './name-shape.ts';
import { isConnector, ORDINAL } from './spans.ts';

// First words of named events that are no entities (gold/GUIDE.md: events are not entities).
const EVENT_STARTS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'operation']);

// A site's name written as its address ("Foxnews.com", "Ticketmaster.ie", "News.Az").
const WEB_ADDRESS =
  /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|co|io|gov|edu|info|tv|me|ai|uk|ie|au|ca|in|de|fr|az|ru|us|news)$/iu;

/** Two or more all-capital words with a common word among them: a shouted phrase ("WE NEEDED THEM"). */
export function shouted(tokens: Token[]): boolean {
  return (
    tokens.length >= 2 &&
    tokens.every((t) => ALL_CAPS.test(t.text) || isConnector(t)) &&
    tokens.some((t) => t.text.length >= 3 && isCommonWord(t.text) && !isKnownOrganization(t.text))
  );
}

/** A dateline: capitals opening a paragraph, then ",", "(" or a dash ("LA CROSSE, Wis. (AP) —"). */
export function datelinePlace(ctx: MentionContext, tokens: Token[]): Mention | null {
  const first = tokens[0]!;
  if (!tokens.every((t) => ALL_CAPS.test(t.text)) || tokens.some((t) => t.text.replace(/\W/g, '').length < 2))
    return null;
  if (!/(?:^|\n)\s*$/.test(ctx.text.slice(Math.max(0, first.start - 3), first.start))) return null;
  const last = tokens[tokens.length - 1]!;
  if (!/^\s*(?:,|\(|—|–|-\s)/u.test(ctx.text.slice(last.end, last.end + 3))) return null;
  const name = textOf(ctx.text, tokens);
  if (isKnownOrganization(name) || (tokens.length === 1 && name.length <= 3)) return null;
  const place = lookupPlace(name);
  return {
    name: place?.name ?? name,
    type: 'place',
    start: first.start,
    end: last.end,
    canonical: place?.name ?? titleCase(name),
    countryCode: place?.countryCode ?? null,
    initial: true,
  };
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

// Endings that make a place's name into its people's ("New Yorkers", "Berliner", "New Jerseyan").
const GENTILIC_ENDINGS = ['ers', 'er', 'ans', 'an', 'ites', 'ite', 's'];

/** A word or run for a people: a demonym, its plural, or a place's name with a gentilic ending. */
export function isPeopleName(name: string): boolean {
  if (lookupDemonym(name) || (name.endsWith('s') && lookupDemonym(name.slice(0, -1)))) return true;
  for (const end of GENTILIC_ENDINGS) {
    const base = name.slice(0, -end.length);
    // Short bases ("Om" of "Oman", "Ir" of "Iran") are no place's name: five letters at least.
    if (name.endsWith(end) && base.replace(/\W/g, '').length >= 5 && lookupPlace(base)) return true;
  }
  return false;
}

/**
 * "Saturn's moon Titan", "the oceans on Earth", "Jupiter's icy moon Europa": a celestial body named
 * in an article about space, and a mission named after one, are no entities (gold/GUIDE.md).
 * Elsewhere the name may be a town or a firm ("Jupiter, Fla.", "Mars Inc.").
 */
export function celestialBody(ctx: MentionContext, tokens: Token[]): boolean {
  if (!ctx.aboutSpace) return false;
  const name = textOf(ctx.text, tokens);
  if (CELESTIAL_BODIES.has(name)) return true;
  // A name with a body in it is a mission or craft ("NASA's Galileo Jupiter probe", "Europa
  // Clipper"), unless it is a known body's or ends in an organisation head ("Mars Society").
  return (
    tokens.some((t) => CELESTIAL_BODIES.has(t.text)) &&
    !isOrgHead(tokens[tokens.length - 1]!) &&
    !isKnownOrganization(name) &&
    !lookupPlace(name)
  );
}

/**
 * Capitalised runs that are no entity (issue 14): handles, codes and amounts, generic acronyms,
 * indices and tickers, numbered labels ("Group B", "Round 3"), events, laws and parts of buildings,
 * and titles or slogans that fill a short quotation.
 */
export function notAName(ctx: MentionContext, tokens: Token[]): boolean {
  const { text } = ctx;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const before = text.slice(Math.max(0, first.start - 30), first.start);
  const after = text.slice(last.end, last.end + 60);
  if (HANDLE_CUE.test(before)) return true;
  // "Iain.duncansmith.mp", "Path.cwd", "Line.2": a dotted token that is no web address is an account
  // name, code or a footnote glued to a word.
  if (tokens.some((t) => /[\p{L}\d]\.[\p{Ll}\d]/u.test(t.text) && !WEB_ADDRESS.test(t.text))) return true;
  // A ticker and its exchange: "(NASDAQ: AAPL)", "(TSX: RY)", "S&P/TSX".
  if (/\(\s*(?:\p{Lu}[\p{Lu}&.-]*:\s*)?$/u.test(before) && /^(?::\s*[\p{Lu}\d.-]+)?\s*\)/u.test(after))
    return tokens.every((t) => ALL_CAPS.test(t.text));
  if (tokens.every((t) => ALL_CAPS.test(t.text)) && (/\/$/.test(before) || /^\/\p{Lu}/u.test(after)))
    return true;
  // "Israelis", "New Yorkers", "Chinese Americans": peoples are no organisations (nor places).
  if (isPeopleName(textOf(text, tokens)) || tokens.every((t) => isPeopleName(t.text))) return true;
  // A party and state tag ("R-W.Va.", "D-Calif.").
  if (tokens.length === 1 && /^[RDI]-[\p{Lu}]/u.test(first.text)) return true;
  if (/^I['’](?:m|ve|d|ll)$/u.test(first.text)) return true;
  // Directions and demonyms ("South African", "Eastern European"), a demonym before common words
  // with no organisation head ("Namibian Constitution", "American Journey").
  if (
    tokens.length >= 2 &&
    tokens.every((t) => REGIONAL_ADJECTIVES.has(t.lower) || DIRECTIONS.has(t.lower) || lookupDemonym(t.text))
  )
    return true;
  // A family by its surname ("the Harrises") is no entity.
  if (
    tokens.length === 1 &&
    /s$/.test(first.text) &&
    (ctx.surnames.has(first.text.slice(0, -1)) || ctx.surnames.has(first.text.slice(0, -2)))
  )
    return true;
  if (
    tokens.length >= 2 &&
    lookupDemonym(first.text) &&
    !tokens.some(isOrgHead) &&
    tokens.slice(1).every((t) => isConnector(t) || isCommonWord(t.text)) &&
    !GEO_TAILS.has(last.lower)
  )
    return true;
  // (A word and a number, "News24", "Channel4", is a name; codes are capitals or start with one.)
  if (
    tokens.length === 1 &&
    /\p{L}\d|\d\p{L}/u.test(first.text) &&
    !/^\p{Lu}\p{Ll}{2,}\d+$/u.test(first.text)
  )
    return true;
  if (tokens.length === 1 && ALL_CAPS.test(first.text) && GENERIC_ACRONYMS.has(first.text.toUpperCase()))
    return true;
  // A generic acronym and plain words ("SIM Card", "GSM Unlocked Phones"): a thing, not a name.
  if (
    tokens.length >= 2 &&
    ALL_CAPS.test(first.text) &&
    GENERIC_ACRONYMS.has(first.text.toUpperCase()) &&
    !isOrgHead(last) &&
    tokens.slice(1).every((t) => isCommonWord(t.text))
  )
    return true;
  // A plural of one ("MPs will vote", "CEOs said"): a role noun.
  if (
    tokens.length === 1 &&
    /^\p{Lu}{2,}s$/u.test(first.text) &&
    GENERIC_ACRONYMS.has(first.text.slice(0, -1))
  )
    return true;
  if (tokens.length === 1 && HOLIDAYS.has(first.lower)) return true;
  if (tokens.every((t) => ALL_CAPS.test(t.text)) && /^\s+\d{2,4}\b/.test(after)) return true;
  if (MARKET_VERBS.test(after)) return true;
  if (tokens.length === 1 && isCommonWord(first.text) && /^\s+\d/.test(after)) return true;
  if (tokens.length === 2 && /^\p{Lu}$/u.test(last.text) && isCommonWord(first.text)) return true;
  // (Not after a person's name and "and": "Mila Mulroney and Stockwell Day" is split first.)
  const and = tokens.findIndex((t) => t.lower === 'and');
  // (…nor a title and a given name before it: "County Executive Ed Day", "Mayor Doris Day".)
  const titledGivenName =
    tokens.length >= 3 &&
    isTitle(tokens[tokens.length - 3]!) &&
    isGivenName(tokens[tokens.length - 2]!.text) &&
    !isCommonWord(tokens[tokens.length - 2]!.text);
  // ("World War II", "Super Bowl LIX": the tail before a numeral.)
  const tail =
    tokens.length >= 3 && /^(?:[IVXLC]+|\d+)$/u.test(last.text) ? tokens[tokens.length - 2]! : last;
  // (…but a body "of" a budget or census is a body: "Office of Management and Budget", "Bureau of
  // the Census"; "Academy of Country Music Awards" stays an event.)
  const bodyOf =
    tokens.length >= 3 &&
    isOrgHead(first) &&
    tokens[1]!.lower === 'of' &&
    /^(?:budget|census)$/u.test(tail.lower);
  if (
    tokens.length >= 2 &&
    !bodyOf &&
    NON_ENTITY_TAILS.has(tail.lower) &&
    !(and > 0 && personLike(tokens.slice(0, and))) &&
    !titledGivenName
  )
    return true;
  // Named storms and operations are events ("Storm Ciarán", "Hurricane Helene", "Operation Warp
  // Speed"), unless a body is named after them ("Storm Prediction Center").
  if (tokens.length >= 2 && EVENT_STARTS.has(first.lower) && !isOrgHead(last)) return true;
  // A maker's name and a model code: a product ("Airbus A350", "Boeing 737", "Galaxy S24 Ultra").
  if (
    tokens.length >= 2 &&
    // (An ordinal is no code: "Alliance for the 21st Century".)
    (tokens.some((t) => /\p{L}\d|\d\p{L}/u.test(t.text) && !ORDINAL.test(t.text)) ||
      /^\s+\d{3,}\b/.test(after))
  )
    return true;
  return /["“‘'«]$/u.test(before) && /^[.,!?]?["”’'»](?!\p{L})/u.test(after);
}
