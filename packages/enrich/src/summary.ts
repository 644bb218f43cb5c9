// Extractive summary: the 2–3 sentences that carry most keyword weight, lead sentence favoured,
// returned in article order.
import { BOILERPLATE_WORDS } from './data/boilerplate.ts';
import type { KeywordScore } from './keywords.ts';
import type { Span } from './text/segment.ts';
import { contentTerms, countWords } from './text/words.ts';

// Sentences outside this length range are captions, lists or run-ons, not summary material.
const MIN_WORDS = 6;
const MAX_WORDS = 60;
// News puts the story first: the lead sentence gets this bonus over its keyword score.
const LEAD_BONUS = 1.5;
// Short articles (fewer sentences than this) get two summary sentences, others three.
const THREE_SENTENCE_MIN = 8;

export function summarize(sentences: Span[], keywords: KeywordScore[]): string[] {
  const weight = new Map(keywords.map((k) => [k.term, k.score]));
  const max = keywords[0]?.score ?? 1;
  const scored: Array<{ i: number; score: number; text: string }> = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const n = countWords(s.text);
    if (n < MIN_WORDS || n > MAX_WORDS) continue;
    const terms = contentTerms(s.text);
    if (terms.length === 0 || terms.filter((t) => BOILERPLATE_WORDS.has(t)).length * 2 > terms.length)
      continue;
    let score = 0;
    for (const t of new Set(terms)) score += (weight.get(t) ?? 0) / max;
    score /= Math.sqrt(terms.length);
    if (scored.length === 0) score += LEAD_BONUS;
    scored.push({ i, score, text: s.text });
  }
  const k = sentences.length >= THREE_SENTENCE_MIN ? 3 : 2;
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, k)
    .sort((a, b) => a.i - b.i)
    .map((s) => s.text);
}
