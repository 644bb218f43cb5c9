// Mentions → entities: name variants merged within the article, canonical names chosen.
import { ORG_HEADS, ORG_SHORT_NAMES } from '../data/lexicon.ts';
import type { Entity, EntityType } from '../types.ts';
import {
  isCommonWord,
  isGivenName,
  isKnownBody,
  isKnownOrganization,
  lookupCity,
  lookupPlace,
  orgKey,
} from './gazetteer.ts';
import type { Mention } from './mentions.ts';

interface Draft {
  type: EntityType;
  mentions: Mention[];
  canonical?: string;
  countryCode?: string | null;
}

const SUFFIXES = /^(?:jr|sr|ii|iii|iv)\.?$/i;

const nameWordsCache = new Map<string, string[]>();
function nameWords(name: string): string[] {
  const cached = nameWordsCache.get(name);
  if (cached) return cached;
  if (nameWordsCache.size > 10_000) nameWordsCache.clear();
  const words = name
    .split(/\s+/)
    .filter((w) => !SUFFIXES.test(w) && !/^\p{Lu}\.$/u.test(w))
    .map((w) => w.toLowerCase());
  nameWordsCache.set(name, words);
  return words;
}

function surname(name: string): string {
  const w = nameWords(name);
  return w[w.length - 1] ?? name.toLowerCase();
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

export function resolveEntities(mentions: Mention[]): Entity[] {
  const drafts: Draft[] = [];
  const places = new Map<string, Draft>();
  const orgs = new Map<string, Draft>();
  const people: Draft[] = [];
  const pending: Mention[] = [];

  const addOrg = (m: Mention, key = orgKey(ORG_SHORT_NAMES.get(m.name) ?? m.name)): void => {
    let d = orgs.get(key);
    if (!d) {
      d = { type: 'organization', mentions: [] };
      orgs.set(key, d);
      drafts.push(d);
    }
    d.mentions.push(m);
  };

  // A one-word name typed an organisation that is the surname of someone the article names in full
  // ("Kolomoisky had built …" after "Igor Kolomoisky") is that person's, joined below by surname.
  // (…or an unknown name opening with a given name: "Igor Kolomoisky", not "Central Bank".)
  const givenFirst = (name: string): boolean => {
    const first = name.split(/\s+/)[0]!;
    return isGivenName(first) && !isCommonWord(first);
  };
  const fullNameSurnames = new Set(
    mentions
      .filter(
        (m) =>
          nameWords(m.name).length >= 2 &&
          (m.type === 'person' || (m.type === 'unknown' && givenFirst(m.name))),
      )
      .map((m) => surname(m.name)),
  );
  // Pass 1: places and organisations by name; people with a full name (two words or more).
  for (const m of mentions) {
    if (
      m.type === 'organization' &&
      nameWords(m.name).length === 1 &&
      fullNameSurnames.has(m.name.toLowerCase()) &&
      !isKnownOrganization(m.name)
    ) {
      pending.push({ ...m, type: 'person' });
      continue;
    }
    if (m.type === 'place') {
      const key = m.countryCode && m.canonical ? `cc:${m.countryCode}:${m.canonical}` : m.name.toLowerCase();
      let d = places.get(key);
      if (!d) {
        d = {
          type: 'place',
          mentions: [],
          canonical: m.canonical ?? m.name,
          countryCode: m.countryCode ?? null,
        };
        places.set(key, d);
        drafts.push(d);
      }
      d.mentions.push(m);
    } else if (m.type === 'organization') addOrg(m);
    else if (m.type === 'person' && nameWords(m.name).length >= 2) {
      const match = people.find((p) => samePerson(p, m.name));
      if (match) match.mentions.push(m);
      else {
        const d: Draft = { type: 'person', mentions: [m] };
        people.push(d);
        drafts.push(d);
      }
    } else pending.push(m);
  }
  // Unknown multi-word names that look like people become people; others organisations, except
  // names of common words only that the article uses once ("Glacial Plunge", "On Leadership"):
  // products, works and programmes more often than organisations.
  const rest: Mention[] = [];
  const unknownNames = new Map<string, number>();
  for (const m of pending)
    if (m.type === 'unknown')
      unknownNames.set(m.name, (unknownNames.get(m.name) ?? 0) + (m.possessive ? 2 : 1));
  // Names that act somewhere in the text ("Costco said", "at Argos"): the rest are things.
  const agents = new Set(pending.filter((m) => m.type === 'unknown' && m.agent).map((m) => m.name));
  const commonOnly = (name: string): boolean =>
    name
      .split(/\s+/)
      .every((w) => /^(?:of|and|the|for|on|&)$/i.test(w) || isCommonWord(w.replace(/['’]s$/, '')));
  // Person-like names first, so a name written once in capitals ("REBECCA Cooke" opening the text)
  // finds the person its title-case form makes.
  const personFirst = [...pending.filter((m) => m.personLike), ...pending.filter((m) => !m.personLike)];
  for (const m of personFirst) {
    if (m.type === 'unknown' && nameWords(m.name).length >= 2) {
      const person = people.find((p) => samePerson(p, m.name));
      const firstWord = orgs.get(orgKey(m.name.split(' ')[0]!));
      // "Google Search", "Google Maps": a company's name before common words is its product.
      const product =
        firstWord !== undefined &&
        m.name
          .split(' ')
          .slice(1)
          .every((w) => isCommonWord(w));
      // "Des Moines" after "in Des Moines": a name the article made a place stays one.
      const place = person
        ? undefined
        : [...places.values()].find((d) => d.mentions.some((x) => x.name === m.name));
      if (person) person.mentions.push(m);
      else if (place) place.mentions.push(m);
      else if (product) continue;
      else if (firstWord) firstWord.mentions.push(m);
      else if (m.personLike) {
        const d: Draft = { type: 'person', mentions: [m] };
        people.push(d);
        drafts.push(d);
      } else if (
        unanchored(m.name)
          ? (unknownNames.get(m.name) ?? 0) >= 2 && agents.has(m.name)
          : !(commonOnly(m.name) && (unknownNames.get(m.name) ?? 0) < 2)
      )
        addOrg(m);
    } else rest.push(m);
  }
  rest.sort((a, b) => a.start - b.start);

  // Pass 2: single words (and titled short names) attach to a person, an organisation or a place.
  const unknownCounts = new Map<string, number>();
  const commonUses = new Set(rest.filter((x) => x.commonUse).map((x) => x.name));
  const placeHints = new Map<string, number>();
  for (const m of rest) {
    if (m.type !== 'unknown') continue;
    if (!m.initial) unknownCounts.set(m.name, (unknownCounts.get(m.name) ?? 0) + 1);
    if (m.placeHint) placeHints.set(m.name, (placeHints.get(m.name) ?? 0) + 1);
  }
  // Organisations by first word ("goddard") and by initials ("JPL"), built once pass 1 is done;
  // organisations added below are found by their full key.
  let index: Map<string, Draft> | null = null;
  const orgIndex = (): Map<string, Draft> => {
    if (index) return index;
    index = new Map();
    for (const [key, d] of orgs) {
      const firstWord = key.split(' ')[0]!;
      if (firstWord !== key && !index.has(firstWord)) index.set(firstWord, d);
      const init = initials(d.mentions[0]!.name);
      if (init.length >= 2 && !index.has(init)) index.set(init, d);
    }
    return index;
  };
  for (const m of rest) {
    const word = m.name.toLowerCase();
    const bySurname = people.filter((p) => p.mentions.some((x) => surname(x.name) === word));
    const byFirst = people.filter((p) => p.mentions.some((x) => nameWords(x.name)[0] === word));
    // "Zahid" for "Ahmad Zahid Hamidi": a middle name of exactly one person (Malay, Arabic names).
    const byMiddle = people.filter((p) =>
      p.mentions.some((x) => nameWords(x.name).slice(1, -1).includes(word)),
    );
    const person =
      nearestBefore(bySurname, m) ??
      (byFirst.length === 1 ? byFirst[0] : undefined) ??
      (byMiddle.length === 1 && !isCommonWord(m.name) ? byMiddle[0] : undefined);
    if (person) {
      person.mentions.push(m);
      continue;
    }
    // A short form after the long one ("Goddard" after "Goddard Space Flight Center"); a word the
    // text used alone first is its own name ("Google" before "Google Search").
    const indexed = orgIndex().get(m.name) ?? orgIndex().get(word);
    const introduced = indexed?.mentions.some((x) => x.start < m.start) ? indexed : undefined;
    const org = orgs.get(orgKey(m.name)) ?? introduced;
    if (org && m.type !== 'person') {
      org.mentions.push(m);
      continue;
    }
    const place = [...places.values()].find((d) => d.mentions.some((x) => x.name === m.name));
    if (place) {
      place.mentions.push(m);
      continue;
    }
    if (m.type === 'person') {
      const d: Draft = { type: 'person', mentions: [m] };
      people.push(d);
      drafts.push(d);
      continue;
    }
    // Seen after "in"/"at"/"near" at least as often as anywhere else: a place.
    if ((placeHints.get(m.name) ?? 0) * 2 >= (unknownCounts.get(m.name) ?? 1)) {
      const key = m.name.toLowerCase();
      let d = places.get(key);
      if (!d) {
        d = { type: 'place', mentions: [], canonical: m.name, countryCode: null };
        places.set(key, d);
        drafts.push(d);
      }
      d.mentions.push(m);
      continue;
    }
    // A given name the article repeats ("Ronnie", "Gallagher") is a person.
    if (
      m.personLike &&
      (unknownCounts.get(m.name) ?? 0) >= 2 &&
      !lookupCity(m.name) &&
      !isKnownOrganization(m.name)
    ) {
      const d: Draft = { type: 'person', mentions: [m] };
      people.push(d);
      drafts.push(d);
      continue;
    }
    // A lone capitalised word with no cue: an acronym, or a name the article repeats, is taken
    // as an organisation ("WeWork", "Steelers"); a one-off is left out rather than guessed.
    // A common word the article also uses as a word ("Black voters", "Search") is none.
    const asWord = commonUses.has(m.name);
    if (
      (/^\p{Lu}[\p{Lu}\d]+$/u.test(m.name) && !isCommonWord(m.name)) ||
      ((unknownCounts.get(m.name) ?? 0) >= 2 && !asWord && agents.has(m.name))
    )
      addOrg(m);
  }
  // A full name typed a person where a role showed it and an organisation elsewhere ("Owen Radio,
  // a researcher" … "Owen Radio went"): one person.
  for (const d of orgs.values())
    if (d.mentions.length > 0 && d.mentions.every((m) => nameWords(m.name).length >= 2)) {
      const person = people.find((p) =>
        p.mentions.some((x) => d.mentions.some((m) => x.name.toLowerCase() === m.name.toLowerCase())),
      );
      if (person) {
        person.mentions.push(...d.mentions);
        d.mentions = [];
      }
    }
  acronymAliases(orgs);
  prefixAliases(orgs);
  return drafts
    .filter((d) => d.mentions.length > 0)
    .map(toEntity)
    .sort((a, b) => b.count - a.count || a.firstOffset - b.firstOffset);
}

/**
 * A name with nothing of an organisation about it: no head, no place in it ("Manchester United",
 * "Global Affairs Canada"), no capitals-only word ("CBS DFW"). Used once, such names are products,
 * works, programmes and persons' names more often than organisations ("Minky Wing", "Labour
 * Force Survey", "Soon Mini"), so they are left out rather than guessed.
 */
function unanchored(name: string): boolean {
  const words = name.split(/\s+/);
  return !words.some(
    (w) =>
      ORG_HEADS.has(w.toLowerCase().replace(/\.$/, '')) ||
      /^[\p{Lu}\d&.]{2,}$/u.test(w) ||
      lookupPlace(w) !== undefined ||
      lookupCity(w) !== undefined,
  );
}

function samePerson(p: Draft, name: string): boolean {
  const a = nameWords(name);
  return p.mentions.some((m) => {
    const b = nameWords(m.name);
    if (b.length < 2 || a[a.length - 1] !== b[b.length - 1]) return false;
    // "Van der Merwe" after "Piet van der Merwe": one name is the other's surname with particles.
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    const suffix =
      short.every((w, i) => long[long.length - short.length + i] === w) && short.length < long.length;
    return a[0] === b[0] || a.length === 1 || b.length === 1 || suffix;
  });
}

// A bare surname shared by two people goes to the one named just before it (within this many
// characters: "Victor N. Burton … Burton was held"), else to the one the article names most
// ("Fischer" after a paragraph on his mother Adrianne Fischer). Calibrated on the broad gold's dev
// half and the aeb-dev gold (100/150/200/300/600 tried; 100–150 best); re-check with `npm run eval:enrich`.
const SURNAME_RECENCY_CHARS = 150;

function nearestBefore(candidates: Draft[], m: Mention): Draft | undefined {
  if (candidates.length <= 1) return candidates[0];
  let best: Draft | undefined;
  let bestStart = -1;
  for (const d of candidates)
    for (const x of d.mentions)
      if (x.start <= m.start && x.start > bestStart) {
        best = d;
        bestStart = x.start;
      }
  if (best && m.start - bestStart > SURNAME_RECENCY_CHARS) {
    const named = (d: Draft): number => d.mentions.filter((x) => x.start <= m.start).length;
    const most = candidates.reduce((a, b) => (named(b) > named(a) ? b : a));
    if (named(most) > named(best)) return most;
  }
  return best ?? candidates[0];
}

/** An organisation written out and an all-capitals short form of it ("Jet Propulsion Laboratory", "JPL"). */
function acronymAliases(orgs: Map<string, Draft>): void {
  for (const [key, d] of orgs) {
    if (!/^[a-z]{2,6}$/.test(key) || d.mentions.some((m) => m.name.includes(' '))) continue;
    const full = [...orgs.values()].find(
      (o) =>
        o !== d &&
        o.mentions.some((m) => initials(m.name.replace(/\b(?:of|and|for|the)\b/g, '')) === key.toUpperCase()),
    );
    if (full) {
      full.mentions.push(...d.mentions);
      d.mentions = [];
    }
  }
}

/**
 * An organisation and its fuller name with a corporate tail ("Big Machine", "Big Machine Records",
 * "Big Machine Label Group") are one organisation, so its key joins across articles.
 */
function prefixAliases(orgs: Map<string, Draft>): void {
  const keys = [...orgs.keys()].filter((k) => (orgs.get(k)?.mentions.length ?? 0) > 0);
  for (const short of keys) {
    const d = orgs.get(short)!;
    if (d.mentions.length === 0 || !short.includes(' ')) continue;
    const long = keys.find((k) => {
      if (k === short || !k.startsWith(`${short} `) || (orgs.get(k)?.mentions.length ?? 0) === 0)
        return false;
      const tail = k.slice(short.length + 1).split(' ');
      return ORG_HEADS.has(tail[tail.length - 1]!) && tail.length <= 2;
    });
    if (!long) continue;
    const target = orgs.get(long)!;
    target.mentions.push(...d.mentions);
    d.mentions = [];
    // Other long forms of the same short name join the same organisation.
    for (const k of keys) {
      const other = orgs.get(k)!;
      if (other !== target && other.mentions.length > 0 && k.startsWith(`${short} `)) {
        const tail = k.slice(short.length + 1).split(' ');
        if (ORG_HEADS.has(tail[tail.length - 1]!) && tail.length <= 2) {
          target.mentions.push(...other.mentions);
          other.mentions = [];
        }
      }
    }
  }
}

function toEntity(d: Draft): Entity {
  // A possessive's "'s" goes, but not the "'s" of a firm named so ("McDonald's").
  const names = d.mentions.map((m) =>
    d.type === 'organization' && isKnownBody(m.name) ? m.name : m.name.replace(/['’]s$/, ''),
  );
  let name: string;
  if (d.type === 'place') name = d.canonical ?? names[0]!;
  else if (d.type === 'person')
    name = names.reduce((a, b) =>
      nameWords(b).length > nameWords(a).length ||
      (nameWords(b).length === nameWords(a).length && b.length > a.length)
        ? b
        : a,
    );
  else {
    const counts = new Map<string, number>();
    for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
    const readable = names.filter((n) => !/^[\p{Lu}\s.&',-]{8,}$/u.test(n));
    const pool = readable.length > 0 ? readable : names;
    name = pool
      .reduce((a, b) => (b.split(' ').length > a.split(' ').length ? b : a))
      .replace(/^the\s+/i, (m) => (/^The/.test(m) ? m : ''));
  }
  const firstOffset = Math.min(...d.mentions.map((m) => m.start));
  const variants = [...new Set(names)].filter((n) => n !== name);
  const roles = [...new Set(d.mentions.map((m) => m.role).filter((r): r is string => r !== undefined))].sort(
    (a, b) => b.length - a.length,
  );
  const key = entityKey(d.type, name);
  const entity: Entity = { name, type: d.type, key, count: d.mentions.length, firstOffset, variants };
  if (d.type === 'person' && roles.length > 0) entity.roles = roles;
  if (d.type === 'place' && d.countryCode) entity.countryCode = d.countryCode;
  return entity;
}

/**
 * The key an entity has in every article: case, accents, dots ("U.S."), "&"/"and", a leading
 * "the", a possessive, a leading country alias ("US Air Force", "U.S. Air Force", "United States
 * Air Force") and a short name ("the Fed") do not change it.
 */
export function entityKey(type: EntityType, name: string): string {
  let words = ((type === 'organization' && ORG_SHORT_NAMES.get(name)) || name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/'s$/i, '')
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (type === 'organization' && words.length >= 2) {
    for (const n of [2, 1]) {
      const head = words.slice(0, n).join(' ');
      const place = n < words.length ? lookupPlace(head) : undefined;
      if (place?.isCountry) {
        words = [...place.name.split(' '), ...words.slice(n)];
        break;
      }
    }
  }
  const normal = words
    .join(' ')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\.(?=\p{L}|\s|$)/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return `${type}:${normal}`;
}
