import { articleIdFor, contentHashOf, type PageFetched } from '@newsflow/contracts';
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
  const fetched = canonicalUrl(page.finalUrl);
  if (!declaredCanonical) return fetched;
  try {
    const declared = canonicalUrl(declaredCanonical);
    return siteOf(declared) === siteOf(fetched) ? declared : fetched;
  } catch {
    return fetched;
  }
}

function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** Maps an extraction to the stored article; ids and hashes make re-parsing idempotent. */
export function toParsedArticle(
  page: PageFetched,
  extraction: ArticleExtraction,
  canonical: string,
): ParsedArticle {
  const title = extraction.title ?? '';
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
    publishedAt: extraction.publishedAt ? new Date(extraction.publishedAt) : null,
    modifiedAt: extraction.modifiedAt ? new Date(extraction.modifiedAt) : null,
    body: extraction.body,
    bodyHtml: extraction.bodyHtml,
    language: extraction.language,
    leadImage: extraction.leadImage?.url ?? null,
    related: extraction.related.map((link) => ({
      title: link.title,
      url: link.url,
      publishedAt: link.publishedAt ?? null,
    })),
    contentHash: contentHashOf(
      title,
      extraction.body,
      extraction.publishedAt,
      extraction.section,
      extraction.authors.join('\n'),
    ),
    extraction: {
      version: extraction.extractorVersion,
      provenance: Object.fromEntries(
        Object.entries(extraction.provenance).filter(([, value]) => value !== undefined),
      ),
    },
    traceId: page.traceId,
    fetchedAt: new Date(page.fetchedAt),
  };
}
