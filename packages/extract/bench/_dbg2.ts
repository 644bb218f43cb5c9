import { readFileSync } from 'node:fs';
import { decodeHtml, extractArticle } from '../src/index.ts';

const g = JSON.parse(readFileSync('/work/shared/corpus/meta-dev/htmldate/ground-truth.json', 'utf8'));
for (const id of process.argv.slice(2)) {
  const r = extractArticle(
    decodeHtml(readFileSync(`/work/shared/corpus/meta-dev/htmldate/html/${id}.html`)),
    g[id].url,
  );
  console.log(
    id,
    r.pageType,
    r.pageType === 'article' ? r.publishedAt : null,
    r.provenance.publishedAt,
    'truth',
    g[id].date,
  );
}
