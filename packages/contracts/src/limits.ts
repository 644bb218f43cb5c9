/**
 * The contracts' size limits, and how data is fitted to them where it enters the pipeline (the
 * parser, before an article is stored). Issue 12: a page with a 10 000-character title was stored,
 * then its `articles.parsed.v1` event failed the schema's 2 000-character limit, so the article
 * stayed `parsed` for ever and every replay failed the same way. Fitted on the way in, and flagged,
 * a stored article can always become its event.
 */
export const LIMITS = {
  /** `title` of `articles.parsed.v1` / `articles.enriched.v1`. */
  title: 2000,
  /** Every URL in a message. */
  url: 4096,
  /** `language` (a BCP 47 tag such as `en` or `az-Latn-AZ`). */
  language: 20,
} as const;

/** Which fields were cut or dropped to fit, e.g. `['title']`; empty when nothing was. */
export type FittedFields = Array<'title' | 'canonicalUrl' | 'language' | 'publishedAt'>;

const ELLIPSIS = '…';

/** `text` cut to at most `max` characters (UTF-16 units, as zod counts), ending with `…` when cut. */
export function fitText(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  let end = max - ELLIPSIS.length;
  // Never leave half of a surrogate pair at the end.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: text.slice(0, end).trimEnd() + ELLIPSIS, cut: true };
}

/**
 * A language tag that fits: as it is, else its primary subtag (`en` of an over-long
 * `en-x-…`), else none. A cut tag would be a wrong one, so it is shortened by subtags only.
 */
export function fitLanguage(language: string | null): { language: string | null; cut: boolean } {
  if (language === null || language.length <= LIMITS.language) return { language, cut: false };
  const primary = language.split(/[-_]/)[0] ?? '';
  return { language: /^[A-Za-z]{2,8}$/.test(primary) ? primary : null, cut: true };
}

/** A date the contracts can carry (`YYYY-MM-DDThh:mm:ss.sssZ`, years 0000–9999), else none. */
export function fitDate(date: Date | null): { date: Date | null; cut: boolean } {
  if (date === null) return { date, cut: false };
  const time = date.getTime();
  if (Number.isNaN(time)) return { date: null, cut: true };
  const year = date.getUTCFullYear();
  return year >= 0 && year <= 9999 ? { date, cut: false } : { date: null, cut: true };
}

/** The first URL within the limit: a canonical URL too long to carry falls back to the fetched one. */
export function fitUrl(...candidates: string[]): string | undefined {
  return candidates.find((url) => url.length <= LIMITS.url);
}

/** The article fields an extraction can push past the contracts' limits. */
export interface ArticleLimitFields {
  title: string;
  language: string | null;
  publishedAt: Date | null;
}

/**
 * An extracted article's fields fitted to the contracts: the title cut (with `…`), an over-long
 * language tag shortened to its primary subtag, a date outside years 0000–9999 dropped; `fitted`
 * names what changed, to be stored with the article.
 */
export function fitArticleFields<T extends ArticleLimitFields>(article: T): T & { fitted: FittedFields } {
  const fitted: FittedFields = [];
  const title = fitText(article.title, LIMITS.title);
  if (title.cut) fitted.push('title');
  const language = fitLanguage(article.language);
  if (language.cut) fitted.push('language');
  const publishedAt = fitDate(article.publishedAt);
  if (publishedAt.cut) fitted.push('publishedAt');
  return {
    ...article,
    title: title.text,
    language: language.language,
    publishedAt: publishedAt.date,
    fitted,
  };
}
