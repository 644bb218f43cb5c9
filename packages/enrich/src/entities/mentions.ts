// Name spans → typed mentions, from gazetteers, cue words and the span's own shape.
import {
  GEO_TAILS,
  KIN_WORDS,
  NEVER_NAMES,
  NON_ENTITY_TAILS,
  ORG_APPOSITION,
  ORG_EXAMPLES_CUE,
  ORG_FRONT_APPOSITION,
  ORG_STARTS,
  PERSON_TITLES,
  PLACE_STARTS,
  ROLE_WORDS,
  SOURCE_CUE,
  SPACE_CUE,
  SPEECH_VERBS,
  STATE_NOUNS,
  STOP_WORDS,
} from '../data/lexicon.ts';
import type { Token } from '../text/tokens.ts';
import type { EntityType } from '../types.ts';
import { acronymDefinitions } from './acronyms.ts';
import {
  AGENT_AFTER,
  AGENT_BEFORE,
  BIG_CITY,
  BUILDING_TAILS,
  CHAMBERS,
  CITY_PREPOSITIONS,
  CITY_WITHOUT_CUE,
  COMPASS,
  HONORIFICS,
  JOB_NOUNS,
  MEMBER_TITLES,
  ORG_NOUNS,
  OUTLET_AFTER,
  PARTY_ADJECTIVES,
  PARTY_WORDS,
  PLACE_AFTER,
  PLACE_OF,
  PLACE_PREPOSITIONS,
  PLACE_TAILS,
  PLAYS_AGAINST_AFTER,
  PLAYS_AGAINST_BEFORE,
  SPEAKS_AFTER,
  THING_AFTER,
  WORK_CUE,
} from './cues.ts';
import {
  distinctiveness,
  isCommonWord,
  isGivenName,
  isKnownBody,
  isKnownOrganization,
  lookupCity,
  lookupDemonym,
  lookupPlace,
} from './gazetteer.ts';
import {
  ALL_CAPS,
  CORPORATE_SUFFIX,
  clean,
  endsWithNameOf,
  isCountrySurname,
  isOrgHead,
  isTitle,
  NAME_PARTICLES,
  nameish,
  personLike,
  REGIONAL_ADJECTIVES,
  textOf,
} from './name-shape.ts';
import { celestialBody, datelinePlace, isPeopleName, notAName, shouted } from './not-names.ts';
import { headOfPhrase, isConnector, type NameSpan, nameSpans } from './spans.ts';

export type MentionType = EntityType | 'unknown';

export interface Mention {
  name: string;
  type: MentionType;
  start: number;
  end: number;
  /** Stated role ("Armenian Foreign Minister"); people only. */
  role?: string;
  /** Gazetteer canonical name and country for places. */
  canonical?: string;
  countryCode?: string | null;
  /** Unknown spans: looks like a person's name (given name first, or no common word in it). */
  personLike?: boolean;
  /** First token starts a sentence or a quotation. */
  initial: boolean;
  /** Unknown name seen after "in", "at", "near"…: a place unless the article says otherwise. */
  placeHint?: boolean;
  /** A common word written with a capital as a modifier ("Black voters", "Access to"): no name. */
  commonUse?: boolean;
  /** Written with a possessive ("the Big Ten's leading passer"): an agent, so a name. */
  possessive?: boolean;
  /** Unknown spans: acts or is dealt with as a body here ("Costco said", "at Argos"). */
  agent?: boolean;
}

export interface MentionContext {
  text: string;
  tokens: Token[];
  /** Lower-case forms seen written in lower case somewhere in the text. */
  lowerSeen: Set<string>;
  /** Sentences (by index) written in headline case: only gazetteer names are trusted there. */
  headlineSentences: Set<number>;
  /** Multi-word names as written where they do not open a sentence. */
  midSentenceNames: Set<string>;
  /** Every capitalised run as written, to tell "Big Machine and Dick Clark Productions" apart. */
  spanTexts: Set<string>;
  /** Last words of person-like names written in full ("Trump" of "Donald Trump"). */
  surnames: Set<string>;
  /** Words used alone for a person, after "Mr."/"Ms." ("Mr. Powers") or as a speech verb's subject
   * ("Hill said"): surnames even when they are also words. */
  loneSurnames: Set<string>;
  /** The article is about space: planets and moons are celestial bodies, not towns or firms. */
  aboutSpace: boolean;
  spans: NameSpan[];
}

