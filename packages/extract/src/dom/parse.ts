// HTML → tree with htmlparser2's tokenizer. The tree builder is ours so that it can cap
// nesting depth (a 100 000-deep page becomes a flat one instead of a deep recursion risk)
// and drop what extraction never reads.
import { Parser } from 'htmlparser2';
import type { DocNode, ElementNode } from './tree.ts';

/** Elements nested deeper than this are attached at this depth. Real news pages stay under
 * ~60 levels (max 41 across aeb-dev and meta-dev); the cap only bounds adversarial input. */
const MAX_DEPTH = 400;

/** Raw text elements whose content we keep as text (JSON-LD lives in <script>). */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

export function parseHtml(html: string): ElementNode {
  const root: ElementNode = { kind: 'element', tag: '#document', attrs: {}, children: [], parent: null };
  const stack: ElementNode[] = [root];
  // How many opened tags were flattened beyond MAX_DEPTH and still wait for their close tag.
  let overflow = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = stack[stack.length - 1]!;
        const el: ElementNode = { kind: 'element', tag: name, attrs: attribs, children: [], parent };
        parent.children.push(el);
        if (VOID.has(name)) return;
        if (stack.length >= MAX_DEPTH) {
          overflow++;
          return;
        }
        stack.push(el);
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        if (overflow > 0) {
          overflow--;
          return;
        }
        if (stack.length > 1 && stack[stack.length - 1]!.tag === name) stack.pop();
        else {
          // htmlparser2 reports implied closes in order; a mismatch means a stray tag.
          for (let i = stack.length - 1; i > 0; i--) {
            if (stack[i]!.tag === name) {
              stack.length = i;
              break;
            }
          }
        }
      },
      ontext(data) {
        const parent = stack[stack.length - 1]!;
        const last = parent.children[parent.children.length - 1];
        if (last && last.kind === 'text') last.data += data;
        else parent.children.push({ kind: 'text', data, parent } satisfies DocNode);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  return root;
}
