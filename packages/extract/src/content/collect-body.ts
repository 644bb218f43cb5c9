// Stage 3: turn the main containers into body blocks (paragraphs, headings, list items,
// quotes), dropping boilerplate lines, link lists and related-article lists that survived
// cleaning, and render them as plain text and as a sanitised minimal HTML.

import {
  BOILERPLATE_LINE,
  CAPTION_LINE,
  CONTRIBUTOR_NOTE,
  INTERFACE_TEXT,
  MAX_CAPTION,
  MAX_INTERFACE_TEXT,
  MAX_PROMO,
  PROMO_ADDRESS,
  PROMO_SUBJECT,
  RAIL_HEADING,
  RELATED_HEADING,
  SOCIAL_ASK,
  SOCIAL_CHANNEL,
} from '../clean/boilerplate-patterns.ts';
import { attr, collapse, type DocNode, type ElementNode, findAll, findFirst } from '../dom/tree.ts';
import { absoluteUrl } from '../links/urls.ts';
import { MONTH_BY_NAME } from '../metadata/month-names.ts';
import { parseTextDate } from '../metadata/parse-date.ts';
import type { ArticleImage } from '../types.ts';
import { isCaptionElement, isPictureFigure } from './captions.ts';
import { BLOCK_TAGS } from './content-patterns.ts';

export type BlockKind = 'p' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'li' | 'blockquote' | 'pre';

export interface BodyBlock {
  kind: BlockKind;
  text: string;
  html: string;
  linkLength: number;
  /** The list element (ul/ol) a list item belongs to, to group items when rendering. */
  list: ElementNode | null;
  listOrdered: boolean;
}

export interface Body {
  text: string;
  html: string;
  blocks: BodyBlock[];
  images: ArticleImage[];
  links: { url: string; text: string }[];
}

/** A block whose link text exceeds this share is a link list, not prose. Calibrated on
 * aeb-dev body F1 (0.4 and 0.6 → 0.977, 0.5 → 0.978); re-check with `npm run bench:extract`. */
const MAX_BLOCK_LINK_DENSITY = 0.5;

/** A prose sentence (≥ 10 words, closing punctuation) keeps a long inline link ("… was
 * re-opened earlier this year following …"); only an almost all-link sentence is dropped.
 * Calibrated on aeb-dev body F1 (0.6 → 0.977, 0.8 and 0.9 → 0.978); re-check with the bench. */
const MAX_SENTENCE_LINK_DENSITY = 0.8;
const SENTENCE_WORDS = 10;