export function buildContext(text: string, tokens: Token[]): MentionContext {
  const lowerSeen = new Set<string>();
  const capsBySentence = new Map<number, [number, number]>();
  for (const t of tokens) {
    if (!t.cap) lowerSeen.add(t.lower);
    const c = capsBySentence.get(t.sentence) ?? [0, 0];
    c[0] += t.cap || STOP_WORDS.has(t.lower) ? (t.cap ? 1 : 0) : 0;
    c[1] += STOP_WORDS.has(t.lower) && !t.cap ? 0 : 1;
    capsBySentence.set(t.sentence, c);
  }
  const headlineSentences = new Set<number>();
  // Calibrated on aeb-dev bodies: link headlines caught in a body ("Man Shot at Dallas Gas
  // Station Dies at Hospital") have ≥ 80% of their content words capitalised; prose stays
  // well below. Re-check with `npm run eval -w @newsflow/enrich` after a change.
  // A headline has no closing full stop; a prose sentence dense with names does.
  const endsSentence = new Set<number>();
  for (const t of tokens)
    if (/^["”’)]?[.!?…]/u.test(text.slice(t.end, t.end + 2))) endsSentence.add(t.sentence);
  // (An abbreviation's dot closing a line closes a sentence too: "… and Lululemon Athletica Inc.")
  for (const t of tokens)
    if (/\p{L}{2}\.$/u.test(t.text) && /^[ \t]*(?:\n|$)/u.test(text.slice(t.end, t.end + 3)))
      endsSentence.add(t.sentence);
  for (const [s, [caps, words]] of capsBySentence)
    if (words >= 4 && caps / words >= 0.8 && !endsSentence.has(s)) headlineSentences.add(s);
  // A line of its own in title case, without a full stop, is a sub-heading ("Massive Risks Ahead").
  const lineStart = (t: Token): boolean =>
    /(?:^|\n)[\s"“‘']*$/u.test(text.slice(Math.max(0, t.start - 3), t.start));
  const firstOf = new Map<number, Token>();
  const lastOf = new Map<number, Token>();
  for (const t of tokens) {
    if (!firstOf.has(t.sentence)) firstOf.set(t.sentence, t);
    lastOf.set(t.sentence, t);
  }
  for (const [s, [caps, words]] of capsBySentence) {
    const a = firstOf.get(s);
    const b = lastOf.get(s);
    if (!a || !b || words < 2 || caps / words < 0.8 || endsSentence.has(s)) continue;
    if (lineStart(a) && /^[\s"”’'?!:]*(?:\n|$)/u.test(text.slice(b.end, b.end + 4))) headlineSentences.add(s);
  }
  // A sentence written all in capitals is a sub-heading or a shouted line ("STRANGE PHONE CALL").
  const lowerBySentence = new Set<number>();
  for (const t of tokens) if (/\p{Ll}/u.test(t.text)) lowerBySentence.add(t.sentence);
  for (const t of tokens)
    if (!lowerBySentence.has(t.sentence) && /\p{L}{2}/u.test(t.text)) headlineSentences.add(t.sentence);
  const midSentenceNames = new Set<string>();
  const spanTexts = new Set<string>();
  const spans = nameSpans(text, tokens);
  for (const span of spans) {
    const name = textOf(text, span.tokens);
    spanTexts.add(name);
    if (span.tokens.length >= 2 && !span.tokens[0]!.initial) midSentenceNames.add(name);
    // Its first and last words too ("Trump" of "President Trump", "Arcade" of "Arcade
    // Publishing"): such a word opening a sentence ("“…?” King asked") is still a name.
    for (const t of [span.tokens[0]!, span.tokens[span.tokens.length - 1]!])
      if (!t.initial && t.cap) midSentenceNames.add(t.text);
    // "… Intuitive Machines and Orbit Beyond": the name after "and" is written mid-sentence too.
    const and = span.tokens.findIndex((t) => t.lower === 'and' && !t.cap);
    if (and > 0 && span.tokens.length - and >= 3)
      midSentenceNames.add(textOf(text, span.tokens.slice(and + 1)));
  }
  // "Mr. Powers", "Ms Gonzales": an honorific names a surname, even one that is also a word; so does
  // a speech verb's subject or a source standing alone ("“…,” Hill said", "said Stone.", "according
  // to Hill,").
  const loneSurnames = new Set<string>();
  const sameRun = (a: Token, b: Token): boolean =>
    a.sentence === b.sentence && /^[ \t]+$/u.test(text.slice(a.end, b.start));
  for (let i = 0; i < tokens.length; i++) {
    const [prev, t, next] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
    if (HONORIFICS.test(t.text) && next?.cap && next.sentence === t.sentence) loneSurnames.add(next.text);
    if (!t.cap || (prev?.cap && prev.sentence === t.sentence)) continue;
    // ("Hill called the plan “…”": calling something so is said of a person too.)
    const subjectBefore =
      next && !next.cap && (SPEECH_VERBS.has(next.lower) || next.lower === 'called') && sameRun(t, next);
    // ("said Stone.", "according to Hill,": the verb's subject or the source, standing alone.)
    const source = afterAccordingTo(tokens, i);
    const subjectAfter =
      prev &&
      !prev.cap &&
      (SPEECH_VERBS.has(prev.lower) || source) &&
      sameRun(prev, t) &&
      /^[.,]/u.test(text.charAt(t.end));
    if (subjectBefore || subjectAfter) loneSurnames.add(t.text);
  }
  const surnames = new Set<string>();
  for (const span of spans) {
    // (A day or month is no given name: "a Saturday Facebook post" names no "Facebook".)
    // (…nor a generational suffix a surname: "Daniel King Jr." gives "King".)
    const all = span.tokens.filter((x) => !NEVER_NAMES.has(clean(x.text)));
    if (all.length >= 3 && /^(?:Jr|Sr)\.?$/u.test(all[all.length - 1]!.text)) all.pop();
    // "Martin Taylor of Aberdeen", "Rep. Jim Jordan of Ohio": also the name before what it is "of".
    const of = all.findIndex((x) => x.lower === 'of' && !x.cap);
    for (const t of of > 0 ? [all, all.slice(0, of)] : [all]) {
      if (t.length >= 2 && (personLike(t) || givenAndLoneSurname(loneSurnames, spanTexts, t))) {
        surnames.add(t[t.length - 1]!.text);
        // A surname opened by a particle ("Mohamed El Saife" … "told El Saife").
        if (t.length >= 3 && /^(?:El|Al|La|Le|De|Van|Von|Da|Di|Du)$/u.test(t[t.length - 2]!.text))
          surnames.add(textOf(text, t.slice(-2)));
      }
      // …also after a role ("US President Donald Trump" … "Trump and his administration"; "Rep. Jim
      // Jordan", "Premier Doug Ford": a surname that is also a country or a firm).
      const last = t.length - 1;
      let s = t.length;
      if (
        last > 0 &&
        (isCountrySurname(t[last]!) || isKnownOrganization(t[last]!.text)) &&
        isGivenName(t[last - 1]!.text)
      )
        s--;
      while (s > 0 && nameish(t[s - 1]!, s === t.length)) s--;
      if (s > 0 && t.length - s >= 2 && personLike(t.slice(s))) surnames.add(t[last]!.text);
    }
  }
  return {
    text,
    tokens,
    lowerSeen,
    aboutSpace: SPACE_CUE.test(text),
    headlineSentences,
    midSentenceNames,
    spanTexts,
    surnames,
    loneSurnames,
    spans,
  };
}

const CONTINENTS = new Set(['europe', 'africa', 'asia', 'america']);

/** The token at `index` follows "according to": a source is named there, not a place. */
function afterAccordingTo(tokens: Token[], index: number): boolean {
  return tokens[index - 1]?.lower === 'to' && tokens[index - 2]?.lower === 'according';
}

/** A longer name in the text opens with `name` ("Austin Reaves" for "Austin"). */
function opensLongerName(names: Set<string>, name: string): boolean {
  for (const n of names) if (n.startsWith(`${name} `)) return true;
  return false;
}

/**
 * "Jack Stone" with "Stone said" elsewhere: a given name (no title or function word: "Prince
 * Andrew", "Had Klein"), two capitals that are no place or known body ("JD Vance"), or a rare word
 * no list holds as a given name before a surname that is no word ("Pep Guardiola"), before a word
 * the text uses alone for a person. `names`: every capitalised run of the text, so the end of a
 * longer name ("Sadeq Abu Amer") is not taken for a name of its own.
 */
function givenAndLoneSurname(lone: Set<string>, names: Set<string>, tokens: Token[]): boolean {
  if (tokens.length !== 2) return false;
  const [first, last] = tokens as [Token, Token];
  // ("Will" is a function word and a common given name: "Will Bell … Bell said".)
  const functionWord = STOP_WORDS.has(first.lower) && first.lower !== 'will';
  if (isTitle(first) || functionWord || !/^\p{Lu}\p{Ll}+$/u.test(last.text) || !lone.has(last.text))
    return false;
  if (isGivenName(first.text)) return true;
  if (/^\p{Lu}{2}$/u.test(first.text)) return !lookupPlace(first.text) && !isKnownBody(first.text);
  const pair = `${first.text} ${last.text}`;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(first.text) &&
    distinctiveness(first.text) >= 1 &&
    !isCommonWord(last.text) &&
    !lookupPlace(first.text) &&
    !lookupPlace(last.text) &&
    !lookupDemonym(first.text) &&
    !isKnownBody(first.text) &&
    !isOrgHead(first) &&
    !PARTY_WORDS.has(first.lower) &&
    ![...names].some((n) => n.length > pair.length && n.endsWith(` ${pair}`))
  );
}

function shouldDropInitial(ctx: MentionContext, tokens: Token[]): boolean {
  const t = tokens[0]!;
  const lower = clean(t.text);
  if (lookupPlace(t.text) || isKnownOrganization(t.text) || lookupDemonym(t.text) || isTitle(t)) return false;
  // "Foreign Minister …", "Deputy Director …": a role word before a title opens a role.
  if (ROLE_WORDS.has(lower) && tokens[1] && isTitle(tokens[1])) return false;
  if (NEVER_NAMES.has(lower)) return true;
  if (!t.initial) return false;
  // "Trump, meanwhile, …" after "Donald Trump": a surname of the article opens the sentence.
  if (tokens.length === 1 && ctx.surnames.has(t.text)) return false;
  // "Bank of Montreal", "Office of the …": an organisation head opening "of"/"for"/"on".
  if (ORG_STARTS.has(lower) && ['of', 'for', 'on'].includes(tokens[1]?.lower ?? '')) return false;
  // "Royal Bank of Canada", "National Bank": a word before an organisation head belongs to it.
  // (…also a head two or three words on: "House Democratic Caucus Chairman Hakeem Jeffries said".)
  const head = tokens.slice(1, 4).findIndex((x) => isOrgHead(x));
  if (
    head >= 0 &&
    tokens.slice(1, head + 1).every((x) => x.cap) &&
    !STOP_WORDS.has(lower) &&
    !/(?:ing|ed)$/.test(lower)
  )
    return false;
  // Places that open with a common word ("New Zealand offered help", "Fort Worth", "Great Falls").
  for (let n = Math.min(3, tokens.length); n >= 2; n--)
    if (lookupPlace(textOf(ctx.text, tokens.slice(0, n)))) return false;
  // "Will Bell is …" with "Bell said": a given name and a surname the article uses alone.
  if (givenAndLoneSurname(ctx.loneSurnames, ctx.spanTexts, tokens)) return false;
  if (STOP_WORDS.has(lower)) return true;
  if (isGivenName(t.text) && !isCommonWord(t.text)) return false;
  // "Rob Goldman": a given name before an uncommon capitalised word is a first name.
  const next = tokens[1];
  if (next && isGivenName(t.text) && !isCommonWord(next.text) && !isOrgHead(next)) return false;
  // The same name written mid-sentence elsewhere in the article ("Big Machine"; "King" after
  // "Gayle King"), and never as a lower-case word.
  if (tokens.length >= 2 && ctx.midSentenceNames.has(textOf(ctx.text, tokens))) return false;
  if (tokens.length === 1 && ctx.midSentenceNames.has(t.text) && !ctx.lowerSeen.has(lower)) return false;
  if (!(isCommonWord(lower) || ctx.lowerSeen.has(lower))) return false;
  // Names that start with a common word: "Big Machine Records", "Global Lighting Technologies".
  if (tokens.length >= 2 && isOrgHead(tokens[tokens.length - 1]!)) return false;
  return true;
}

export function extractMentions(ctx: MentionContext): Mention[] {
  const out: Mention[] = [];
  const defined = acronymDefinitions(ctx);
  out.push(...defined);
  for (const span of ctx.spans) {
    const first = span.tokens[0]!;
    const last = span.tokens[span.tokens.length - 1]!;
    if (defined.some((d) => first.start < d.end && last.end > d.start)) continue;
    const dateline = datelinePlace(ctx, span.tokens);
    if (dateline) out.push(dateline);
    else if (ctx.headlineSentences.has(span.tokens[0]!.sentence) || shouted(span.tokens))
      gazetteerOnly(ctx, span.tokens, out);
    else classifySpan(ctx, span, out);
  }
  demonymMentions(ctx, out);
  out.sort((a, b) => a.start - b.start);
  shareListAgency(ctx.text, out);
  return out;
}

/**
 * "managed FC Porto, Inter Milan, Chelsea, Real Madrid and Manchester United": a name listed
 * beside organisations or names that act is dealt with as one of them.
 */
function shareListAgency(text: string, mentions: Mention[]): void {
  const bodyLike = (m: Mention | undefined): boolean =>
    m !== undefined && (m.type === 'organization' || (m.type === 'unknown' && m.agent === true));
  // (The last may carry a description: "…, Costco and the recreational vehicle-maker Winnebago".)
  const listed = (a: Mention, b: Mention): boolean =>
    /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+(?:[\p{Ll}-]+\s+){1,3})?$/u.test(
      text.slice(a.end, b.start),
    );
  for (let pass = 0; pass < 2; pass++)
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.type !== 'unknown' || m.agent || m.personLike) continue;
      const prev = mentions[i - 1];
      const next = mentions[i + 1];
      if ((bodyLike(prev) && listed(prev!, m)) || (bodyLike(next) && listed(m, next!))) m.agent = true;
    }
}

/** In headline-case text, only whole gazetteer names (n-grams up to 3) count. */
function gazetteerOnly(ctx: MentionContext, tokens: Token[], out: Mention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(3, tokens.length - i); n >= 1; n--) {
      const part = tokens.slice(i, i + n);
      const place = lookupPlace(textOf(ctx.text, part));
      if (place) {
        out.push(placeMention(ctx.text, part, place));
        i += n - 1;
        break;
      }
    }
  }
}

