// Development aid, not a test: how far the title signals of a page (JSON-LD headline, og:title,
// twitter:title, <meta name=title>, first <h1>, <title>) can take title exact on meta-dev/fundus.
// Prints each signal's hits, the oracle (some signal right), and the best weighted vote over the
// signals, fitted on all pages and cross-validated leaving one publisher out.
//   node packages/extract/bench/title-signals.ts
import { readFileSync } from 'node:fs';
import { parseHtml } from '../src/dom/parse.ts';
import { collapse, descendants, textOf } from '../src/dom/tree.ts';
import { decodeHtml } from '../src/index.ts';
import { findJsonLdArticle, stringProp } from '../src/metadata/json-ld.ts';
import { readHead } from '../src/metadata/meta-tags.ts';
import { stripSiteName } from '../src/metadata/title.ts';
import { normaliseTitle } from '../src/scoring/meta-score.ts';
import { corpusRoot, loadMeta } from './corpus.ts';

const SIGNALS = ['json-ld', 'og:title', 'twitter:title', 'meta title', 'h1', '<title>'] as const;
type Signal = (typeof SIGNALS)[number];
interface Page {
  publisher: string;
  label: string;
  values: Partial<Record<Signal, string>>;
}

const pages: Page[] = [];
for (const { page, truth } of loadMeta(corpusRoot(), 'fundus')) {
  if (!truth.title) continue;
  const root = parseHtml(decodeHtml(readFileSync(page.file)));
  const head = readHead(root);
  const ld = findJsonLdArticle(root);
  const siteNames = [
    ...(head.meta.get('og:site_name') ?? []),
    ...(ld?.publisherName ? [ld.publisherName] : []),
  ];
  const hostname = new URL(page.url).hostname;
  const clean = (s: string | null | undefined) =>
    s ? normaliseTitle(stripSiteName(collapse(s), siteNames, hostname)) : undefined;
  const h1 = [...descendants(root)].find((el) => el.tag === 'h1' && textOf(el).length > 0);
  const values: Partial<Record<Signal, string>> = {
    'json-ld': clean(ld?.object ? stringProp(ld.object, 'headline') : null),
    'og:title': clean(head.meta.get('og:title')?.[0]),
    'twitter:title': clean(head.meta.get('twitter:title')?.[0]),
    'meta title': clean(head.meta.get('title')?.[0]),
    h1: h1 ? normaliseTitle(textOf(h1)) : undefined,
    '<title>': clean(head.titleElement),
  };
  pages.push({
    publisher: page.id.replace(/_\d{4}_\d{2}_\d{2}$/, ''),
    label: normaliseTitle(truth.title),
    values,
  });
}

type Weights = Record<Signal, number>;
/** The value with the most weight behind it; ties go to the JSON-LD headline's side. */
function vote(page: Page, weights: Weights): string | undefined {
  const score = new Map<string, number>();
  for (const signal of SIGNALS) {
    const value = page.values[signal];
    if (value)
      score.set(value, (score.get(value) ?? 0) + weights[signal] + (signal === 'json-ld' ? 1e-6 : 0));
  }
  return [...score].sort((a, b) => b[1] - a[1])[0]?.[0];
}
const GRID = [0, 1, 2, 3];
const allWeights: Weights[] = [];
(function combos(i: number, acc: number[]) {
  if (i === SIGNALS.length) {
    allWeights.push(Object.fromEntries(SIGNALS.map((s, j) => [s, acc[j]!])) as Weights);
    return;
  }
  for (const g of GRID) combos(i + 1, [...acc, g]);
})(0, []);
const correct = (set: Page[], w: Weights) => set.filter((p) => vote(p, w) === p.label).length;
const best = (set: Page[]) => {
  let top = { weights: allWeights[0]!, hits: -1 };
  for (const weights of allWeights) {
    const hits = correct(set, weights);
    if (hits > top.hits) top = { weights, hits };
  }
  return top;
};

const n = pages.length;
const pct = (k: number) => `${k}/${n} = ${(k / n).toFixed(3)}`;
console.log(`meta-dev/fundus: ${n} pages with a title label`);
for (const signal of SIGNALS) {
  const present = pages.filter((p) => p.values[signal]).length;
  console.log(
    `  ${signal.padEnd(14)} present ${String(present).padStart(3)}, right ${pct(pages.filter((p) => p.values[signal] === p.label).length)}`,
  );
}
console.log(
  `  oracle (some signal right): ${pct(pages.filter((p) => SIGNALS.some((s) => p.values[s] === p.label)).length)}`,
);
const fitted = best(pages);
console.log(
  `  best weighted vote, fitted on all pages: ${pct(fitted.hits)} ${JSON.stringify(fitted.weights)}`,
);
let held = 0;
for (const publisher of new Set(pages.map((p) => p.publisher))) {
  const { weights } = best(pages.filter((p) => p.publisher !== publisher));
  held += correct(
    pages.filter((p) => p.publisher === publisher),
    weights,
  );
}
console.log(`  best weighted vote, leave-one-publisher-out: ${pct(held)}`);
