// Image captions that are not <figcaption>: an element named as a caption ("caption",
// "wp-caption-text", "image-legend", "bildunterschrift") describes a picture, so its text goes
// with the image, not into the body. Wrappers that hold the picture itself ("wp-caption") are
// not captions: their caption child is.
import { CAPTION_NAME, MAX_CAPTION } from '../clean/boilerplate-patterns.ts';
import { collapse, type ElementNode, findFirst, textOf } from '../dom/tree.ts';

export function isCaptionElement(el: ElementNode): boolean {
  if (el.tag === 'figcaption') return true;
  const names = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`.toLowerCase();
  if (!names.trim() || !names.split(/\s+/).some((token) => CAPTION_NAME.test(token))) return false;
  // Holding the picture or paragraphs, or a long text: a wrapper or a misnamed container.
  if (findFirst(el, (d) => d.tag === 'img' || d.tag === 'picture' || (d.tag === 'p' && d !== el)) !== null)
    return false;
  return collapse(textOf(el)).length <= MAX_CAPTION;
}

/** A picture's <figure>: an image with at most a caption-long text and nothing that is
 * content of its own (a quote, a table, a list, a code block). Its text beside the image
 * ("Getty Images", a caption outside <figcaption>) describes the picture. */
export function isPictureFigure(el: ElementNode): boolean {
  if (el.tag !== 'figure') return false;
  if (findFirst(el, (d) => d.tag === 'img' || d.tag === 'picture') === null) return false;
  if (findFirst(el, (d) => FIGURE_CONTENT.has(d.tag)) !== null) return false;
  return collapse(textOf(el)).length <= MAX_CAPTION;
}

const FIGURE_CONTENT = new Set(['blockquote', 'table', 'ul', 'ol', 'pre', 'iframe', 'video']);
