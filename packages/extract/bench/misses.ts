// Development aid, not a test: prints meta-dev pages where a field is wrong, prediction next to
// label, to study misses. `node packages/extract/bench/misses.ts date|title|authors [set] [--half tune|check]`
// (tune on the tune half only: see halves.ts).
import { readFileSync } from 'node:fs';
import { decodeHtml, extractArticle } from '../src/index.ts';
import { normaliseAuthor, normaliseTitle } from '../src/scoring/meta-score.ts';
import { corpusRoot, crawlDateOf, loadMeta } from './corpus.ts';
import { halvesOf } from './halves.ts';

const halfIndex = process.argv.indexOf('--half');
const onlyHalf = halfIndex >= 0 ? process.argv[halfIndex + 1] : undefined;
const [field = 'date', set0] = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--half');
const sets = set0 ? [set0 as 'fundus' | 'htmldate'] : (['fundus', 'htmldate'] as const);
let misses = 0;
for (const set of sets) {
  const meta = loadMeta(corpusRoot(), set);
  const { halfOf } = halvesOf(meta.map((m) => m.page.url));
  for (const { page, truth } of meta) {
    const half = halfOf(page.url);
    if (onlyHalf && half !== onlyHalf) continue;
    const fetchedAt = set === 'fundus' ? crawlDateOf(page.id) : undefined;
    const r = extractArticle(decodeHtml(readFileSync(page.file)), page.url, fetchedAt ? { fetchedAt } : {});
    const authors = r.pageType === 'article' ? r.authors : [];
    let wrong = false;
    let line = '';
    if (field === 'date' && truth.date) {
      wrong = r.publishedAt?.slice(0, 10) !== truth.date;
      line = `${truth.date} <- ${r.publishedAt} [${r.provenance.publishedAt}] ${r.pageType}`;
    } else if (field === 'title' && truth.title) {
      wrong = normaliseTitle(r.title ?? '') !== normaliseTitle(truth.title);
      line = `\n   label: ${truth.title}\n   ours:  ${r.title} [${r.provenance.title}]`;
    } else if (field === 'authors' && truth.authors) {
      const t = new Set(truth.authors.map(normaliseAuthor));
      const p = new Set(authors.map(normaliseAuthor));
      wrong = t.size !== p.size || [...t].some((a) => !p.has(a));
      line = `\n   label: ${JSON.stringify(truth.authors)}\n   ours:  ${JSON.stringify(authors)} [${r.provenance.authors}]`;
    }
    if (wrong) {
      misses++;
      console.log(`${set}/${page.id} [${half}] ${page.url.slice(0, 90)}\n   ${line}`);
    }
  }
}
console.log(`${misses} misses`);
