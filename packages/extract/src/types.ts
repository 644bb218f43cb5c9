// The extractor's output: a discriminated union on pageType, every field with provenance.

/** Which signal produced a value, so operators can see why it was chosen. */
export type Provenance =
  | 'json-ld'
  | 'microdata'
  | 'opengraph'
  | 'meta'
  | 'time-element'
  | 'visible-text'
  | 'script-data'
  | 'h1'
  | 'title-element'
  | 'byline'
  | 'url'
  | 'html-lang'
  | 'link-canonical'
  | 'content'
  /** The body from the cascade's fallback (the page's prose paragraphs), not the main container. */
  | 'fallback';

export interface PageLink {
  url: string;
  text: string;
}

export interface RelatedLink {
  title: string;
  url: string;
  publishedAt?: string;
}

export interface ArticleImage {
  url: string;
  alt?: string;
  caption?: string;
}

/** Where the crawler found the page: a hint for the page-type decision. */
export type CrawlContext = 'start' | 'feed' | 'sitemap' | 'listing-link' | 'article-link' | 'revisit';

/** Why a page got its page type: the code a parser counts and lists pages not stored by. */
export type PageTypeReason =
  // article
  | 'marked-article'
  | 'article-body'
  // listing
  | 'front-page'
  | 'crawl-start'
  | 'section-front'
  | 'link-list'
  // unknown
  | 'service-page'
  | 'no-body'
  | 'no-content'
  | 'empty-document'
  | 'not-html'
  | 'extraction-failed';

export interface ExtractionHints {
  /** IANA zone of the source, used for dates the page writes without an offset. */
  timezone?: string;
  /** Expected language (BCP 47), used when the page does not declare one. */
  language?: string;
  /** When the page was fetched; no date after it is accepted. Defaults to now. */
  fetchedAt?: Date;
  /** Where the crawler found the page (its start page, a feed, a sitemap, a link on a listing
   * or an article, or a revisit of a stored article): one more signal for the page type. */
  crawlContext?: CrawlContext;
}

export interface FieldProvenance {
  title?: Provenance;
  subtitle?: Provenance;
  authors?: Provenance;
  publishedAt?: Provenance;
  modifiedAt?: Provenance;
  section?: Provenance;
  tags?: Provenance;
  body?: Provenance;
  leadImage?: Provenance;
  canonicalUrl?: Provenance;
  language?: Provenance;
}

interface CommonFields {
  url: string;
  canonicalUrl: string | null;
  language: string | null;
  title: string | null;
  /** Page metadata, returned for every page type when the page states it. */
  publishedAt: string | null;
  modifiedAt: string | null;
  links: PageLink[];
  provenance: FieldProvenance;
  extractorVersion: string;
  /** Why the page got its page type (for pages not stored: the reason to count and list). */
  pageTypeReason: PageTypeReason;
  /** The signals behind that decision ("url=front", "marked=og:type=website", "teasers=24"). */
  pageSignals: string[];
}

export interface ArticleExtraction extends CommonFields {
  pageType: 'article';
  subtitle: string | null;
  authors: string[];
  /** The publisher, newsroom or publication credited as author ("BBC News", "Redaktion
   * hessenschau.de"), apart from the people in `authors`; null when the page credits none. */
  publisherCredit: string | null;
  section: string | null;
  tags: string[];
  /** Paragraphs as plain text separated by a blank line. */
  body: string;
  /** Sanitised minimal HTML: p, h2–h6, ul/ol/li, blockquote, a, img, figure/figcaption. */
  bodyHtml: string;
  leadImage: ArticleImage | null;
  images: ArticleImage[];
  related: RelatedLink[];
}

export interface ListingExtraction extends CommonFields {
  pageType: 'listing';
}

export interface UnknownExtraction extends CommonFields {
  pageType: 'unknown';
  /** Why nothing could be extracted, in words (empty input, not HTML, a service page, an
   * article page without body text, no content, internal error); the code is pageTypeReason. */
  reason: string;
}

export type ExtractionResult = ArticleExtraction | ListingExtraction | UnknownExtraction;