function placeMention(
  text: string,
  tokens: Token[],
  place: { name: string; countryCode: string | null },
): Mention {
  return {
    name: textOf(text, tokens),
    type: 'place',
    start: tokens[0]!.start,
    end: tokens[tokens.length - 1]!.end,
    canonical: place.name,
    countryCode: place.countryCode,
    initial: tokens[0]!.initial,
  };
}

function classifySpan(ctx: MentionContext, span: NameSpan, out: Mention[]): void {
  let tokens = span.tokens;
  const spanName = textOf(ctx.text, tokens);
  const spanEnd = tokens[tokens.length - 1]!.end;
  // "SOUTHWEST MIAMI-DADE, FLA. (WSVN) —", "NAPA (KGO) --": the outlet a dateline credits.
  if (
    /^[^\n(]{2,60}\($/u.test(ctx.text.slice(0, tokens[0]!.start)) &&
    /^\)\s*[—–-]/u.test(ctx.text.slice(spanEnd, spanEnd + 4))
  ) {
    out.push({ name: spanName, type: 'organization', start: tokens[0]!.start, end: spanEnd, initial: false });
    return;
  }
  // "the Wheel of Time series", "the IBM Watson program", "a 20-mile Bus Rapid Transit line": a name
  // the text says is a work, product or scheme is no entity (gold/GUIDE.md), unless it is a known body.
  if (
    THING_AFTER.test(ctx.text.slice(spanEnd, spanEnd + 20)) &&
    !personLike(tokens) &&
    !tokens.some((t) => isGivenName(t.text)) &&
    !isKnownBody(spanName) &&
    !lookupPlace(spanName) &&
    !lookupCity(spanName)
  )
    return;
  // "told The Namibian", "in The Intercept": "The" written with a capital mid-sentence is part of
  // a title — a publication, unless the rest is a place ("The Hague") or a known name.
  const the = tokens[0]!;
  if (the.text === 'The' && !the.initial && tokens.length === 2 && !tokens[1]!.possessive) {
    const rest = tokens.slice(1);
    const restName = textOf(ctx.text, rest);
    const city = lookupCity(spanName);
    if (city) {
      out.push({
        name: spanName,
        type: 'place',
        start: the.start,
        end: spanEnd,
        initial: false,
        canonical: city.name,
        countryCode: city.countryCode,
      });
      return;
    }
    if (
      !lookupPlace(restName) &&
      !isKnownOrganization(restName) &&
      !personLike(rest) &&
      rest[0]!.cap &&
      !isTitle(rest[0]!)
    ) {
      out.push({
        name: textOf(ctx.text, tokens),
        type: 'organization',
        start: the.start,
        end: rest[0]!.end,
        initial: false,
      });
      return;
    }
  }
  // "Downing Street said", "Blue House announced": a building that speaks is its institution
  // (gold/GUIDE.md), also where its first word is a common one opening the sentence.
  const lastWord = tokens[tokens.length - 1]!;
  if (
    tokens.length >= 2 &&
    tokens.length <= 3 &&
    BUILDING_TAILS.has(lastWord.lower) &&
    !qualifiedInstitution(ctx, tokens) &&
    SPEAKS_AFTER.test(ctx.text.slice(lastWord.end, lastWord.end + 30))
  ) {
    const from = tokens[0]!.text === 'The' ? 1 : 0;
    const named = tokens.slice(from);
    out.push({
      name: textOf(ctx.text, named),
      type: 'organization',
      start: named[0]!.start,
      end: lastWord.end,
      initial: named[0]!.initial,
    });
    return;
  }
  // "Housing, Infrastructure and Communities Canada": a list of words closed by "and" and a country
  // names one department (the style of Canada's), the word before the comma included.
  const before = ctx.tokens[tokens[0]!.index - 1];
  const beforeThat = before ? ctx.tokens[before.index - 1] : undefined;
  if (
    before?.cap &&
    /^\p{Lu}\p{Ll}+$/u.test(before.text) &&
    !(
      beforeThat?.cap &&
      beforeThat.sentence === before.sentence &&
      /^ +$/.test(ctx.text.slice(beforeThat.end, before.start))
    ) &&
    ctx.text.slice(before.end, tokens[0]!.start) === ', ' &&
    tokens.length >= 3 &&
    tokens.some((t) => t.lower === 'and' && !t.cap) &&
    lookupPlace(lastWord.text)?.isCountry &&
    !lookupPlace(before.text)
  ) {
    out.push({
      name: ctx.text.slice(before.start, lastWord.end),
      type: 'organization',
      start: before.start,
      end: lastWord.end,
      initial: before.initial,
    });
    return;
  }
  // Drop sentence-initial common words ("Following", "The") and month/day names at either end.
  while (tokens.length > 0 && shouldDropInitial(ctx, tokens)) tokens = tokens.slice(1);
  while (tokens.length > 0 && (isConnector(tokens[0]!) || /^the$/i.test(tokens[0]!.text)))
    tokens = tokens.slice(1);
  while (
    tokens.length > 0 &&
    (isConnector(tokens[tokens.length - 1]!) ||
      // ("National Security Committee on Wednesday": the "on" a day took with it.)
      /^(?:on|in|to|at)$/u.test(tokens[tokens.length - 1]!.text) ||
      NEVER_NAMES.has(clean(tokens[tokens.length - 1]!.text)))
  )
    tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return;
  // A day or month inside a run splits it ("Monday Ahmad Lawan").
  const never = tokens.findIndex((t) => NEVER_NAMES.has(clean(t.text)));
  if (never >= 0) {
    if (never > 0) classifyTokens(ctx, tokens.slice(0, never), out);
    if (never < tokens.length - 1) classifyTokens(ctx, tokens.slice(never + 1), out);
    return;
  }
  classifyTokens(ctx, tokens, out);
}

/** Can stand alone as a name: a gazetteer or known name, a person-like name, or an uncommon word. */
function standsAlone(ctx: MentionContext, tokens: Token[]): boolean {
  const name = textOf(ctx.text, tokens);
  if (lookupPlace(name) || isKnownOrganization(name) || personLike(tokens)) return true;
  return tokens.length === 1 && !isCommonWord(tokens[0]!.text) && !lookupDemonym(tokens[0]!.text);
}

/**
 * [from, to) of "White House", "House" or "Senate" inside `tokens` when every other token is a party
 * word or a surname the article gives a person ("Trump White House", "Senate Democratic"), else null.
 * A place before it makes another chamber ("Indiana House", "Nigerian Senate"): not matched.
 */
function qualifiedInstitution(ctx: MentionContext, tokens: Token[]): [number, number] | null {
  if (tokens.length < 2) return null;
  const at = tokens.findIndex((t) => t.text === 'House' || t.text === 'Senate');
  if (at < 0) return null;
  const from = at > 0 && tokens[at]!.text === 'House' && tokens[at - 1]!.text === 'White' ? at - 1 : at;
  const modifies = (t: Token): boolean => PARTY_WORDS.has(t.lower) || ctx.surnames.has(t.text);
  const before = tokens.slice(0, from);
  const after = tokens.slice(at + 1);
  if (before.length + after.length === 0 || ![...before, ...after].every(modifies)) return null;
  return [from, at + 1];
}

function classifyTokens(ctx: MentionContext, span: Token[], out: Mention[]): void {
  const { text } = ctx;
  let tokens = span;
  while (tokens.length > 0 && isConnector(tokens[0]!)) tokens = tokens.slice(1);
  // "Labour MPs", "Tory MEPs": a plural acronym after a name is a role noun, not part of it.
  while (tokens.length > 1 && /^\p{Lu}{2,}s$/u.test(tokens[tokens.length - 1]!.text))
    tokens = tokens.slice(0, -1);
  // "MSP for Falkirk West", "MP for Holborn": a member's seat is a role, not a name.
  if (MEMBER_TITLES.has(tokens[0]!.text.replace(/s$/u, '')) && tokens[1]?.lower === 'for') return;
  while (tokens.length > 0 && isConnector(tokens[tokens.length - 1]!)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return;
  const name = textOf(text, tokens);
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const base = { start: first.start, end: last.end, initial: first.initial };

  if (celestialBody(ctx, tokens)) return;
  // "King's College London", "Queen's University Belfast": a title owning an organisation head
  // names an institution, not a role before a person's name.
  if (
    first.possessive &&
    isTitle(first) &&
    tokens.slice(1).some(isOrgHead) &&
    !tokens.some((t) => t.lower === 'and' && !t.cap)
  ) {
    out.push({ name, type: 'organization', ...base });
    return;
  }
  // "McDonald's", "Lowe's": a known firm whose name ends in "'s", which the tokeniser took for a
  // possessive.
  const brand = last.possessive ? text.slice(first.start, last.end + 2) : '';
  if (/['’]s$/u.test(brand) && isKnownBody(brand)) {
    out.push({
      name: brand,
      type: 'organization',
      start: first.start,
      end: last.end + 2,
      initial: first.initial,
    });
    return;
  }
  const place = lookupPlace(name);
  // "Allen writes" after "Woody Allen", "we spoke with Austin" after "Dianne Austin": a one-word
  // town that is the surname of someone the article names in full is that person (not a country,
  // and not a town the text places: "in Austin, Texas").
  // (A country only when it is a common surname and no word of place comes before it: "Jordan
  // said" after "Michael Jordan", but "in Jordan".)
  const wordBefore = ctx.tokens[first.index - 1];
  const placeCue =
    wordBefore !== undefined &&
    !wordBefore.cap &&
    (PLACE_PREPOSITIONS.has(wordBefore.lower) ||
      CITY_PREPOSITIONS.has(wordBefore.lower) ||
      wordBefore.lower === 'of') &&
    // ("according to Jordan" names a source.)
    !afterAccordingTo(ctx.tokens, first.index);
  const townSurname =
    place &&
    tokens.length === 1 &&
    (!place.isCountry || (isCountrySurname(first) && !placeCue)) &&
    ctx.surnames.has(name) &&
    !/^,\s+\p{Lu}/u.test(text.slice(last.end, last.end + 4));
  if (place && !townSurname) {
    out.push(placeMention(text, tokens, place));
    return;
  }
  // "in South Florida", "across Southern California": a compass part of a state or country after a
  // word of place is a region. (Elsewhere it may be a university's side: "Eastern Michigan rolled
  // past Northern Illinois".)
  if (
    tokens.length >= 2 &&
    COMPASS.has(first.lower) &&
    lookupPlace(textOf(text, tokens.slice(1))) &&
    // (A part of a continent is a region anywhere: no side is named "Eastern Europe".)
    ((tokens.length === 2 && CONTINENTS.has(last.lower)) ||
      /\b(?:in|across|throughout|from|to|near|around|into|of)\s+(?:the\s+)?$/u.test(
        text.slice(Math.max(0, first.start - 16), first.start),
      ))
  ) {
    out.push({ name, type: 'place', ...base });
    return;
  }
  // "Democrats took the House", "the House passed": a legislature's chamber named by its head word.
  if (
    tokens.length === 1 &&
    CHAMBERS.has(first.text) &&
    !first.initial &&
    /\bthe\s+$/u.test(text.slice(Math.max(0, first.start - 4), first.start))
  ) {
    out.push({ name, type: 'organization', ...base });
    return;
  }
  // "the New Hampshire Democratic primary", "Kentucky Republican Mitch McConnell", "the Republican
  // Iowa caucuses": a party adjective beside a place qualifies what follows; the place is the name.
  const partyAt = PARTY_ADJECTIVES.has(first.lower)
    ? 0
    : PARTY_ADJECTIVES.has(last.lower)
      ? tokens.length - 1
      : -1;
  if (partyAt >= 0 && tokens.length >= 2) {
    const rest = partyAt === 0 ? tokens.slice(1) : tokens.slice(0, -1);
    if (lookupPlace(textOf(text, rest))) {
      classifyTokens(ctx, rest, out);
      return;
    }
  }
  // "the Trump White House", "a Democratic House", "Senate Democratic leader": a party or a
  // person's surname beside a chamber or the White House qualifies the institution, which is the name.
  const institution = qualifiedInstitution(ctx, tokens);
  if (institution) {
    const [from, to] = institution;
    if (from > 0 && ctx.surnames.has(textOf(text, tokens.slice(0, from))))
      classifyTokens(ctx, tokens.slice(0, from), out);
    const inst = tokens.slice(from, to);
    out.push({
      name: textOf(text, inst),
      type: 'organization',
      start: inst[0]!.start,
      end: inst[inst.length - 1]!.end,
      initial: inst[0]!.initial,
    });
    return;
  }
  // "a strategist at Cantor Fitzgerald", "the policy coordinator at Observatório do Clima": the body
  // a role works at, though its words look like a person's.
  // ("for"/"with" may name a person one works for: "press secretary for Bill Clinton".)
  const roleAt = /\b([\p{Ll}-]+)\s+(at|with|for)\s+(?:the\s+)?$/u.exec(
    text.slice(Math.max(0, first.start - 40), first.start),
  );
  if (
    roleAt &&
    (roleAt[2] === 'at' || !personLike(tokens)) &&
    !lookupDemonym(name) &&
    !/^\s+\p{Ll}{1,3}\s+\p{Lu}/u.test(text.slice(last.end, last.end + 12)) &&
    (PERSON_TITLES.has(roleAt[1]!) || JOB_NOUNS.has(roleAt[1]!)) &&
    !first.initial &&
    !lookupPlace(name) &&
    !lookupCity(name) &&
    !ctx.surnames.has(name)
  ) {
    out.push({ name, type: 'organization', ...base });
    return;
  }
  // "said Bill Powers, …" with "Mr. Powers" elsewhere, "Mark Hill is …" with "Hill said": a given name
  // and a surname the article uses alone for a person, though both are also words.
  if (givenAndLoneSurname(ctx.loneSurnames, ctx.spanTexts, tokens) && !lookupPlace(name)) {
    // (Keeping a role written before it: "Montana senator Jon Tester" is "the senator" later.)
    const role = roleShowsPerson(ctx, tokens);
    out.push({ name, type: 'person', ...base, ...(role ? { role } : {}) });
    return;
  }
  // "officials met Mike Pence", "Mike Glass threw for three touchdowns": a given name that is only a
  // rare word (SCOWL size 35: "Mike", "Rob", "Robin") before a word the article never writes in lower
  // case is a person, though both are also words. (Not a firm's name first: "Ford Fiesta"; not a
  // known place or firm: "Palm Springs", "Wells Fargo".)
  if (
    tokens.length === 2 &&
    isGivenName(first.text) &&
    distinctiveness(first.text) === 1 &&
    tokens.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)) &&
    !ctx.lowerSeen.has(last.lower) &&
    !isOrgHead(last) &&
    !NON_ENTITY_TAILS.has(last.lower) &&
    !lookupPlace(name) &&
    !lookupCity(name) &&
    !lookupPlace(last.text) &&
    // (…not a thing ordered or bought, "a Bud Light", nor a town a state follows: "Glen Allen, Va.")
    !/\ban?\s+$/iu.test(text.slice(Math.max(0, first.start - 3), first.start)) &&
    !/^,\s+(?:\p{Lu}\p{Ll}{0,4}\.|\p{Lu}{2}\b)/u.test(text.slice(last.end, last.end + 9)) &&
    ![name, first.text].some(isKnownBody)
  ) {
    out.push({ name, type: 'person', ...base });
    return;
  }
  // A known organisation or listed company ("Lockheed Martin", "Costco"), unless the article names
  // a person of that surname ("Dell" after "Michael Dell", "Ford" after "Mike Ford").
  const personsSurname = tokens.length === 1 && ctx.surnames.has(name);
  if (isKnownBody(name) && !personsSurname) {
    out.push({ name, type: 'organization', ...base });
    return;
  }
  // Hyphenated country compounds: "Armenian-US", "U.S.-Mexico".
  if (tokens.length === 1 && first.text.includes('-')) {
    const parts = first.text.split(/-(?=\p{Lu})/u);
    const countries = parts.map((p) => lookupDemonym(p) ?? lookupPlace(p));
    if (parts.length > 1 && countries.every((c) => c !== undefined)) {
      for (const c of countries) {
        const record = c as { name: string; code?: string; countryCode?: string | null };
        out.push({
          name: first.text,
          type: 'place',
          ...base,
          canonical: record.name,
          countryCode: record.code ?? record.countryCode ?? null,
        });
      }
      return;
    }
  }
  if (notAName(ctx, tokens)) return;
  // An organisation head alone ("Inc." after a comma) is not a name.
  if (tokens.length === 1 && isOrgHead(first) && !isKnownOrganization(name) && !ctx.surnames.has(name))
    return;
  // Regional adjectives ("European hospitals", "Western interests") are not names.
  if (tokens.length === 1 && REGIONAL_ADJECTIVES.has(first.lower)) return;
  // A demonym alone is not a name (demonymMentions decides whether it stands for its state).
  if (lookupDemonym(name)) return;
  // "African Americans", "Asian Canadians", "Native Americans": a people named by demonyms is no
  // person (gold/GUIDE.md: demonyms are not entities).
  if (
    tokens.length >= 2 &&
    /s$/u.test(last.text) &&
    lookupDemonym(last.text.slice(0, -1)) &&
    tokens
      .slice(0, -1)
      .every((t) => REGIONAL_ADJECTIVES.has(t.lower) || t.lower === 'native' || lookupDemonym(t.text))
  )
    return;
  // A role with no name after it ("House of Representatives Speaker", "Senate Leader") — unless
  // the word is the surname of a person the article names ("King asked" after "Gayle King").
  // (Not a body "of" a word that is also a title: "the Department of Justice", "Ministry of State".)
  const bodyOfTitle = tokens.length === 3 && ORG_STARTS.has(first.lower) && tokens[1]!.lower === 'of';
  if (
    isTitle(last) &&
    !bodyOfTitle &&
    !/^\p{Lu}\.$/u.test(last.text) &&
    !(tokens.length >= 2 && isGivenName(tokens[tokens.length - 2]!.text)) &&
    !(tokens.length === 1 && ctx.surnames.has(name))
  ) {
    const withoutTitle = tokens.slice(0, -1);
    if (withoutTitle.length > 0 && !withoutTitle.some(isTitle)) rolePlaces(text, withoutTitle, out);
    return;
  }

  // "President Xi Jinping of China": a titled name, then what it is "of".
  const ofIdx = tokens.findIndex((t) => t.lower === 'of' && !t.cap);
  if (ofIdx > 1) {
    const left = tokens.slice(0, ofIdx);
    const lastTitle = left.map(isTitle).lastIndexOf(true);
    if (
      lastTitle >= 0 &&
      lastTitle < left.length - 1 &&
      // ("Rep. Jim Jordan of Ohio": a surname that is also a country, after a given name.)
      left
        .slice(lastTitle + 1)
        .every(
          (t, i, a) =>
            nameish(t, i === a.length - 1) ||
            (i === a.length - 1 && i > 0 && isCountrySurname(t) && isGivenName(a[i - 1]!.text)),
        )
    ) {
      classifyTokens(ctx, left, out);
      classifyTokens(ctx, tokens.slice(ofIdx + 1), out);
      return;
    }
  }
  // "Senior Vice President of Sales for Dräger", "Head of Platform Solutions for Ascom": a role,
  // then the organisation it is for.
  const forIdx = tokens.map((t) => t.lower === 'for' && !t.cap).lastIndexOf(true);
  let nameStart = tokens.length;
  while (nameStart > 0 && nameish(tokens[nameStart - 1]!, nameStart === tokens.length)) nameStart--;
  const endsWithPerson = nameStart < tokens.length && personLike(tokens.slice(nameStart));
  if (
    !endsWithPerson &&
    forIdx > 0 &&
    tokens.slice(0, forIdx).some(isTitle) &&
    forIdx < tokens.length - 1 &&
    !tokens.slice(forIdx + 1).some(isTitle)
  ) {
    classifyTokens(ctx, tokens.slice(forIdx + 1), out);
    return;
  }
  // A role phrase with no name in it ("Head of Platform Solutions", "President of the Senate");
  // a known organisation after "of" still counts ("the Senate").
  const ofAt0 = tokens.findIndex((t) => t.lower === 'of' && !t.cap);
  if (isTitle(first) && ofAt0 > 0 && !endsWithNameOf(tokens)) {
    const after = tokens.slice(ofAt0 + 1).filter((t, i) => i > 0 || t.lower !== 'the');
    if (after.length > 0 && isKnownOrganization(textOf(text, after))) classifyTokens(ctx, after, out);
    return;
  }
  if (isTitle(first) && !ORG_STARTS.has(first.lower) && tokens.some(isConnector) && !endsWithNameOf(tokens))
    return;
  // Role + name: "Armenian Foreign Minister Ararat Mirzoyan", "Mr. Garrett", "Prince Andrew",
  // "American Kevin King". The name is the longest run of name-like words at the end; a title or
  // a nationality before it makes a role.
  let s = tokens.length;
  // A surname that is also a title word ("Kevin King", "Daniel King Jr.") after a given name.
  const surnameAt = tokens.length - 1 - (tokens.length >= 3 && /^(?:Jr|Sr)\.?$/u.test(last.text) ? 1 : 0);
  if (
    surnameAt >= 1 &&
    isTitle(tokens[surnameAt]!) &&
    isGivenName(tokens[surnameAt - 1]!.text) &&
    !isTitle(tokens[surnameAt - 1]!)
  )
    s = surnameAt;
  // (A lower-case particle inside the name goes with it: "Crown Prince Mohammed bin Salman".)
  const particle = (k: number): boolean =>
    k >= 2 &&
    k < tokens.length &&
    !tokens[k - 1]!.cap &&
    NAME_PARTICLES.has(tokens[k - 1]!.lower) &&
    nameish(tokens[k - 2]!, false);
  while (s > 0 && (nameish(tokens[s - 1]!, s === tokens.length) || particle(s))) s--;
  // "Chancellor of the Exchequer Rachel Reeves": the word closing an "of the" role before a given name.
  if (
    s > 0 &&
    isConnector(tokens[s - 1]!) &&
    tokens.length - s >= 3 &&
    !isGivenName(tokens[s]!.text) &&
    isGivenName(tokens[s + 1]!.text) &&
    !isCommonWord(tokens[s + 1]!.text)
  )
    s++;
  const prefix = tokens.slice(0, s);
  const nationality = prefix.length > 0 && prefix.every((t) => lookupDemonym(t.text) || lookupPlace(t.text));
  if (
    s > 0 &&
    s < tokens.length &&
    tokens.length - s <= 4 &&
    !lookupPlace(textOf(text, tokens.slice(s))) &&
    !lookupPlace(textOf(text, tokens.slice(Math.max(0, s - 1)))) &&
    (prefix.some(isTitle) || (nationality && personLike(tokens.slice(s)))) &&
    // The name after a role is a person's ("… of National Intelligence" is not); right after a
    // title, a given name and one more word is one even when that word ends places ("Mayor Linda Park").
    (personLike(tokens.slice(s)) ||
      (tokens.length - s === 1 && !isCommonWord(tokens[s]!.text)) ||
      // (…or a first name no list holds: "Sen. Sherrod Brown"; or a given name and a surname that
      // are both words: "Attorney General Jack Smith", "Gov. Bill Lee".)
      (tokens.length - s === 2 &&
        isTitle(tokens[s - 1]!) &&
        (!isCommonWord(tokens[s]!.text) || isGivenName(tokens[s]!.text)) &&
        /^\p{Lu}\p{Ll}+$/u.test(tokens[s]!.text) &&
        !isOrgHead(tokens[s + 1]!)))
  ) {
    const nameTokens = tokens.slice(s);
    // "Bill Clinton and President Trump": a name before "and", the role after it.
    const lastAnd = prefix.map((t) => t.lower === 'and' && !t.cap).lastIndexOf(true);
    const afterAnd = prefix.slice(lastAnd + 1);
    const roleAfterAnd =
      afterAnd.some((t) => isTitle(t) || lookupDemonym(t.text)) &&
      afterAnd.every(
        (t) => isTitle(t) || ROLE_WORDS.has(t.lower) || lookupDemonym(t.text) || lookupPlace(t.text),
      );
    const beforeAnd = prefix.slice(0, lastAnd);
    let runStart = beforeAnd.length;
    while (runStart > 0 && nameish(beforeAnd[runStart - 1]!, runStart === beforeAnd.length)) runStart--;
    const nameBeforeAnd = runStart < beforeAnd.length && personLike(beforeAnd.slice(runStart));
    if (lastAnd > 0 && (!beforeAnd.some(isTitle) || roleAfterAnd || nameBeforeAnd)) {
      classifyTokens(ctx, prefix.slice(0, lastAnd), out);
      classifyTokens(ctx, tokens.slice(lastAnd + 1), out);
      return;
    }
    rolePlaces(text, prefix, out);
    out.push({
      name: textOf(text, nameTokens),
      type: 'person',
      start: nameTokens[0]!.start,
      end: last.end,
      role: textOf(text, prefix),
      initial: false,
    });
    return;
  }
  // Two names joined by "and": "Rudolph and Garrett", "Wistron and Global Lighting Technologies".
  // "&" joins the names of one firm ("Ernst & Young", "Frost & Sullivan") unless "the" follows it.
  // (Of two, the "and" a "the" follows: "Office of Management and Budget and the Office of …".)
  const joins = (t: Token, i: number): boolean =>
    (t.lower === 'and' || (t.text === '&' && tokens[i + 1]?.lower === 'the')) && !t.cap;
  const andThe = tokens.findIndex((t, i) => joins(t, i) && tokens[i + 1]?.lower === 'the');
  const andAt = andThe >= 0 ? andThe : tokens.findIndex(joins);
  const right = tokens.slice(andAt + 1);
  // "Committee on the Strategic Competition Between the United States and the Chinese Communist
  // Party": "between" inside a body's name asks for the "and" that follows.
  const between = tokens
    .slice(0, andAt)
    .some((t, i) => t.lower === 'between' && tokens.slice(0, i).some(isOrgHead));
  // ("U.S. Customs and Border Protection": a leading country is the body's, not the first name's.)
  const countryLead = ALL_CAPS.test(first.text) && lookupPlace(first.text)?.isCountry ? 1 : 0;
  const twoNames =
    andAt > 0 &&
    right.length > 0 &&
    !between &&
    // "Rosenberg Research & Associates Inc.": a company name ending in its legal form stays whole,
    // unless the part before "and" ends in one too ("Dollar General Corp. and Lululemon Athletica Inc.").
    (!CORPORATE_SUFFIX.test(last.text) || CORPORATE_SUFFIX.test(tokens[andAt - 1]?.text ?? '')) &&
    // "… School of Medicine and the Jewish General Hospital", "Global Affairs Canada and IRCC".
    (right[0]!.lower === 'the' ||
      (right.length === 1 && ALL_CAPS.test(right[0]!.text) && right[0]!.text.length >= 2) ||
      (lookupDemonym(tokens[0]!.text) !== undefined && lookupDemonym(right[0]!.text) !== undefined) ||
      standsAlone(ctx, tokens.slice(0, andAt)) ||
      // "Nottingham Forest and Bournemouth": one uncommon word after "and" is a name of its own.
      (tokens[andAt]!.lower === 'and' &&
        !name.includes(',') &&
        right.length === 1 &&
        !isCommonWord(right[0]!.text) &&
        !isOrgHead(right[0]!) &&
        andAt >= 2) ||
      (personLike(right) && isGivenName(right[0]!.text)) ||
      CORPORATE_SUFFIX.test(tokens[andAt - 1]!.text) ||
      // "Procter & Gamble and Dow Jones & Company": a firm written with "&" is not joined by "and".
      tokens
        .slice(0, andAt)
        .some((t) => t.text === '&') ||
      // "Centre for Research on Energy and Clean Air": "and" inside what a head is "of"/"for"/"on"
      // joins that object's words, not two names.
      // …unless a full name with its own head follows ("… Institute for X and Johns Hopkins University").
      (right.length >= 2 && isOrgHead(right[right.length - 1]!) && !isCommonWord(right[0]!.text)) ||
      (!headOfPhrase(tokens.slice(0, andAt)) &&
        ((andAt - countryLead >= 2 && right.length >= 2 && !isOrgHead(right[right.length - 1]!)) ||
          ctx.spanTexts.has(textOf(text, tokens.slice(0, andAt))))));
  if (twoNames) {
    const left = tokens.slice(0, andAt);
    // ("Health and Safety Executive" shares one head; "the Pentagon and the State Department" does not.)
    if (
      right[0]!.lower === 'the' ||
      !(
        left.length === 1 &&
        isOrgHead(tokens[tokens.length - 1]!) &&
        /^\p{Lu}[\p{Ll}]/u.test(left[0]!.text) &&
        isCommonWord(left[0]!.text)
      )
    ) {
      classifyTokens(ctx, left, out);
      classifyTokens(ctx, tokens.slice(andAt + 1), out);
      return;
    }
  }

  if (tokens.length === 1 && isTitle(first) && !ctx.surnames.has(name)) return;
  // "President Ascom North America": a title before a name that is no person's. (A name ending in
  // an organisation head named after a person keeps the title: "Lady Pohamba Private Hospital";
  // so does a title naming the department's field: "the Justice Department".)
  if (
    isTitle(first) &&
    !ORG_STARTS.has(first.lower) &&
    !(tokens.length >= 3 && isOrgHead(last) && !isTitle(tokens[1]!)) &&
    !(tokens.length === 2 && isOrgHead(last))
  ) {
    let k = 0;
    while (k < tokens.length && (isTitle(tokens[k]!) || ROLE_WORDS.has(tokens[k]!.lower))) k++;
    if (k > 0 && k < tokens.length) {
      classifyTokens(ctx, tokens.slice(k), out);
      return;
    }
  }

  // "Brian Batko of the Pittsburgh Post-Gazette": a person's name, then an organisation.
  const ofAt = tokens.findIndex((t) => t.lower === 'of' && !t.cap);
  if (ofAt > 0 && personLike(tokens.slice(0, ofAt)) && !ORG_STARTS.has(first.lower)) {
    classifyTokens(ctx, tokens.slice(0, ofAt), out);
    classifyTokens(ctx, tokens.slice(ofAt + 1), out);
    return;
  }
  const after = text.slice(last.end, last.end + 40);
  // "BAAR, SWITZERLAND", "McAllen, Texas": a name followed by a state or country is a town.
  const stateAfter = /^,\s+(\p{Lu}[\p{L}]*\.?(?:\s\p{Lu}[\p{L}]*\.?)?)/u.exec(after);
  const region = stateAfter
    ? (lookupPlace(stateAfter[1]!) ?? lookupPlace(stateAfter[1]!.replace(/\.$/, '')))
    : undefined;
  // A state written as an abbreviation ("Palo Alto, Calif.") makes a town even of a person-like name.
  const abbreviated = stateAfter ? /\.$/.test(stateAfter[1]!) : false;
  // (Not a body's name: "the University of Toronto, Canada".)
  if (
    region &&
    (!personLike(tokens) || tokens.length === 1 || abbreviated) &&
    !tokens.some(isOrgHead) &&
    !ORG_STARTS.has(first.lower)
  ) {
    out.push({ name, type: 'place', ...base, countryCode: region.countryCode });
    return;
  }
  // "Bartholomew County", "Osun State", "Inner Mongolia Autonomous Region".
  if (
    tokens.length > 1 &&
    (PLACE_TAILS.has(last.lower) ||
      ((GEO_TAILS.has(last.lower) || PLACE_STARTS.has(first.lower.replace(/\.$/, ''))) && !isOrgHead(last)))
  ) {
    out.push({ name, type: 'place', ...base });
    return;
  }
  // "Wells Fargo analyst Zachary Fadem", "Steelers defensive captain Cam Heyward": an employer.
  // (…or a role closed by "and" or a comma: "Desjardins Economics managing director and head".)
  const employer =
    /^\s+(?:(?!(?:is|was|are|were|the|a|an|has|had)\s)[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?:\s+\p{Lu}|\s*,|\s+and\b)/u.exec(
      text.slice(last.end, last.end + 60),
    );
  // (A town before the role is where the person is from: "Durban author X", "a Leeds lawyer"; a
  // person's surname is whom they work for: "Harris senior adviser David Plouffe".)
  if (
    employer &&
    PERSON_TITLES.has(employer[1]!) &&
    !personsSurname &&
    !lookupPlace(name) &&
    !lookupCity(name) &&
    tokens.every((t) => !isTitle(t))
  ) {
    out.push({ name, type: 'organization', ...base });
    return;
  }
  // "— Tottenham Hotspur (@SpursOfficial)": a name signing with its account is its holder's.
  if (/^\s*\(@\w+\)/u.test(after) && !personLike(tokens)) {
    out.push({ name, type: 'organization', ...base });
    return;
  }
  // "Cleveland Browns", "Kansas City Chiefs": a place and a plural name is a team.
  for (let k = Math.min(3, tokens.length - 1); k >= 1; k--) {
    if (
      k === tokens.length - 1 &&
      (lookupPlace(textOf(text, tokens.slice(0, k))) ||
        // (A city that is no given name: "Sheffield Steelers", not "Murray Jones".)
        (lookupCity(textOf(text, tokens.slice(0, k))) && !isGivenName(first.text))) &&
      /^\p{Lu}\p{Ll}+s$/u.test(last.text) &&
      !lookupDemonym(last.text.slice(0, -1))
    ) {
      out.push({ name, type: 'organization', ...base });
      return;
    }
  }
  // "loss to the Chiefs", "facing the Browns", "Broncos vs. Raiders": a plural name one side plays
  // against is a team (a people is no side: "against Palestinians").
  if (
    /^\p{Lu}\p{Ll}+s$/u.test(last.text) &&
    !lookupDemonym(last.text) &&
    !lookupDemonym(last.text.slice(0, -1)) &&
    !lookupPlace(name) &&
    (PLAYS_AGAINST_BEFORE.test(text.slice(Math.max(0, first.start - 30), first.start)) ||
      PLAYS_AGAINST_AFTER.test(text.slice(last.end, last.end + 10)))
  ) {
    out.push({ name, type: 'organization', ...base });
    return;
  }
  const shownRole = roleShowsPerson(ctx, tokens);
  if (shownRole !== null) {
    out.push({ name, type: 'person', ...base, ...(shownRole ? { role: shownRole } : {}) });
    return;
  }
  // "Canadian Rockies", "Swiss Alps": a demonym and a plural name with no organisation head is a region.
  if (
    tokens.length === 2 &&
    lookupDemonym(first.text) &&
    /^\p{Lu}\p{Ll}+s$/u.test(last.text) &&
    !isOrgHead(last) &&
    !isCommonWord(last.text) &&
    !isPeopleName(last.text)
  ) {
    out.push({ name, type: 'place', ...base });
    return;
  }
  // ("Panama City", "Kuwait City": a town GeoNames names with "City" is no club or firm; nor is a
  // country's, region's or state's name with "City", "Gaza City", "New York City" — a town's name
  // with it is its club: "Manchester City".)
  const cityNamed = last.lower === 'city' && lookupCity(name) !== undefined;
  if (last.lower === 'city' && !cityNamed && tokens.length >= 2) {
    const of = lookupPlace(textOf(text, tokens.slice(0, -1)));
    if (of && !of.isCity) {
      out.push({ name, type: 'place', ...base, canonical: name, countryCode: of.countryCode ?? null });
      return;
    }
  }
  const orgShape =
    (isOrgHead(last) && !cityNamed) ||
    (ORG_STARTS.has(first.lower) && tokens.length > 1) ||
    tokens.some((t, i) => i > 0 && (isConnector(t) || t.lower === 'on') && isOrgHead(tokens[i - 1]!)) ||
    tokens.some((t) => t.text === '&') ||
    /\p{L}\.\p{L}{2,}/u.test(name) ||
    (tokens.length === 1 &&
      /^\p{Lu}[\p{Lu}\d&]{1,4}$/u.test(name) &&
      !/^[IVX]+$/.test(name) &&
      !isCommonWord(name)) ||
    (tokens.length === 1 &&
      /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{L}*$/u.test(name) &&
      !/^(?:Mac|Mc|De|Di|Da|La|Le|Van|Von)\p{Lu}/u.test(name) &&
      !first.initial);
  if (orgShape) {
    out.push({ name, type: 'organization', ...base });
    return;
  }

  // A town in the GeoNames list: a place after "in", "at", "near"…, or when it is a city of
  // 100,000 or more whose name is no person's, given name or common word.
  const city = lookupCity(name);
  if (city) {
    const p = ctx.tokens[first.index - 1];
    const cue =
      p !== undefined &&
      p.sentence === first.sentence &&
      !p.cap &&
      (PLACE_PREPOSITIONS.has(p.lower) ||
        // ("according to Lopez", "wrote to Garcia" after "Maria Lopez", "Rosa Garcia": a person.)
        (CITY_PREPOSITIONS.has(p.lower) && !personLike(tokens) && !ctx.surnames.has(name)));
    // (Not a surname the article gives a person, written as theirs: "at Allen’s apartment".)
    if (cue && !first.initial && !(last.possessive && ctx.surnames.has(name))) {
      out.push({ name, type: 'place', ...base, canonical: city.name, countryCode: city.countryCode });
      return;
    }
    // Without a cue, weak evidence: a person of that surname in the article wins (resolve.ts).
    // (A big city's name that is also a given name — "Sheffield", "Adelaide" — counts when no
    // name in the article opens with it: "Austin has seen rain", not "Austin Reaves … Austin".)
    // (Nor one with an age after it: "their two kids, Jack, 5, and Charlotte, 3".)
    const givenNameCity =
      isGivenName(first.text) &&
      tokens.length === 1 &&
      city.population >= BIG_CITY &&
      !/^,\s*\d{1,3}\b/u.test(text.slice(last.end, last.end + 6)) &&
      !opensLongerName(ctx.spanTexts, name);
    if (
      city.population >= CITY_WITHOUT_CUE &&
      !isCommonWord(name) &&
      (givenNameCity || (!personLike(tokens) && !isGivenName(first.text)))
    ) {
      out.push({ name, type: 'unknown', ...base, personLike: false, placeHint: true });
      return;
    }
  }
  // Context: cue words before the name, an age after it, a place word around it.
  const prev = ctx.tokens[first.index - 1];
  const prev2 = ctx.tokens[first.index - 2];
  const sameSentence = (t: Token | undefined): t is Token => t !== undefined && t.sentence === first.sentence;
  const closeBefore = (t: Token | undefined): t is Token =>
    sameSentence(t) && /^[\s,]{1,3}$/.test(text.slice(t.end, first.start));
  // "her younger sister Maya", "husband Mike": a first name after a kin word.
  const kin = ctx.tokens[first.index - 1];
  if (
    kin &&
    kin.sentence === first.sentence &&
    !kin.cap &&
    KIN_WORDS.has(kin.lower) &&
    tokens.length <= 3 &&
    !isCommonWord(first.text)
  ) {
    out.push({ name, type: 'person', ...base });
    return;
  }
  // "companies such as Petronas, Proton and others".
  if (ORG_EXAMPLES_CUE.test(text.slice(Math.max(0, first.start - 120), first.start)) && !personLike(tokens)) {
    out.push({ name, type: 'organization', ...base });
    return;
  }
  // "Oranjemund in Namibia": a name placed in a country or state is a town.
  const inPlace = /^\s+in\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)/u.exec(after);
  if (
    inPlace &&
    lookupPlace(inPlace[1]!) &&
    !personLike(tokens) &&
    !tokens.some(isOrgHead) &&
    !isCommonWord(name) &&
    // "Greenpeace East Asia in Beijing": a name ending in a region is a body's branch, not a town.
    !tokens.some((_, i) => i > 0 && lookupPlace(textOf(text, tokens.slice(i))))
  ) {
    out.push({ name, type: 'place', ...base });
    return;
  }
  if (
    (ORG_APPOSITION.test(after) ||
      ORG_FRONT_APPOSITION.test(text.slice(Math.max(0, first.start - 100), first.start))) &&
    !personLike(tokens)
  ) {
    out.push({ name, type: 'organization', ...base });
    return;
  }
  // An outlet that has learnt, or a body defined with its acronym ("The Kuomintang (KMT)"), or a
  // firm someone works for, joins or is bought by.
  if (
    !personLike(tokens) &&
    !last.possessive &&
    !ctx.surnames.has(name) &&
    (OUTLET_AFTER.test(after) ||
      /^\s+\(\p{Lu}{2,6}\)/u.test(after) ||
      WORK_CUE.test(text.slice(Math.max(0, first.start - 30), first.start))) &&
    // ("joining Avinoam and his team": the first name of someone the article names in full.)
    !opensLongerName(ctx.spanTexts, name)
  ) {
    out.push({ name, type: 'organization', ...base });
    return;
  }
  // An outlet or source cited by name ("told Fox", "according to Wealthynickel").
  // (Not a lone letter: "a report by E! News" is cut at the "!".)
  if (
    SOURCE_CUE.test(text.slice(Math.max(0, first.start - 30), first.start)) &&
    name.length > 1 &&
    !personLike(tokens) &&
    !last.possessive &&
    !ctx.surnames.has(name) &&
    !tokens.some((t) => t.lower === 'of')
  ) {
    out.push({ name, type: 'organization', ...base });
    return;
  }
  if (
    closeBefore(prev) &&
    isTitle(prev) &&
    !lookupPlace(name) &&
    (personLike(tokens) || tokens.length === 1 || !isCommonWord(last.text))
  ) {
    out.push({ name, type: 'person', ...base, role: prev.text });
    return;
  }
  if (
    /^,\s+(?:\d{1,3}|aged \d{1,3})\b/.test(after) &&
    (personLike(tokens) || (tokens.length === 1 && !isCommonWord(first.text)))
  ) {
    out.push({ name, type: 'person', ...base });
    return;
  }
  if (closeBefore(prev) && !prev.cap && ORG_NOUNS.has(prev.lower) && !personLike(tokens)) {
    out.push({ name, type: 'organization', ...base });
    return;
  }
  if (/^-based\b/.test(after) || PLACE_AFTER.test(after)) {
    out.push({ name, type: 'place', ...base });
    return;
  }
  const before = text.slice(Math.max(0, first.start - 30), first.start);
  const placeOf = /\b(\p{Ll}+)\s+of\s+(?:the\s+)?$/u.exec(before);
  if ((placeOf && PLACE_OF.has(placeOf[1]!)) || /\d{1,3},\s+of\s+$/.test(before)) {
    out.push({ name, type: 'place', ...base });
    return;
  }
  if (
    closeBefore(prev) &&
    !prev.cap &&
    PLACE_PREPOSITIONS.has(prev.lower) &&
    prev.lower !== 'at' &&
    !first.initial &&
    !last.possessive &&
    !(isGivenName(first.text) && tokens.length > 1) &&
    tokens.every((t) => !isCommonWord(t.text)) &&
    !(prev2 && sameSentence(prev2) && ORG_NOUNS.has(prev2.lower))
  ) {
    // Weak evidence: resolve.ts lets a person or organisation of the same name win.
    out.push({ name, type: 'unknown', ...base, personLike: personLike(tokens), placeHint: true });
    return;
  }
  const commonUse =
    tokens.length === 1 && isCommonWord(name) && (ctx.lowerSeen.has(first.lower) || /^ \p{Ll}/u.test(after));
  out.push({
    name,
    type: 'unknown',
    ...base,
    personLike: personLike(tokens),
    commonUse,
    possessive: last.possessive,
    agent: actsHere(text, first.start, last.end, last.possessive),
  });
}

/** The name acts or is dealt with as a body here, not only named as a thing. */
function actsHere(text: string, start: number, end: number, possessive: boolean | undefined): boolean {
  if (possessive) return true;
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 80);
  return (
    AGENT_AFTER.test(after) ||
    ORG_APPOSITION.test(after) ||
    AGENT_BEFORE.test(before) ||
    WORK_CUE.test(before) ||
    SOURCE_CUE.test(before)
  );
}

