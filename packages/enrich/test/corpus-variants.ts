// Test data built from aeb-dev bodies: re-published copies of an article with other page
// furniture, trimmed copies, copies under a tracking-parameter URL.
import type { CorpusArticle } from '../scripts/corpus.ts';

export interface Copy {
  kind: 'boilerplate' | 'trimmed' | 'url-variant';
  of: string;
  url: string;
  title: string;
  body: string;
}

function host(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname : 'example.org';
}

/** The same article on another site: other header and footer lines around the body. */
export function withBoilerplate(a: CorpusArticle, other: CorpusArticle): Copy {
  const body = [
    `Subscribe to our newsletter for the latest headlines from ${host(other.url)}.`,
    // A furniture line the fingerprint's furniture filter does not know.
    `Posted in World News by the ${host(other.url)} desk`,
    a.body,
    `Read more: ${other.title || 'More stories from our newsroom'}`,
    `© 2019 ${host(other.url)}. All rights reserved. This material may not be republished without permission.`,
  ].join('\n\n');
  return {
    kind: 'boilerplate',
    of: a.id,
    url: `https://${host(other.url)}/syndicated/${a.id.slice(0, 12)}`,
    title: a.title,
    body,
  };
}

/** A copy cut short: final paragraphs dropped (or the text cut at a word) down to `keep` of its length. */
export function trimmed(a: CorpusArticle, keep = 0.85): Copy {
  const paras = a.body.split('\n\n');
  const target = a.body.length * keep;
  let body = a.body;
  while (paras.length > 1 && paras.join('\n\n').length > target) {
    const shorter = paras.slice(0, -1).join('\n\n');
    if (shorter.length < target * 0.9) break;
    paras.pop();
    body = shorter;
  }
  if (body.length > target / 0.9 || body === a.body) {
    const cut = a.body.lastIndexOf(' ', Math.floor(target));
    body = a.body.slice(0, cut > 0 ? cut : Math.floor(target));
  }
  return { kind: 'trimmed', of: a.id, url: a.url, title: a.title, body };
}

/** The same page under a tracking-parameter URL. */
export function urlVariant(a: CorpusArticle): Copy {
  const sep = a.url.includes('?') ? '&' : '?';
  return {
    kind: 'url-variant',
    of: a.id,
    url: `${a.url}${sep}utm_source=twitter&utm_medium=social`,
    title: a.title,
    body: a.body,
  };
}
