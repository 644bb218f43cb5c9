// The Article Extraction Benchmark's body metric, as corpus/aeb-dev/README.md describes it:
// 4-token shingles as multisets, per-page P/R, P averaged over non-empty predictions,
// R over all pages, F1 of the two means.

export interface BodyPageScore {
  precision: number | null; // null: empty prediction, left out of the precision mean
  recall: number;
  exact: boolean;
}

export interface BodyScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function bodyTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const n = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const key = tokens.slice(i, i + SHINGLE).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const v of counts.values()) sum += v;
  return sum;
}

export function scoreBodyPage(predicted: string | null | undefined, truth: string): BodyPageScore {
  const predTokens = bodyTokens(predicted ?? '');
  const trueTokens = bodyTokens(truth);
  const pred = shingles(predTokens);
  const gold = shingles(trueTokens);
  let tp = 0;
  for (const [key, count] of pred) tp += Math.min(count, gold.get(key) ?? 0);
  const fp = total(pred) - tp;
  const fn = total(gold) - tp;
  const empty = !predicted || predicted.trim() === '';
  const precision = empty ? null : fp === 0 ? 1 : tp / (tp + fp);
  const recall = empty ? 0 : fn === 0 ? 1 : tp / (tp + fn);
  const exact = predTokens.length === trueTokens.length && predTokens.every((t, i) => t === trueTokens[i]);
  return { precision, recall, exact };
}

export function aggregateBodyScores(pages: BodyPageScore[]): BodyScore {
  const withPrediction = pages.filter((p) => p.precision !== null);
  const precision =
    withPrediction.length === 0
      ? 0
      : withPrediction.reduce((s, p) => s + p.precision!, 0) / withPrediction.length;
  const recall = pages.length === 0 ? 0 : pages.reduce((s, p) => s + p.recall, 0) / pages.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = pages.length === 0 ? 0 : pages.filter((p) => p.exact).length / pages.length;
  return { precision, recall, f1, accuracy, pages: pages.length };
}
