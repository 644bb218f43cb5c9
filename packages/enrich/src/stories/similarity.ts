// Story similarity: whether two enriched articles report the same event. Pure parts only: the
// enricher service looks candidates up by storyKeys (an indexed array field) within a time window
// and applies storySimilarity to each.
import type { Enrichment, EntityType } from '../types.ts';

export type StorySignature = Pick<Enrichment, 'entities' | 'titleTerms' | 'storyTerms'>;

// People name a story best; organisations and places are shared by many stories.
const TYPE_WEIGHT: Record<EntityType, number> = { person: 1, organization: 0.7, place: 0.4 };
// Mentions beyond this count do not make an entity more central.
const MAX_COUNT_WEIGHT = 3;
const KEY_PEOPLE_ORGS = 5;
const KEY_PLACES = 2;
const KEY_TERMS = 3;
const WEIGHTS = { entities: 0.4, terms: 0.45, title: 0.15 };
/**
 * Two articles from different sources with at least this similarity are the same story.
 * Calibrated on the stories test set (test/stories.test.ts: aeb-dev articles, 7 hand-made groups
 * of one event reported by different outlets, all other pairs unrelated): the highest unrelated
 * cross-source pair scores 0.228, same-event pairs 0.181–0.609 (two of 13 below the threshold).
 * The margin is thin and the set small: re-check with `npm test -w @newsflow/enrich`, which
 * prints both distributions, after any change to the signature or weights.
 */
export const STORY_SIMILARITY_THRESHOLD = 0.24;
/**
 * The same source's unrelated articles share its boilerplate names and terms (unrelated
 * same-site pairs in aeb-dev score up to 0.448), so two articles of one source must be closer.
 */
export const SAME_SOURCE_STORY_THRESHOLD = 0.5;
/** Articles further apart in time than this are not joined into one story. */
export const STORY_WINDOW_HOURS = 96;

/** Candidate keys for an indexed lookup: main people and organisations, places, top distinctive terms. */
export function storyKeys(e: StorySignature): string[] {
  const keys: string[] = [];
  const ranked = [...e.entities].sort((a, b) => b.count - a.count);
  for (const x of ranked.filter((x) => x.type !== 'place').slice(0, KEY_PEOPLE_ORGS)) keys.push(x.key);
  for (const x of ranked.filter((x) => x.type === 'place').slice(0, KEY_PLACES)) keys.push(x.key);
  // The most distinctive terms catch same-story articles whose entities were missed.
  for (const t of e.storyTerms.slice(0, KEY_TERMS)) keys.push(`term:${t.term}`);
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

function cosine(a: StorySignature['storyTerms'], b: StorySignature['storyTerms']): number {
  if (a.length === 0 || b.length === 0) return 0;
  const wb = new Map(b.map((t) => [t.term, t.weight]));
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const t of a) {
    dot += t.weight * (wb.get(t.term) ?? 0);
    na += t.weight * t.weight;
  }
  for (const t of b) nb += t.weight * t.weight;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
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
    WEIGHTS.terms * cosine(a.storyTerms, b.storyTerms) +
    WEIGHTS.title * jaccard(a.titleTerms, b.titleTerms);
  return Math.round(score * 1000) / 1000;
}

/** Same story: similarity at or above the threshold for a pair from different sources or one source. */
export function isSameStory(
  a: StorySignature,
  b: StorySignature,
  options: { sameSource?: boolean } = {},
): boolean {
  return (
    storySimilarity(a, b) >= (options.sameSource ? SAME_SOURCE_STORY_THRESHOLD : STORY_SIMILARITY_THRESHOLD)
  );
}
