// Sample stored articles for the store's tests and benchmarks: plausible field values with the spread a
// real deployment has (sources, sections, languages, authors, entities, terms, story keys, bands).
import type { Article } from './article-schema.ts';
import { searchTermsOf } from './search-terms.ts';

const SOURCES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
const SECTIONS = ['world', 'business', 'sport', 'culture', 'science', 'region'];
const WORDS =
  'minister talks partnership election economy market energy football concert climate border trade'.split(
    ' ',
  );

/** A 16-bit band value spread over its range, the same for the same seed. */
function bandValue(seed: number, band: number): string {
  let x = (seed * 2654435761 + band * 40503) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 2246822519) >>> 0;
  x ^= x >>> 13;
  return (x & 0xffff).toString(16).padStart(4, '0');
}

/** Article number `i` of a set whose newest article (i = count) is at `end`, one a minute. */
export function storedArticle(i: number, count: number, end: Date): Article {
  const id = i.toString(16).padStart(32, '0');
  const title = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} report ${i}`;
  const body = `${title}. ${WORDS.map((w, k) => (k % 3 === i % 3 ? w : '')).join(' ')} paragraph text of article ${i}.`;
  const publishedAt = new Date(end.getTime() - (count - i) * 60_000);
  const story = `story-${Math.floor(i / 5)}`;
  return {
    _id: id,
    source: SOURCES[i % SOURCES.length]!,
    url: `https://bench.example/${i}`,
    canonicalUrl: `https://bench.example/${i}`,
    title,
    subtitle: null,
    authors: [`Author ${i % 50}`],
    section: SECTIONS[i % SECTIONS.length]!,
    tags: [],
    publishedAt,
    modifiedAt: null,
    sortAt: publishedAt,
    body,
    bodyHtml: null,
    language: i % 4 === 0 ? 'ru' : 'en',
    leadImage: null,
    related: [],
    contentHash: `h${i}`,
    status: 'enriched',
    extraction: { version: 'bench-1', provenance: {} },
    enrichment: {
      version: 'bench-1',
      entities:
        i % 10 === 0
          ? [{ name: 'Ararat Mirzoyan', type: 'person', key: 'person:ararat mirzoyan', count: 2 }]
          : [],
      fingerprint: { simhash: '0', lead: '0', bands: [] },
    },
    // The enricher's format: 4 bands of 16 bits of the whole text's SimHash (b) and of its lead's (l).
    fingerprintBands: [0, 1, 2, 3].flatMap((band) => [
      `b${band}:${bandValue(i, band)}`,
      `l${band}:${bandValue(i + 7919, band)}`,
    ]),
    duplicateOf: null,
    storyKeys: [`kw:${WORDS[i % WORDS.length]}`, `person:p${i % 997}`],
    storyId: story,
    searchTerms: searchTermsOf(title, body),
    traceId: `t${i}`,
    fetchedAt: publishedAt,
    firstSeenAt: publishedAt,
    updatedAt: publishedAt,
  };
}
