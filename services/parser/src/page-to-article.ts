import { articleIdFor, contentHashOf, fitArticleFields, fitUrl, type PageFetched } from '@newsflow/contracts';
import type { canonicalUrl as CanonicalUrl } from '@newsflow/crawl';
import type { ArticleExtraction } from '@newsflow/extract';
import type { ParsedArticle } from '@newsflow/store';

/**
 * The URL an article is stored under. A page's own rel=canonical is trusted only on the page's
 * site: a page must not be able to claim (and overwrite) another site's article id.
 */
export function articleUrl(
  page: PageFetched,
  declaredCanonical: string | null,
  canonicalUrl: typeof CanonicalUrl,
): string {
  // The page's own URL already fits the contract (pages.fetched.v1); its canonical form, a few
  // characters longer at most, falls back to it when it does not.
  const fetched = fitUrl(canonicalUrl(page.finalUrl), page.finalUrl) ?? page.finalUrl;
  if (!declaredCanonical) return fetched;
  try {
    const declared = canonicalUrl(declaredCanonical);
    return siteOf(declared) === siteOf(fetched) ? (fitUrl(declared) ?? fetched) : fetched;
  } catch {
    return fetched;
  }
}

function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * Maps an extraction to the stored article; ids and hashes make re-parsing idempotent. What the
 * contracts limit (title, language, date) is fitted here, before it is stored, so the stored
 * article always makes a valid `articles.parsed.v1` event; `extraction.fitted` names what was cut.
 */
export function toParsedArticle(
  page: PageFetched,
  extraction: ArticleExtraction,
  canonical: string,
): ParsedArticle {
  const extractedDate = extraction.publishedAt ? new Date(extraction.publishedAt) : null;
  const { title, language, publishedAt, fitted } = fitArticleFields({
    title: extraction.title ?? '',
    language: extraction.language,
    publishedAt: extractedDate,
  });
  const provenance = Object.fromEntries(
    Object.entries(extraction.provenance).filter(([, value]) => value !== undefined),
  );
  // `fitted` only when something was (a Mixed field in the store: kept as given).
  const recorded = {
    version: extraction.extractorVersion,
    provenance,
    ...(fitted.length > 0 ? { fitted } : {}),
  };
  const stored: ParsedArticle['extraction'] = recorded;
  return {
    _id: articleIdFor(canonical),
    source: page.source,
    url: page.finalUrl,
    canonicalUrl: canonical,
    title,
    subtitle: extraction.subtitle,
    authors: extraction.authors,
    section: extraction.section,
    tags: extraction.tags,
    publishedAt,
    modifiedAt: extraction.modifiedAt ? new Date(extraction.modifiedAt) : null,
    body: extraction.body,
    bodyHtml: extraction.bodyHtml,
    language,
    leadImage: extraction.leadImage?.url ?? null,
    related: extraction.related.map((link) => ({
      title: link.title,
      url: link.url,
      publishedAt: link.publishedAt ?? null,
    })),
    contentHash: contentHashOf(
      title,
      extraction.body,
      // As extracted (hashes of stored articles stay the same), unless it was dropped.
      publishedAt ? extraction.publishedAt : null,
      extraction.section,
      extraction.authors.join('\n'),
    ),
    extraction: stored,
    traceId: page.traceId,
    fetchedAt: new Date(page.fetchedAt),
  };
}
