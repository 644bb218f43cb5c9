// enrichArticle: the pipeline of stages over one article. Pure and total: any input gives an
// Enrichment, a failing stage gives its empty result instead of an exception.
import { findAttribution } from './attribution.ts';
import { extractEntities } from './entities/extract.ts';
import { fingerprint, simhashBands } from './fingerprint/simhash.ts';
import { rankKeywords, storyTerms } from './keywords.ts';
import { detectLanguage } from './language/detect.ts';
import { findQuotes } from './quotes/find.ts';
import { type LinkedMention, resolveSpeakers } from './quotes/speaker.ts';
import { summarize } from './summary.ts';
import { sentences } from './text/segment.ts';
import { tokenize } from './text/tokens.ts';
import { contentTerms, readingTimeMinutes, wordCount } from './text/words.ts';
import type { ArticleInput, Attribution, Enrichment, Entity, Quote } from './types.ts';
import { ENRICHER_VERSION } from './version.ts';

// News articles are under 50,000 characters; beyond this the text analysis (entities, quotes,
// summary) reads only the head, keeping the cost of a pathological input bounded.
const MAX_ANALYSED_CHARS = 100_000;
// The fingerprint and word count read a larger head: a copy differing after this is still a copy.
const MAX_HASHED_CHARS = 1_000_000;

/** The stages enrichArticle runs, by the names it reports a throw under. */
export const ENRICH_STAGES = [
  'language',
  'sentences',
  'entities',
  'quotes',
  'attribution',
  'keywords',
  'summary',
  'fingerprint',
  'wordCount',
  'titleTerms',
  'storyTerms',
] as const;
export type EnrichStage = (typeof ENRICH_STAGES)[number];

/** Told of a stage that threw: its output is the stage's empty fallback, the rest goes on. */
export type StageErrorHandler = (stage: EnrichStage, error: unknown) => void;

export interface EnrichOptions {
  /**
   * Called once for each stage that threw (a defect in a rule, not bad input: every input is
   * valid). The enrichment still comes back, that stage's field empty; callers log and count it,
   * so a broken rule shows instead of quietly emptying a field on every article.
   */
  onStageError?: StageErrorHandler;
}

/** Runs one stage; a throw gives `fallback` and is reported to `onError` under the stage's name. */
export function runStage<T>(name: EnrichStage, fallback: T, stage: () => T, onError?: StageErrorHandler): T {
  try {
    return stage();
  } catch (error) {
    onError?.(name, error);
    return fallback;
  }
}

function asText(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** Text with control characters and lone surrogates replaced, line ends unified. */
function clean(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

export function enrichArticle(input: ArticleInput, options?: EnrichOptions): Enrichment {
  const safe = <T>(name: EnrichStage, fallback: T, stage: () => T): T =>
    runStage(name, fallback, stage, options?.onStageError);
  const title = clean(asText(input?.title)).trim();
  const fullBody = clean(asText(input?.body));
  const body = fullBody.length > MAX_ANALYSED_CHARS ? fullBody.slice(0, MAX_ANALYSED_CHARS) : fullBody;
  // Entities and quotes are read from the body; a body-less article is read from its title.
  const text = body.trim() === '' ? title : body;

  const language = safe('language', { code: null, code3: null, confidence: 0, source: 'none' as const }, () =>
    detectLanguage(`${title}\n\n${text}`, typeof input?.language === 'string' ? input.language : undefined),
  );
  // Entity, quote-speaker and keyword rules are written for English; for other languages they
  // would produce noise, so those fields stay empty (quotes keep their text, without speaker).
  const english =
    language.code === 'en' ||
    (language.code === null && /^[\p{Script=Latin}\P{L}]*$/u.test(text.slice(0, 2000)));

  const sents = safe('sentences', [], () => sentences(text));
  const { entities, mentions } = safe(
    'entities',
    { entities: [] as Entity[], mentions: [] as LinkedMention[] },
    () => (english ? extractEntities(text, tokenize(text, sents)) : { entities: [], mentions: [] }),
  );
  const quotes = safe<Quote[]>('quotes', [], () => {
    const found = findQuotes(text);
    const speakers = english
      ? resolveSpeakers({ text, sentences: sents, mentions }, found)
      : found.map(() => null);
    return found.map((q, i) => ({
      text: q.text.replace(/,$/, ''),
      speaker: speakers[i] ?? null,
      offset: q.start,
    }));
  });
  const attribution = safe<Attribution>('attribution', { reportedBy: null, citing: [] }, () =>
    english ? findAttribution(text, mentions) : { reportedBy: null, citing: [] },
  );
  const ranked = safe('keywords', [], () => (english ? rankKeywords(title, text, entities) : []));
  const summary = safe<string[]>('summary', [], () => summarize(sents, ranked));
  const hashed = fullBody.trim() === '' ? title : fullBody.slice(0, MAX_HASHED_CHARS);
  const empty = '0000000000000000';
  const print = safe(
    'fingerprint',
    { simhash: empty, lead: empty, bands: [...simhashBands(empty), ...simhashBands(empty, 'l')] },
    () => fingerprint(hashed),
  );
  const count = safe('wordCount', 0, () => wordCount(hashed));

  return {
    enricherVersion: ENRICHER_VERSION,
    language,
    entities,
    quotes,
    attribution,
    keywords: ranked.map((k) => k.term),
    summary,
    wordCount: count,
    readingTimeMinutes: readingTimeMinutes(count),
    fingerprint: print,
    titleTerms: safe('titleTerms', [], () => [...new Set(contentTerms(title))]),
    storyTerms: safe('storyTerms', [], () => (english ? storyTerms(title, text) : [])),
  };
}
