// The lead paragraph ("Vorspann", "chapeau", "preamble"): the summary a page shows between
// the headline and the article text. It is part of the article text, but it often sits in the
// article's header, outside the main text container. It is recognised as a visible element
// named as a lead whose text is the page's own description (JSON-LD, og:description, meta
// description), possibly behind a short dateline ("Berlin. …"). A display subheadline ("dek",
// "subhead", "subtitle") is not a lead paragraph and stays out, as does a caption that repeats
// the description.
import { DROP_TAGS } from '../clean/boilerplate-patterns.ts';
import { isHidden } from '../clean/clean-tree.ts';
import { collapse, type ElementNode, type TextNode, textOf } from '../dom/tree.ts';
import { type BodyBlock, escapeHtml } from './collect-body.ts';

/** A description shorter than this (characters) is a label, not a standfirst. */
const MIN_LEAD = 50;
/** A dateline before the standfirst ("Berlin. ", "WASHINGTON — ") is at most this long. */
const MAX_DATELINE = 30;
/** How many characters of the description locate its text node. */
const KEY_LENGTH = 12;

const words = (text: string): string => (text.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** Names of a lead paragraph (text), not of a display subheadline ("dek", "subhead"). */
const LEAD_NAME =
  /^(?:lead|intro|teaser|preamble|preface|einleitung|vorspann|excerpt|standfirst|chapeau|entradilla|desc|description)$/;
const CAPTION_TOKEN = /^(?:caption|figcaption|legend)$/;

function tokensOf(el: ElementNode): string[] {
  return `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/** The element or one of its two nearest ancestors is named as a lead, and none of its
 * ancestors is a figure or caption (a picture's caption may repeat the description). */
function isNamedLead(el: ElementNode): boolean {
  let named = false;
  let depth = 0;
  for (let a: ElementNode | null = el; a; a = a.parent, depth++) {
    if (a.tag === 'figure' || a.tag === 'figcaption' || tokensOf(a).some((t) => CAPTION_TOKEN.test(t)))
      return false;
    if (depth <= 2 && tokensOf(a).some((t) => LEAD_NAME.test(t))) named = true;
  }
  return named;
}

/** The visible standfirst's text, or null when no element shows one of the descriptions. */
export function findLead(root: ElementNode, descriptions: (string | null | undefined)[]): string | null {
  const wanted = [...new Set(descriptions.map((d) => collapse(d ?? '')).filter((d) => d.length >= MIN_LEAD))];
  if (wanted.length === 0) return null;
  const body = bodyOf(root);
  if (!body) return null;
  for (const description of wanted) {
    const key = description.slice(0, KEY_LENGTH);
    const target = words(description);
    const stack: (ElementNode | TextNode)[] = [body];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.kind === 'text') {
        if (!collapse(node.data).includes(key)) continue;
        const lead = leadAround(node, target);
        if (lead) return lead;
        continue;
      }
      if (DROP_TAGS.has(node.tag) || node.tag === 'a' || isHidden(node)) continue;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return null;
}

function bodyOf(root: ElementNode): ElementNode | null {
  const stack: ElementNode[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.tag === 'body') return el;
    for (const child of el.children) if (child.kind === 'element') stack.push(child);
  }
  return null;
}

/** The nearest ancestor of the text node whose words are the description's, with at most a
 * short dateline before them. */
function leadAround(node: TextNode, target: string): string | null {
  for (let el = node.parent; el; el = el.parent) {
    const text = textOf(el);
    const own = words(text);
    if (own.length > target.length + MAX_DATELINE) return null;
    if (own === target || (own.endsWith(` ${target}`) && own.length - target.length <= MAX_DATELINE)) {
      return isNamedLead(el) ? text : null;
    }
  }
  return null;
}

/** The body with the standfirst first, unless the body already holds it. */
export function withLead(blocks: BodyBlock[], lead: string | null): BodyBlock[] {
  if (!lead || blocks.length === 0) return blocks;
  const target = words(lead);
  if (blocks.some((b) => words(b.text).includes(target))) return blocks;
  const block: BodyBlock = {
    kind: 'p',
    text: lead,
    html: escapeHtml(lead),
    linkLength: 0,
    list: null,
    listOrdered: false,
  };
  return [block, ...blocks];
}
