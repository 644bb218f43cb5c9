// Ranked keywords: content terms weighted by frequency, title presence and entity names.
import { BOILERPLATE_WORDS } from './data/boilerplate.ts';
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
