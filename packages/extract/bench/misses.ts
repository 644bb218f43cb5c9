// Development aid, not a test: prints meta-dev pages where a field is wrong, prediction next to
// label, to study misses. `node packages/extract/bench/misses.ts date|title|authors [set] [--half tune|check]`
// (tune on the tune half only: see halves.ts). Author misses also show the publisher credit
// (kept apart from `authors`); title misses show which title signals agree (L JSON-LD headline,
// O og:title, W twitter:title, H first <h1>, T <title>; * = the label, < = ours).
import { readFileSync } from 'node:fs';
import { parseHtml } from '../src/dom/parse.ts';
import { collapse, descendants, type ElementNode, textOf } from '../src/dom/tree.ts';
import { decodeHtml, extractArticle } from '../src/index.ts';
import { findJsonLdArticle, stringProp } from '../src/metadata/json-ld.ts';
import { readHead } from '../src/metadata/meta-tags.ts';
import { stripSiteName } from '../src/metadata/title.ts';
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

/** "LH< OW* T": the title signals grouped by equal (site-name-stripped) value. */
function titleSignals(root: ElementNode, url: string, label: string, ours: string): string {
  const head = readHead(root);
  const ld = findJsonLdArticle(root);
  const siteNames = [
    ...(head.meta.get('og:site_name') ?? []),
    ...(ld?.publisherName ? [ld.publisherName] : []),
  ];
  const clean = (s: string | null | undefined) =>
    s ? normaliseTitle(stripSiteName(collapse(s), siteNames, new URL(url).hostname)) : '';
  const h1 = [...descendants(root)].find((el) => el.tag === 'h1' && textOf(el).length > 0);
  const signals: [string, string][] = [
    ['L', clean(ld?.object ? stringProp(ld.object, 'headline') : null)],
    ['O', clean(head.meta.get('og:title')?.[0])],
    ['W', clean(head.meta.get('twitter:title')?.[0])],
    ['H', h1 ? normaliseTitle(collapse(textOf(h1))) : ''],
    ['T', clean(head.titleElement)],
  ];
  const groups = new Map<string, string>();
  for (const [name, value] of signals) if (value) groups.set(value, (groups.get(value) ?? '') + name);
  return [...groups]
    .map(([value, names]) => `${names}${value === label ? '*' : ''}${value === ours ? '<' : ''}`)
    .join(' ');
}
for (const set of sets) {
  const meta = loadMeta(corpusRoot(), set);
  const { halfOf } = halvesOf(meta.map((m) => m.page.url));
  for (const { page, truth } of meta) {
    const half = halfOf(page.url);
    if (onlyHalf && half !== onlyHalf) continue;
    const fetchedAt = set === 'fundus' ? crawlDateOf(page.id) : undefined;
    const html = decodeHtml(readFileSync(page.file));
    const r = extractArticle(html, page.url, fetchedAt ? { fetchedAt } : {});
    const authors = r.pageType === 'article' ? r.authors : [];
    let wrong = false;
    let line = '';
    if (field === 'date' && truth.date) {
      wrong = r.publishedAt?.slice(0, 10) !== truth.date;
      line = `${truth.date} <- ${r.publishedAt} [${r.provenance.publishedAt}] ${r.pageType}`;
    } else if (field === 'title' && truth.title) {
      const [label, ours] = [normaliseTitle(truth.title), normaliseTitle(r.title ?? '')];
      wrong = ours !== label;
      if (wrong) {
        const signals = titleSignals(parseHtml(html), page.url, label, ours);
        line = `\n   label: ${truth.title}\n   ours:  ${r.title} [${r.provenance.title}]\n   signals: ${signals}`;
      }
    } else if (field === 'authors' && truth.authors) {
      const t = new Set(truth.authors.map(normaliseAuthor));
      const p = new Set(authors.map(normaliseAuthor));
      wrong = t.size !== p.size || [...t].some((a) => !p.has(a));
      const credit = r.pageType === 'article' ? r.publisherCredit : null;
      line = `\n   label: ${JSON.stringify(truth.authors)}\n   ours:  ${JSON.stringify(authors)} [${r.provenance.authors}] publisherCredit: ${JSON.stringify(credit)}`;
    }
    if (wrong) {
      misses++;
      console.log(`${set}/${page.id} [${half}] ${page.url.slice(0, 90)}\n   ${line}`);
    }
  }
}
console.log(`${misses} misses`);
