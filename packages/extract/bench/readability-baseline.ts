// The comparison baseline: Mozilla Readability.js on jsdom, as the corpus READMEs describe
// (title, byline split on "," and " and ", publishedTime as returned, textContent as body).
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

export interface BaselineResult {
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  body: string;
}

const quiet = new VirtualConsole();

export function readabilityExtract(html: string, url: string): BaselineResult {
  try {
    const dom = new JSDOM(html, { url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return {
      title: article?.title ?? null,
      authors: (article?.byline ?? '')
        .split(/,| and /)
        .map((s) => s.trim())
        .filter(Boolean),
      publishedAt: article?.publishedTime ?? null,
      body: article?.textContent ?? '',
    };
  } catch {
    return { title: null, authors: [], publishedAt: null, body: '' };
  }
}
