// Data: which meta tags carry which field, strongest first, and the words that are never
// an author's name. Calibrated as a set against meta-dev — re-run `npm run bench:extract`.

export const PUBLISHED_META = [
  'article:published_time',
  'article:published',
  'og:article:published_time',
  'published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dc.date.created',
  'dcterms.created',
  'date',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'cxenseparse:recs:publishtime',
  'og:published_time',
  'citation_publication_date',
  'citation_date',
  'date.created',
  'created',
  'datecreated',
  'release_date',
  'displaydate',
  'bt:pubdate',
  'iso-8601-publish-date',
  'pub_date',
  'gen-date',
  'analyticsattributes.articledate',
  'cxenseparse:publishtime',
  'prism.publicationdate',
  'publication_date',
  'publication-date',
  'publicationdate',
  'publisheddate',
  'published',
  'dcterms:created',
  'og:release_date',
];

export const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dateupdated',
  'last-modified',
  'dc.date.modified',
  'dcterms.modified',
  'modified',
  'updated_time',
  'article:updated_time',
  'lastmod',
];

export const AUTHOR_META = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'citation_author',
  'cxenseparse:author',
  'article.author',
  'authors',
  'creator',
];

export const TITLE_META = [
  'og:title',
  'twitter:title',
  'title',
  'dc.title',
  'headline',
  'parsely-title',
  'sailthru.title',
];

export const SECTION_META = [
  'article:section',
  'section',
  'parsely-section',
  'category',
  'article.section',
  'cxenseparse:recs:category',
];

export const TAG_META = ['article:tag', 'news_keywords', 'parsely-tags', 'keywords'];

export const SITE_NAME_META = ['og:site_name', 'application-name', 'twitter:site', 'publisher'];

/** Word boundaries that know non-ASCII letters (`\b` does not: "Preußen" would end at "ß"). */
const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

/** Byline words that are not names ("Staff", "Minute Read", "Updated", roles, interface
 * labels such as a "Follow" button). */
export const NOT_A_NAME = new RegExp(
  `${WORD_START}(?:staff|minute read|min read|minutes? ago|read|updated|published|posted|editorial|redaktion|redacción|rédaction|team|desk|newsroom|admin|administrator|guest|contributors?|correspondents?|reporters?|editors?|writers?|anonymous|unknown|copyright|photos?|fotos?|images?|videos?|photographers?|share|follow|twitter|facebook|email|e-mail|comments?|subscribe|more|article|news|home|menu|search|login|sign in)${WORD_END}`,
  'iu',
);

/** Names of publications, not people ("ZEITmagazin", "SZ Magazin", "Wirtschaftswoche Journal"):
 * a byline naming one credits the publication. */
export const PUBLICATION_NAME =
  /(?:magazin|magazine|zeitung|journal|verlag|gazette|quarterly|weekly|podcast)(?![\p{L}])/iu;

/** Interface labels that byline markup puts next to a name ("Jane Doe Follow", "Anna Groß
 * Folgen", "Profil"): removed from the end of a name. */
export const INTERFACE_LABEL =
  /\s+(?:follow|following|folgen|abonnieren|suivre|seguir|segui|volgen|følg|följ|seuraa|obserwuj|sledovat|подписаться|more|mehr|profile|profil|autorenprofil|all articles|alle artikel)$/iu;

/** Words before a name that belong to the byline, not to the name. */
export const BYLINE_PREFIX =
  /^(?:(?:text|written|reported|posted|report|words|story|interview|von|by|par|por|di|da|door|av|af|från|de|autor(?:in)?|author|authors|auteur|redakteur(?:in)?|kommentar von|ein kommentar von|eine analyse von|analyse von|ein gastbeitrag von|gastbeitrag von)\s*(?:by|von|par|por)?\s*[:|-]?\s+)+/i;

/** Separators between several names in one byline. */
export const NAME_SEPARATOR = new RegExp(
  `\\s*(?:,|;|\\||&|${WORD_START}(?:and|und|et|y|e|og|och|en|i|mit)${WORD_END})\\s*`,
  'iu',
);

/** Class/id of elements holding a byline. */
export const BYLINE_NAME =
  /(?:^|[-_\s])(?:byline|author|authors|autor|autoren|author-name|authorname|writer|article-author|post-author|entry-author|contributor|creditline)(?:$|[-_\s])/i;

/** Author profile URLs of CMS accounts ("…/author/admin/") rather than people. */
export const ACCOUNT_PROFILE = /\/(?:author|autor|user)\/(?:admin|administrator|webmaster|root)\/?(?:#.*)?$/i;
