import { readFileSync } from 'node:fs';
import { cleanTree } from '../src/clean/clean-tree.ts';
import { collectBody } from '../src/content/collect-body.ts';
import { findMainContent } from '../src/content/find-main.ts';
import { parseHtml } from '../src/dom/parse.ts';
import { classAndId, textOf } from '../src/dom/tree.ts';
import { decodeHtml } from '../src/index.ts';

const g = JSON.parse(readFileSync('/work/shared/corpus/meta-dev/htmldate/ground-truth.json', 'utf8'));
for (const id of process.argv.slice(2)) {
  const root = parseHtml(decodeHtml(readFileSync(`/work/shared/corpus/meta-dev/htmldate/html/${id}.html`)));
  cleanTree(root);
  const main = findMainContent(root);
  const body = main ? collectBody(main.containers, g[id].url) : null;
  console.log(
    id,
    main?.method,
    main?.containers.map((c) => `${c.tag}.${classAndId(c).slice(0, 50)} [${textOf(c).length}]`),
    'body',
    body?.text.length,
    body?.blocks.length,
  );
}