/**
 * "journalist Megan Press", "Owen Tower, a chemistry researcher at …": a role next to a short name
 * makes it a person's, even when its surname is a common or organisation word ("Press", "Radio").
 */
function roleShowsPerson(ctx: MentionContext, tokens: Token[]): string | null {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  if (tokens.length < 2 || tokens.length > 3 || !tokens.every((t) => t.cap && !ALL_CAPS.test(t.text)))
    return null;
  if (!(isGivenName(first.text) || !isCommonWord(first.text)) || isOrgHead(first) || isTitle(first))
    return null;
  if (CORPORATE_SUFFIX.test(last.text) || lookupPlace(textOf(ctx.text, tokens))) return null;
  const prev = ctx.tokens[first.index - 1];
  if (
    prev &&
    prev.sentence === first.sentence &&
    !prev.cap &&
    isTitle(prev) &&
    /^ $/.test(ctx.text.slice(prev.end, first.start))
  )
    return prev.text;
  const apposition = /^,\s+([^,.;:()]{1,60})/u.exec(ctx.text.slice(last.end, last.end + 64));
  // (A clause with a speech verb is no apposition: "In an interview with Le Monde, the minister said".)
  if (
    apposition &&
    apposition[1]!
      .toLowerCase()
      .split(/\s+/)
      .some((w) => SPEECH_VERBS.has(w))
  )
    return null;
  const words = apposition?.[1]!.toLowerCase().split(/\s+/).slice(0, 4) ?? [];
  return words.length > 1 &&
    (['a', 'an', 'the'].includes(words[0]!) || PERSON_TITLES.has(words[0]!)) &&
    words.some((w) => PERSON_TITLES.has(w))
    ? ''
    : null;
}

