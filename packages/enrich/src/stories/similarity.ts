// Story similarity: whether two enriched articles report the same event. Pure parts only: the
// enricher service looks candidates up by storyKeys (an indexed array field) within a time window
// and applies storySimilarity to each.
import type { Enrichment, EntityType } from '../types.ts';

export type StorySignature = Pick<Enrichment, 'entities' | 'keywords' | 'titleTerms'>;

// People name a story best; organisations and places are shared by many stories.
const TYPE_WEIGHT: Record<EntityType, number> = { person: 1, organization: 0.7, place: 0.4 };
// Mentions beyond this count do not make an entity more central.
const MAX_COUNT_WEIGHT = 3;
const KEY_PEOPLE_ORGS = 5;
const KEY_PLACES = 2;
const KEY_KEYWORDS = 3;
const WEIGHTS = { entities: 0.5, keywords: 0.3, title: 0.2 };
/**
 * Two articles with at least this similarity are the same story. Calibrated on the stories test
 * set (test/stories.test.ts: same-event articles from different aeb-dev outlets, and same-topic
 * or same-source articles that must stay apart); re-check with `npm test -w @newsflow/enrich`,
 * which prints the scores of both classes.
 */
export const STORY_SIMILARITY_THRESHOLD = 0.3;
/** Articles further apart in time than this are not joined into one story. */
export const STORY_WINDOW_HOURS = 96;

/** Candidate keys for an indexed lookup: main people and organisations, places, top keywords. */
export function storyKeys(e: StorySignature): string[] {
  const keys: string[] = [];
  const ranked = [...e.entities].sort((a, b) => b.count - a.count);
  for (const x of ranked.filter((x) => x.type !== 'place').slice(0, KEY_PEOPLE_ORGS)) keys.push(x.key);
  for (const x of ranked.filter((x) => x.type === 'place').slice(0, KEY_PLACES)) keys.push(x.key);
  for (const k of e.keywords.slice(0, KEY_KEYWORDS)) keys.push(`kw:${k}`);
  return [...new Set(keys)];
}

function entityWeights(e: StorySignature): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of e.entities) m.set(x.key, Math.min(x.count, MAX_COUNT_WEIGHT) * TYPE_WEIGHT[x.type]);
  return m;
}

function weightedJaccard(a: Map<string, number>, b: Map<string, number>): number {
  let inter = 0;
  let union = 0;
  for (const [k, wa] of a) {
    const wb = b.get(k) ?? 0;
    inter += Math.min(wa, wb);
    union += Math.max(wa, wb);
  }
  for (const [k, wb] of b) if (!a.has(k)) union += wb;
  return union === 0 ? 0 : inter / union;
}

function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sb = new Set(b);
  let n = 0;
  for (const x of new Set(a)) if (sb.has(x)) n++;
  return n / Math.min(new Set(a).size, sb.size);
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let n = 0;
  for (const x of sa) if (sb.has(x)) n++;
  return n / (sa.size + sb.size - n);
}

/** 0..1: how likely two articles report the same story. */
export function storySimilarity(a: StorySignature, b: StorySignature): number {
  const score =
    WEIGHTS.entities * weightedJaccard(entityWeights(a), entityWeights(b)) +
    WEIGHTS.keywords * overlap(a.keywords, b.keywords) +
    WEIGHTS.title * jaccard(a.titleTerms, b.titleTerms);
  return Math.round(score * 1000) / 1000;
}

export function isSameStory(a: StorySignature, b: StorySignature): boolean {
  return storySimilarity(a, b) >= STORY_SIMILARITY_THRESHOLD;
}
