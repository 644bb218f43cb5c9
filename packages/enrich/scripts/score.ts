// Scoring of enrichment against a labelled gold article (gold/GUIDE.md): entity sets per type
// (aliases after "|", an `ignore` list that counts neither way), quotes matched by normalised
// prefix, speakers compared through the gold aliases. Used by eval.ts.
import type { Enrichment, EntityType } from '../src/index.ts';

export interface GoldArticle {
  id: string;
  /** Broad set only: source group (publisher country) and half (dev: tuned on; check: never). */
  group?: string;
  half?: 'dev' | 'check';
  /** Sets whose pages have no labelled body (htmldate) carry the text they were labelled on. */
  url?: string;
  title?: string;
  body?: string;
  people: string[];
  organizations: string[];
  places: string[];
  ignore: string[];
  quotes: Array<{ text: string; speaker: string | null }>;
  /** Speaker sets label quotations only: entities are not scored, speakers match these names. */
  speakersOnly?: boolean;
  /** Every name a speaker goes by in the article ("Mary Asfendis|Asfendis"). */
  speakerAliases?: string[];
  /** Entity sets label names only: quotations are not scored. */
  entitiesOnly?: boolean;
}

export interface Counts {
  articles: number;
  entity: Record<EntityType, { tp: number; pred: number; goldHit: number; gold: number }>;
  quotes: { pred: number; predHit: number; gold: number; goldHit: number; speakerRight: number };
}

export const TYPES: Array<[EntityType, 'people' | 'organizations' | 'places']> = [
  ['person', 'people'],
  ['organization', 'organizations'],
  ['place', 'places'],
];

export function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function emptyCounts(): Counts {
  const entity = Object.fromEntries(TYPES.map(([t]) => [t, { tp: 0, pred: 0, goldHit: 0, gold: 0 }]));
  return {
    articles: 0,
    entity: entity as Counts['entity'],
    quotes: { pred: 0, predHit: 0, gold: 0, goldHit: 0, speakerRight: 0 },
  };
}

export function addCounts(into: Counts, c: Counts): void {
  into.articles += c.articles;
  for (const [t] of TYPES)
    for (const k of ['tp', 'pred', 'goldHit', 'gold'] as const) into.entity[t][k] += c.entity[t][k];
  for (const k of ['pred', 'predHit', 'gold', 'goldHit', 'speakerRight'] as const)
    into.quotes[k] += c.quotes[k];
}

/** Counts for one article, and the misses (`-`), false hits (`+`) and wrong speakers (`~`). */
export function scoreArticle(g: GoldArticle, e: Enrichment): { counts: Counts; misses: string[] } {
  const c = emptyCounts();
  c.articles = 1;
  const misses: string[] = [];
  // (An ignored name may carry aliases too: "House of Commons|Commons".)
  const ignore = new Set(g.ignore.flatMap((n) => n.split('|')).map(norm));
  const aliasesOf = (names: string[]): string[][] => names.map((n) => n.split('|').map(norm));
  for (const [type, field] of g.speakersOnly ? [] : TYPES) {
    const goldEntities = aliasesOf(g[field]);
    const hit = new Set<number>();
    for (const p of e.entities.filter((x) => x.type === type)) {
      const names = [p.name, ...p.variants].map(norm);
      const gi = goldEntities.findIndex((aliases) => names.some((n) => aliases.includes(n)));
      if (gi >= 0) {
        c.entity[type].tp++;
        c.entity[type].pred++;
        hit.add(gi);
      } else if (!names.some((n) => ignore.has(n))) {
        c.entity[type].pred++;
        misses.push(`  + ${type} ${p.name}`);
      }
    }
    c.entity[type].gold += goldEntities.length;
    c.entity[type].goldHit += hit.size;
    goldEntities.forEach((aliases, i) => {
      if (!hit.has(i)) misses.push(`  - ${type} ${aliases[0]}`);
    });
  }
  const allGold = [...TYPES.flatMap(([, f]) => aliasesOf(g[f])), ...aliasesOf(g.speakerAliases ?? [])];
  const sameSpeaker = (goldSpeaker: string | null, predicted: string | null): boolean => {
    if (goldSpeaker === null || predicted === null) return goldSpeaker === predicted;
    const aliases = allGold.find((al) => al.includes(norm(goldSpeaker))) ?? [norm(goldSpeaker)];
    return aliases.includes(norm(predicted));
  };
  if (g.entitiesOnly) return { counts: c, misses };
  const predHit = new Set<number>();
  for (const gq of g.quotes) {
    const key = norm(gq.text).slice(0, 30);
    let pi = e.quotes.findIndex((p, i) => !predHit.has(i) && norm(p.text).startsWith(key));
    if (pi < 0) pi = e.quotes.findIndex((p, i) => !predHit.has(i) && norm(p.text).includes(key));
    c.quotes.gold++;
    if (pi < 0) {
      misses.push(`  - quote "${gq.text}" (${gq.speaker})`);
      continue;
    }
    c.quotes.goldHit++;
    predHit.add(pi);
    const p = e.quotes[pi]!;
    if (sameSpeaker(gq.speaker, p.speaker)) c.quotes.speakerRight++;
    else misses.push(`  ~ speaker "${gq.text}": gold ${gq.speaker}, got ${p.speaker}`);
  }
  e.quotes.forEach((p, i) => {
    if (!predHit.has(i)) misses.push(`  + quote "${p.text.slice(0, 50)}" (${p.speaker})`);
  });
  c.quotes.pred += e.quotes.length;
  c.quotes.predHit += predHit.size;
  return { counts: c, misses };
}

export interface Scores {
  person: { p: number; r: number; f1: number };
  organization: { p: number; r: number; f1: number };
  place: { p: number; r: number; f1: number };
  quotes: { p: number; r: number };
  speakerAccuracy: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function scores(c: Counts): Scores {
  const typed = (t: EntityType) => {
    const p = ratio(c.entity[t].tp, c.entity[t].pred);
    const r = ratio(c.entity[t].goldHit, c.entity[t].gold);
    return { p, r, f1: f1(p, r) };
  };
  return {
    person: typed('person'),
    organization: typed('organization'),
    place: typed('place'),
    quotes: { p: ratio(c.quotes.predHit, c.quotes.pred), r: ratio(c.quotes.goldHit, c.quotes.gold) },
    speakerAccuracy: ratio(c.quotes.speakerRight, c.quotes.goldHit),
  };
}