/**
 * Names inside a role: places ("US Deputy Secretary of State", "Kentucky GOP Gov.") and the
 * organisation the role belongs to ("Indiana State Teachers Association President").
 */
function rolePlaces(text: string, roleTokens: Token[], out: Mention[]): void {
  for (let i = 0; i < roleTokens.length; i++) {
    const two = roleTokens.slice(i, i + 2);
    const pair = two.length === 2 ? lookupPlace(textOf(text, two)) : undefined;
    if (pair) {
      out.push(placeMention(text, two, pair));
      i++;
      continue;
    }
    const t = roleTokens[i]!;
    const place = t.cap ? lookupPlace(t.text) : undefined;
    if (place && (place.isCountry || i === 0)) out.push(placeMention(text, [t], place));
  }
  let end = roleTokens.length;
  while (end > 0 && (isTitle(roleTokens[end - 1]!) || ROLE_WORDS.has(roleTokens[end - 1]!.lower))) end--;
  const org = roleTokens.slice(0, end);
  if (org.length === 0) return;
  const name = textOf(text, org);
  const orgStart = org.length >= 3 && ORG_STARTS.has(org[0]!.lower) && org.some(isConnector);
  if ((org.length >= 2 && isOrgHead(org[org.length - 1]!)) || isKnownOrganization(name) || orgStart) {
    out.push({
      name,
      type: 'organization',
      start: org[0]!.start,
      end: org[org.length - 1]!.end,
      initial: org[0]!.initial,
    });
  }
}

