// Ranked keywords: content terms weighted by frequency, title presence and entity names.
import { BOILERPLATE_WORDS } from './data/boilerplate.ts';
import { distinctiveness } from './entities/gazetteer.ts';
import { contentTerms } from './text/words.ts';
import type { Entity } from './types.ts';

const MAX_KEYWORDS = 10;
// A title word counts as this many body occurrences: titles name the story.
const TITLE_WEIGHT = 3;

export interface KeywordScore {
  term: string;
  score: number;
}

export function rankKeywords(title: string, body: string, entities: Entity[]): KeywordScore[] {
  const scores = new Map<string, number>();
  const add = (term: string, w: number): void => {
    if (BOILERPLATE_WORDS.has(term)) return;
    scores.set(term, (scores.get(term) ?? 0) + w);
  };
  for (const t of contentTerms(body)) add(t, 1);
  for (const t of contentTerms(title)) add(t, TITLE_WEIGHT);
  // Entity names are keywords of their own ("ararat mirzoyan"); their words are not repeated.
  const entityWords = new Set<string>();
  for (const e of entities.slice(0, 6)) {
    if (e.count < 2 && e.type !== 'person') continue;
    const name = e.name.toLowerCase();
    const parts = contentTerms(name);
    for (const p of parts) entityWords.add(p);
    add(name, e.count * 1.5);
  }
  const out: KeywordScore[] = [];
  for (const [term, score] of scores) {
    if (entityWords.has(term) && !term.includes(' ')) continue;
    if (score < 2) continue;
    out.push({ term, score });
  }
  out.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term));
  return out.slice(0, MAX_KEYWORDS);
}

// Terms kept in a story signature: enough to compare two articles, small enough to store.
const STORY_TERMS = 30;

/**
 * The article's distinctive terms for story similarity: frequency (title words counted
 * TITLE_WEIGHT times) times distinctiveness (rare words and names weigh most), top STORY_TERMS.
 */
export function storyTerms(title: string, body: string): Array<{ term: string; weight: number }> {
  const tf = new Map<string, number>();
  for (const t of contentTerms(body)) tf.set(t, (tf.get(t) ?? 0) + 1);
  for (const t of contentTerms(title)) tf.set(t, (tf.get(t) ?? 0) + TITLE_WEIGHT);
  const out: Array<{ term: string; weight: number }> = [];
  for (const [term, n] of tf) {
    if (BOILERPLATE_WORDS.has(term)) continue;
    out.push({ term, weight: Math.round(Math.sqrt(n) * distinctiveness(term) * 100) / 100 });
  }
  out.sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
  return out.slice(0, STORY_TERMS);
}
