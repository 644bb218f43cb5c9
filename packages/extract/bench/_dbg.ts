import { readFileSync } from 'node:fs';
import { cleanTree, isFurniture } from '../src/clean/clean-tree.ts';
import { findMainContent } from '../src/content/find-main.ts';
import { parseHtml } from '../src/dom/parse.ts';
import { ancestors, classAndId, findFirst, textOf } from '../src/dom/tree.ts';

const root = parseHtml(readFileSync(process.argv[2]!, 'utf8'));
const needle = process.argv[3]!;
const el = findFirst(root, (e) => e.children.some((c) => c.kind === 'text' && c.data.includes(needle)));
if (el)
  for (const a of [el, ...ancestors(el)])
    console.log(a.tag, classAndId(a).slice(0, 80), isFurniture(a) ? 'FURNITURE' : '');
cleanTree(root);
const main = findMainContent(root);
console.log(
  main?.method,
  main?.containers.map((c) => `${c.tag}.${classAndId(c)} ${textOf(c).slice(0, 100)}`),
);
