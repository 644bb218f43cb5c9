// A minimal document tree: elements and text only. Comments, doctype and processing
// instructions carry nothing an article needs, so the parser drops them.

export interface TextNode {
  readonly kind: 'text';
  data: string;
  parent: ElementNode | null;
}

export interface ElementNode {
  readonly kind: 'element';
  readonly tag: string;
  readonly attrs: Record<string, string>;
  children: DocNode[];
  parent: ElementNode | null;
}

export type DocNode = TextNode | ElementNode;

export function attr(el: ElementNode, name: string): string {
  return el.attrs[name] ?? '';
}

/** Class and id joined, lower-cased: what boilerplate patterns are matched against. */
export function classAndId(el: ElementNode): string {
  const c = el.attrs.class;
  const i = el.attrs.id;
  if (!c && !i) return '';
  return `${c ?? ''} ${i ?? ''}`.toLowerCase();
}

/** Depth-first, document order, iterative (deeply nested pages must not overflow the stack). */
export function* descendants(root: ElementNode): Generator<ElementNode> {
  const stack: DocNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind !== 'element') continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/**
 * The root and every element under it, each before its descendants (iterative). Read backwards,
 * children come before their parents: the order for bottom-up sums over the tree.
 */
export function elementsParentFirst(root: ElementNode): ElementNode[] {
  const order: ElementNode[] = [];
  const stack: ElementNode[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    order.push(el);
    for (const child of el.children) if (child.kind === 'element') stack.push(child);
  }
  return order;
}

export function findAll(root: ElementNode, test: (el: ElementNode) => boolean): ElementNode[] {
  const out: ElementNode[] = [];
  for (const el of descendants(root)) if (test(el)) out.push(el);
  return out;
}

export function findFirst(root: ElementNode, test: (el: ElementNode) => boolean): ElementNode | null {
  for (const el of descendants(root)) if (test(el)) return el;
  return null;
}

const BLOCK_BREAK = new Set([
  'p',
  'div',
  'br',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'dd',
  'dt',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'ul',
  'ol',
  'table',
  'figure',
  'figcaption',
  'pre',
]);

/** Visible text of a subtree, whitespace collapsed; block elements separate words. */
export function textOf(root: DocNode): string {
  if (root.kind === 'text') return collapse(root.data);
  const parts: string[] = [];
  const stack: (DocNode | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      parts.push(' ');
      continue;
    }
    if (node === undefined) continue;
    if (node.kind === 'text') {
      parts.push(node.data);
      continue;
    }
    if (node.tag === 'script' || node.tag === 'style' || node.tag === 'template') continue;
    const isBlock = BLOCK_BREAK.has(node.tag);
    if (isBlock) {
      parts.push(' ');
      stack.push(null);
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return collapse(parts.join(''));
}

export function collapse(text: string): string {
  return text.replace(/(?:\s|\u00a0|\u200b|\u200c|\u200d|\ufeff)+/g, ' ').trim();
}

export function removeNode(node: DocNode): void {
  const parent = node.parent;
  if (!parent) return;
  const index = parent.children.indexOf(node);
  if (index >= 0) parent.children.splice(index, 1);
  node.parent = null;
}

export function ancestors(el: DocNode): ElementNode[] {
  const out: ElementNode[] = [];
  let p = el.parent;
  while (p) {
    out.push(p);
    p = p.parent;
  }
  return out;
}