/** A demonym stands for its state before a state noun: "Armenian Foreign Minister", "Afghan government". */
function demonymMentions(ctx: MentionContext, out: Mention[]): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap) continue;
    // Two-word demonyms first ("South African government").
    const next = tokens[i + 1];
    const pair =
      next && next.sentence === t.sentence && /^[ \t]+$/.test(ctx.text.slice(t.end, next.start))
        ? lookupDemonym(`${t.text} ${next.text}`)
        : undefined;
    const country = pair ?? lookupDemonym(t.text);
    if (!country) continue;
    // "Scottish and Welsh governments": the first demonym shares the second's state noun.
    const and = tokens[i + 1];
    const second = tokens[i + 2];
    const noun = tokens[i + 3];
    if (
      !pair &&
      and?.lower === 'and' &&
      second &&
      lookupDemonym(second.text) &&
      noun &&
      noun.sentence === t.sentence &&
      STATE_NOUNS.has(noun.lower)
    ) {
      out.push({
        name: t.text,
        type: 'place',
        start: t.start,
        end: t.end,
        canonical: country.name,
        countryCode: country.code,
        initial: t.initial,
      });
      continue;
    }
    const from = pair ? i + 1 : i;
    for (let k = from + 1; k <= from + 2 && k < tokens.length; k++) {
      const n = tokens[k]!;
      if (n.sentence !== t.sentence || !/^[ \t]+$/.test(ctx.text.slice(tokens[k - 1]!.end, n.start))) break;
      if (STATE_NOUNS.has(n.lower)) {
        out.push({
          name: pair ? textOf(ctx.text, [t, next!]) : t.text,
          type: 'place',
          start: t.start,
          end: pair ? next!.end : t.end,
          canonical: country.name,
          countryCode: country.code,
          initial: t.initial,
        });
        break;
      }
      if (!ROLE_WORDS.has(n.lower)) break;
    }
  }
}