function isSentence(text: string): boolean {
  return /[.!?…"”»)]$/.test(text) && text.split(/\s+/).length >= SENTENCE_WORDS;
}

const HEADING_KIND: Record<string, BlockKind> = {
  h1: 'h2',
  h2: 'h2',
  h3: 'h3',
  h4: 'h4',
  h5: 'h5',
  h6: 'h6',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

interface Builder {
  kind: BlockKind;
  text: string[];
  html: string[];
  linkLength: number;
  list: ElementNode | null;
  listOrdered: boolean;
}

function blockKindOf(el: ElementNode, inherited: BlockKind): BlockKind {
  const heading = HEADING_KIND[el.tag];
  if (heading) return heading;
  if (el.tag === 'li') return 'li';
  if (el.tag === 'blockquote') return 'blockquote';
  if (el.tag === 'pre') return 'pre';
  if (el.tag === 'p') return inherited === 'blockquote' || inherited === 'li' ? inherited : 'p';
  return inherited;
}

export function collectBody(containers: ElementNode[], pageUrl: string): Body {
  const blocks: BodyBlock[] = [];
  const images: ArticleImage[] = [];
  const links: { url: string; text: string }[] = [];
  let current: Builder | null = null;

  const flush = () => {
    if (!current) return;
    const text = collapse(current.text.join(''));
    if (text) {
      blocks.push({
        kind: current.kind,
        text,
        html: current.html.join('').replace(/\s+/g, ' ').trim(),
        linkLength: current.linkLength,
        list: current.list,
        listOrdered: current.listOrdered,
      });
    }
    current = null;
  };

  type Frame =
    | { node: DocNode; kind: BlockKind; list: ElementNode | null; inLink: string | null }
    | { close: string };
  for (const container of containers) {
    const stack: Frame[] = [{ node: container, kind: 'p', list: null, inLink: null }];
    while (stack.length > 0) {
      const frame = stack.pop()!;
      if ('close' in frame) {
        if (frame.close === 'block') flush();
        else if (current) (current as Builder).html.push(frame.close);
        continue;
      }
      const { node, kind, list, inLink } = frame;
      if (node.kind === 'text') {
        if (!node.data) continue;
        if (!current) {
          if (node.data.trim() === '') continue;
          current = { kind, text: [], html: [], linkLength: 0, list, listOrdered: list?.tag === 'ol' };
        }
        current.text.push(node.data);
        current.html.push(escapeHtml(node.data));
        if (inLink !== null) current.linkLength += collapse(node.data).length;
        continue;
      }
      const el = node;
      if (el.tag === 'img') {
        const src = attr(el, 'src') || attr(el, 'data-src') || attr(el, 'data-original');
        const url = src && !src.startsWith('data:') ? absoluteUrl(src, pageUrl) : null;
        if (url && !images.some((i) => i.url === url)) {
          const image: ArticleImage = { url };
          if (el.attrs.alt) image.alt = collapse(el.attrs.alt);
          images.push(image);
        }
        continue;
      }
      if (isPictureFigure(el)) {
        // The picture's images, and its text as their caption (a <figcaption> first).
        const caption = collapse(captionText(findFirst(el, (d) => d.tag === 'figcaption') ?? el));
        let first = true;
        for (const img of findAll(el, (d) => d.tag === 'img')) {
          const src = attr(img, 'src') || attr(img, 'data-src') || attr(img, 'data-original');
          const url = src && !src.startsWith('data:') ? absoluteUrl(src, pageUrl) : null;
          if (!url || images.some((i) => i.url === url)) continue;
          const image: ArticleImage = { url };
          if (img.attrs.alt) image.alt = collapse(img.attrs.alt);
          if (first && caption) image.caption = caption;
          first = false;
          images.push(image);
        }
        continue;
      }
      if (isCaptionElement(el)) {
        // Captions describe images; they are kept with the image, not in the body text.
        const caption = collapse(captionText(el));
        const last = images[images.length - 1];
        if (last && caption && !last.caption) last.caption = caption;
        continue;
      }
      const isBlock = BLOCK_TAGS.has(el.tag);
      if ((el.tag === 'td' || el.tag === 'th') && current) (current as Builder).text.push(' ');
      const nextList = el.tag === 'ul' || el.tag === 'ol' ? el : list;
      const nextKind = blockKindOf(el, kind);
      if (isBlock) {
        flush();
        stack.push({ close: 'block' });
      }
      let href: string | null = inLink;
      if (el.tag === 'a') {
        const target = absoluteUrl(attr(el, 'href'), pageUrl);
        if (target) {
          href = target;
          const anchor = collapse(captionText(el));
          if (anchor) links.push({ url: target, text: anchor });
          if (!current)
            current = { kind, text: [], html: [], linkLength: 0, list, listOrdered: list?.tag === 'ol' };
          (current as Builder).html.push(`<a href="${escapeHtml(target)}">`);
          stack.push({ close: '</a>' });
        }
      } else if ((el.tag === 'b' || el.tag === 'strong' || el.tag === 'em' || el.tag === 'i') && current) {
        // Inline emphasis is kept only as plain text: the display HTML stays minimal.
      }
      for (let i = el.children.length - 1; i >= 0; i--) {
        stack.push({ node: el.children[i]!, kind: nextKind, list: nextList, inLink: href });
      }
    }
    flush();
  }
  const kept = filterBlocks(blocks);
  return {
    text: kept.map((b) => b.text).join('\n\n'),
    html: renderHtml(kept, images),
    blocks: kept,
    images,
    links: dedupeLinks(links),
  };
}

function captionText(el: ElementNode): string {
  const parts: string[] = [];
  const stack: DocNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.kind === 'text') parts.push(n.data);
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join(' ');
}

function isBoilerplateLine(text: string): boolean {
  if (text.length <= MAX_PROMO && PROMO_SUBJECT.test(text) && PROMO_ADDRESS.test(text)) return true;
  if (text.length <= MAX_PROMO && SOCIAL_CHANNEL.test(text) && SOCIAL_ASK.test(text)) return true;
  if (text.length <= MAX_INTERFACE_TEXT && (INTERFACE_TEXT.test(text) || CONTRIBUTOR_NOTE.test(text)))
    return true;
  return BOILERPLATE_LINE.some((re) => re.test(text));
}

/** A date line ("sexta-feira, 22 de outubro de 2010 às 20:13", "Updated 18 June 2024") is
 * metadata: a short block that is a date plus at most this many other words. */
const DATE_LINE_MAX_LENGTH = 80;
const DATE_LINE_OTHER_WORDS = 4;

function isDateLine(text: string): boolean {
  if (text.length > DATE_LINE_MAX_LENGTH) return false;
  if (!parseTextDate(text, { notAfter: Number.POSITIVE_INFINITY })) return false;
  const words = text.replace(/\d+/g, ' ').match(/\p{L}{3,}/gu) ?? [];
  const months = words.filter((w) => MONTH_BY_NAME.has(w.toLowerCase()));
  return words.length - months.length <= DATE_LINE_OTHER_WORDS;
}

function filterBlocks(blocks: BodyBlock[]): BodyBlock[] {
  const out: BodyBlock[] = [];
  let skippingList: ElementNode | null | undefined;
  let skippingSection = false;
  for (const block of blocks) {
    const isHeadingLike = block.kind.startsWith('h') || block.text.length < 40;
    if (isHeadingLike && RAIL_HEADING.test(block.text)) {
      // A rail or comments heading inside the container: what follows, up to the next
      // heading, is the rail ("Most popular diets" teasers, reader comments).
      skippingSection = true;
      continue;
    }
    if (skippingSection) {
      if (!block.kind.startsWith('h')) continue;
      skippingSection = false;
    }
    if (isHeadingLike && RELATED_HEADING.test(block.text)) {
      skippingList = null; // the next list after this heading is a related list
      continue;
    }
    if (skippingList === null && block.kind === 'li') {
      skippingList = block.list;
      continue;
    }
    if (skippingList && block.list === skippingList) continue;
    skippingList = undefined;
    const density = block.linkLength / block.text.length;
    if (density > (isSentence(block.text) ? MAX_SENTENCE_LINK_DENSITY : MAX_BLOCK_LINK_DENSITY)) continue;
    if (isBoilerplateLine(block.text)) continue;
    if (block.text.length <= MAX_CAPTION && CAPTION_LINE.some((re) => re.test(block.text))) continue;
    // A date inside a quote is the quote's (an embedded post's "— Name (@handle) date").
    if (block.kind !== 'blockquote' && isDateLine(block.text)) continue;
    out.push(block);
  }
  return out;
}

function renderHtml(blocks: BodyBlock[], images: ArticleImage[]): string {
  const parts: string[] = [];
  let openList: ElementNode | null = null;
  let openTag = '';
  for (const block of blocks) {
    if (block.kind === 'li') {
      if (block.list !== openList || !openTag) {
        if (openTag) parts.push(`</${openTag}>`);
        openTag = block.listOrdered ? 'ol' : 'ul';
        openList = block.list;
        parts.push(`<${openTag}>`);
      }
      parts.push(`<li>${block.html}</li>`);
      continue;
    }
    if (openTag) {
      parts.push(`</${openTag}>`);
      openTag = '';
      openList = null;
    }
    parts.push(`<${block.kind}>${block.html}</${block.kind}>`);
  }
  if (openTag) parts.push(`</${openTag}>`);
  for (const image of images) {
    const alt = image.alt ? ` alt="${escapeHtml(image.alt)}"` : '';
    const caption = image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : '';
    parts.push(`<figure><img src="${escapeHtml(image.url)}"${alt}>${caption}</figure>`);
  }
  return parts.join('\n');
}

function dedupeLinks(links: { url: string; text: string }[]): { url: string; text: string }[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    if (seen.has(l.url)) return false;
    seen.add(l.url);
    return true;
  });
}
