// HTML → tree. htmlparser2's tokenizer reads the markup; the tree builder is ours so that
// every step is O(1): the tree's depth is capped (elements opened below the cap are attached
// beside their parent, as Blink does at 512 levels, so a 100 000-deep page stays a tree of at
// most MAX_DEPTH levels whose elements keep their own content), and close tags search at most a
// bounded window of the open-element stack.
// Implied end tags follow htmlparser2's Parser (a new <p> closes an open <p>, <li> an <li>, …).
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { ElementNode, TextNode } from './tree.ts';

/** The tree is at most this deep: an element opened below it is attached to its parent's
 * parent. Real news pages stay well under it (the deepest of the 716 aeb-dev and meta-dev
 * pages has 41 levels, measured with this parser); the cap only bounds adversarial input. */
const MAX_DEPTH = 400;
/** How far down the stack a close tag looks for its element; a stray close tag deeper than
 * this is ignored (browsers search further, but only broken pages nest mismatches so deep). */
const CLOSE_SEARCH = 400;

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** `<script src="…"/>` is written meaning a closed element; the tokenizer does not read its
 * content as raw text, so without this the rest of the page would nest inside the script. */
const SELF_CLOSING_HONOURED = new Set([
  'script',
  'style',
  'iframe',
  'noscript',
  'textarea',
  'title',
  'template',
  'object',
  'video',
  'audio',
  'canvas',
]);

const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DD_DT = new Set(['dd', 'dt']);
const TABLE_SECTIONS = new Set(['thead', 'tbody']);
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', P],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, HEADINGS] as [string, Set<string>]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map(
    (t) => [t, FORM] as [string, Set<string>],
  ),
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DD_DT],
  ['dt', DD_DT],
  ...[
    'address',
    'article',
    'aside',
    'blockquote',
    'details',
    'div',
    'dl',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'hr',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'table',
    'ul',
  ].map((t) => [t, P] as [string, Set<string>]),
  ['tbody', TABLE_SECTIONS],
  ['tfoot', TABLE_SECTIONS],
]);

class TreeBuilder implements TokenizerCallbacks {
  readonly root: ElementNode = { kind: 'element', tag: '#document', attrs: {}, children: [], parent: null };
  private readonly html: string;
  /** Open elements, innermost last (not capped: elements below the tree cap are open too). */
  private readonly stack: ElementNode[] = [this.root];
  /** Tree depth of each open element (root 0), parallel to `stack`. */
  private readonly depths: number[] = [0];
  private tagName = '';
  private attribs: Record<string, string> = {};
  private attribName = '';
  private attribValue = '';
  /** Depth inside <svg>/<math>, where self-closing tags close. */
  private foreign = 0;

  constructor(html: string) {
    this.html = html;
  }

  private top(): ElementNode {
    return this.stack[this.stack.length - 1]!;
  }

  private topName(): string | undefined {
    return this.stack.length > 1 ? this.top().tag : undefined;
  }

  private pop(): void {
    if (this.stack.length <= 1) return;
    const name = this.stack.pop()!.tag;
    this.depths.pop();
    if (name === 'svg' || name === 'math') this.foreign = Math.max(0, this.foreign - 1);
  }

  private appendText(data: string): void {
    const parent = this.top();
    const last = parent.children[parent.children.length - 1];
    if (last && last.kind === 'text') last.data += data;
    else parent.children.push({ kind: 'text', data, parent } satisfies TextNode);
  }

  private open(name: string, attrs: Record<string, string>, selfClosing: boolean): void {
    const implied = OPEN_IMPLIES_CLOSE.get(name);
    if (implied) {
      for (let name = this.topName(); name !== undefined && implied.has(name); name = this.topName())
        this.pop();
    }
    let parent = this.top();
    let depth = this.depths[this.depths.length - 1]! + 1;
    // At the cap, the new element goes beside its would-be parent, one level up.
    if (depth > MAX_DEPTH && parent.parent) {
      parent = parent.parent;
      depth--;
    }
    const el: ElementNode = { kind: 'element', tag: name, attrs, children: [], parent };
    parent.children.push(el);
    if (VOID.has(name) || (selfClosing && (this.foreign > 0 || SELF_CLOSING_HONOURED.has(name)))) return;
    if (name === 'svg' || name === 'math') this.foreign++;
    this.stack.push(el);
    this.depths.push(depth);
  }

  private close(name: string): void {
    if (VOID.has(name)) {
      if (name === 'br') this.open('br', {}, false);
      return;
    }
    // Find the element within the search window, innermost first, and close down to it.
    const stop = Math.max(0, this.stack.length - 1 - CLOSE_SEARCH);
    for (let i = this.stack.length - 1; i > stop; i--) {
      if (this.stack[i]!.tag === name) {
        for (let n = this.stack.length - i; n > 0; n--) this.pop();
        return;
      }
    }
  }

  ontext(start: number, endIndex: number): void {
    this.appendText(this.html.slice(start, endIndex));
  }
  ontextentity(codepoint: number): void {
    this.appendText(String.fromCodePoint(codepoint));
  }
  onopentagname(start: number, endIndex: number): void {
    const name = this.html.slice(start, endIndex).toLowerCase();
    this.tagName = name === 'image' ? 'img' : name;
    this.attribs = {};
  }
  onattribname(start: number, endIndex: number): void {
    this.attribName = this.html.slice(start, endIndex).toLowerCase();
  }
  onattribdata(start: number, endIndex: number): void {
    this.attribValue += this.html.slice(start, endIndex);
  }
  onattribentity(codepoint: number): void {
    this.attribValue += String.fromCodePoint(codepoint);
  }
  onattribend(): void {
    if (!Object.hasOwn(this.attribs, this.attribName)) this.attribs[this.attribName] = this.attribValue;
    this.attribValue = '';
  }
  onopentagend(): void {
    this.open(this.tagName, this.attribs, false);
  }
  onselfclosingtag(): void {
    this.open(this.tagName, this.attribs, true);
  }
  onclosetag(start: number, endIndex: number): void {
    this.close(this.html.slice(start, endIndex).toLowerCase());
  }
  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}
}

export function parseHtml(html: string): ElementNode {
  const builder = new TreeBuilder(html);
  const tokenizer = new Tokenizer({ decodeEntities: true }, builder);
  tokenizer.write(html);
  tokenizer.end();
  return builder.root;
}
