// The pipeline: parse → metadata from the raw tree → related links → clean → main content →
// body → page type. Never throws: a failure of any stage gives pageType 'unknown' with a reason.
import { cleanTree } from './clean/clean-tree.ts';
import { collectBody } from './content/collect-body.ts';
import { fallbackScope, preferFallback, proseParagraphs } from './content/fallback.ts';
import { findMainContent } from './content/find-main.ts';
import { dropHeaderLines } from './content/header-lines.ts';
import { findLead, withLead } from './content/lead.ts';
import { parseHtml } from './dom/parse.ts';
import { collapse } from './dom/tree.ts';
import { extractPageLinks } from './links/page-links.ts';
import { extractRelated } from './links/related.ts';
import { absoluteUrl } from './links/urls.ts';
import { extractAuthors } from './metadata/authors.ts';
import { extractDates } from './metadata/dates.ts';
import { authorNames, findJsonLdArticle, imageUrl, stringProp } from './metadata/json-ld.ts';
import { firstMeta, readHead } from './metadata/meta-tags.ts';
import { AUTHOR_META, SECTION_META, SITE_NAME_META, TAG_META, TITLE_META } from './metadata/metadata-keys.ts';
import type { DateContext } from './metadata/parse-date.ts';
import { visibleSection } from './metadata/section.ts';
import { extractTitle } from './metadata/title.ts';
import { classifyPage } from './page-type/classify.ts';
import { LISTING_PAGE_TYPES, NON_ARTICLE_OG_TYPE, SERVICE_PAGE_TYPES } from './page-type/patterns.ts';
import { countTeasers } from './page-type/teasers.ts';
import { urlShape } from './page-type/url-shape.ts';
import type {
  ArticleImage,
  ExtractionHints,
  ExtractionResult,
  FieldProvenance,
  PageTypeReason,
  Provenance,
} from './types.ts';
import { EXTRACTOR_VERSION } from './version.ts';

/** The words of an unknown page's `reason`, by code. */
const REASON_TEXT: Record<PageTypeReason, string> = {
  'marked-article': 'article',
  'article-body': 'article',
  'front-page': 'front page',
  'crawl-start': 'crawl start page',
  'section-front': 'section front',
  'link-list': 'list of links',
  'service-page': 'about, contact or other service page of the site, not news',
  'no-body': 'marked as an article, but no article text found (main container and fallback empty)',
  'no-content': 'no article content found',
  'empty-document': 'empty document',
  'not-html': 'not HTML',
  'extraction-failed': 'extraction failed',
};

/** Longer "site names" are headlines put into the wrong meta tag. */
const MAX_SITE_NAME = 40;

function unknown(url: string, reason: string, code: PageTypeReason): ExtractionResult {
  return {
    pageType: 'unknown',
    reason,
    pageTypeReason: code,
    pageSignals: [],
    url,
    canonicalUrl: null,
    language: null,
    title: null,
    publishedAt: null,
    modifiedAt: null,
    links: [],
    provenance: {},
    extractorVersion: EXTRACTOR_VERSION,
  };
}

export function extractArticle(html: string, url: string, hints: ExtractionHints = {}): ExtractionResult {
  const pageUrl = typeof url === 'string' ? url : '';
  if (typeof html !== 'string' || html.trim() === '')
    return unknown(pageUrl, 'empty document', 'empty-document');
  try {
    return runPipeline(html, pageUrl, hints);
  } catch (error) {
    return unknown(
      pageUrl,
      `extraction failed: ${error instanceof Error ? error.message : String(error)}`,
      'extraction-failed',
    );
  }
}

function hostnameOf(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname : '';
}

function runPipeline(html: string, url: string, hints: ExtractionHints): ExtractionResult {
  if (!/<[a-z!]/i.test(html.slice(0, 100_000))) return unknown(url, 'not HTML', 'not-html');
  const root = parseHtml(html);
  const head = readHead(root);
  const ld = findJsonLdArticle(root);
  const ldObject = ld?.object ?? null;
  const provenance: FieldProvenance = {};

  const language = languageOf(head, ldObject, hints, provenance);
  const fetchedAt =
    hints.fetchedAt && !Number.isNaN(hints.fetchedAt.getTime()) ? hints.fetchedAt : new Date();
  const ctx: DateContext = {
    notAfter: fetchedAt.getTime(),
    monthFirst: language === null || /^en(?:-us)?$/i.test(language),
  };
  if (hints.timezone) ctx.timezone = hints.timezone;

  // A site name is a few words; some CMSs put the headline into application-name.
  const siteNames = [
    ...SITE_NAME_META.flatMap((k) => head.meta.get(k) ?? []).map((s) => s.replace(/^@/, '')),
    ...(ld?.publisherName ? [ld.publisherName] : []),
  ].filter((name) => name.length <= MAX_SITE_NAME && name.split(/\s+/).length <= 5);
  const hostname = hostnameOf(url);

  const structuredTitles: { value: string; provenance: Provenance }[] = [];
  const headline = ldObject ? stringProp(ldObject, 'headline') : null;
  if (headline) structuredTitles.push({ value: headline, provenance: 'json-ld' });
  const metaTitle = firstMeta(head, TITLE_META);
  if (metaTitle)
    structuredTitles.push({
      value: metaTitle.value,
      provenance: metaTitle.key.startsWith('og:') ? 'opengraph' : 'meta',
    });
  const sections = sectionNames(ldObject, head, url);
  const title = extractTitle(root, structuredTitles, head.titleElement, siteNames, hostname, sections);
  if (title) provenance.title = title.provenance;

  const subtitleMeta = ldObject ? stringProp(ldObject, 'description') : null;
  const description = subtitleMeta ?? firstMeta(head, ['og:description', 'description'])?.value ?? null;

  const authors = extractAuthors(
    root,
    ldObject ? authorNames(ldObject) : [],
    AUTHOR_META.flatMap((k) => head.meta.get(k) ?? []),
    siteNames,
    html,
    sections,
  );
  if (authors && authors.authors.length > 0) provenance.authors = authors.provenance;

  const dates = extractDates(root, head, ldObject, ld?.anyDatePublished ?? null, url, ctx, html);
  if (dates.published) provenance.publishedAt = dates.published.provenance;
  if (dates.modified) provenance.modifiedAt = dates.modified.provenance;

  let section: string | null = ldObject ? stringProp(ldObject, 'articleSection') : null;
  if (section) provenance.section = 'json-ld';
  else {
    const meta = firstMeta(head, SECTION_META);
    if (meta) {
      section = meta.value;
      provenance.section = 'meta';
    } else {
      const visible = visibleSection(root);
      if (visible) {
        section = visible.section;
        provenance.section = visible.provenance;
      }
    }
  }

  const tags = tagsOf(head, ldObject, provenance);
  const canonicalRaw = head.canonical ?? firstMeta(head, ['og:url'])?.value ?? null;
  const canonicalUrl = canonicalRaw ? absoluteUrl(canonicalRaw, url) : null;
  if (canonicalUrl) provenance.canonicalUrl = head.canonical ? 'link-canonical' : 'opengraph';

  const related = extractRelated(root, url, ctx);
  const pageLinks = extractPageLinks(root, url);

  const teasers = countTeasers(root);
  // Found before cleaning: the standfirst often sits in the article's <header>.
  const lead = findLead(root, [
    subtitleMeta,
    ...['og:description', 'description', 'twitter:description'].map((k) => firstMeta(head, [k])?.value),
  ]);

  cleanTree(root);
  const main = findMainContent(root);
  let body = main ? collectBody(main.containers, url) : null;
  // The cascade's judge: the prose paragraphs of the page (weak main body) or of the main
  // container's region are a second opinion.
  const mainLength = body?.text.length ?? 0;
  const scope = fallbackScope(root, main?.containers[0], mainLength);
  // The fallback cannot be longer than its scope's text: when that cannot win, skip it.
  const scopeText = main?.stats.get(scope)?.textLength ?? Number.POSITIVE_INFINITY;
  if (preferFallback(mainLength, scopeText)) {
    const fallback = collectBody(proseParagraphs(scope, main?.stats), url);
    if (preferFallback(mainLength, fallback.text.length)) {
      body = fallback;
      provenance.body = 'fallback';
    }
  }
  let blocks = body?.blocks ?? [];
  // The headline and byline repeated in the body are not body.
  blocks = dropHeaderLines(blocks, title?.title ?? null, authors?.authors ?? []);
  blocks = withLead(blocks, lead);
  const bodyText = blocks.map((b) => b.text).join('\n\n');

  const ogType = firstMeta(head, ['og:type'])?.value ?? '';
  const ldTypes = ld?.types ?? [];
  const markedAsArticle = (ld?.isArticle ?? false) || /article/i.test(ogType);
  const decision = classifyPage({
    bodyLength: bodyText.length,
    bodyParagraphs: blocks.length,
    markedAsArticle,
    markedAs: [
      ...(ogType && NON_ARTICLE_OG_TYPE.test(ogType.trim()) ? [`og:type=${ogType.trim()}`] : []),
      ...ldTypes
        .filter((t) => SERVICE_PAGE_TYPES.test(t) || LISTING_PAGE_TYPES.test(t))
        .map((t) => `json-ld=${t}`),
    ],
    servicePageType: ldTypes.some((t) => SERVICE_PAGE_TYPES.test(t)) && !(ld?.isArticle ?? false),
    listingPageType:
      ldTypes.some((t) => LISTING_PAGE_TYPES.test(t) && !/^WebSite$/i.test(t)) ||
      (ogType !== '' && NON_ARTICLE_OG_TYPE.test(ogType.trim())),
    hasPublishedAt: dates.published !== null,
    links: pageLinks,
    urlShape: urlShape(url),
    teasers,
    crawlContext: hints.crawlContext,
  });
  const kind = decision.kind;
  const common = {
    url,
    canonicalUrl,
    language,
    title: title?.title ?? null,
    publishedAt: dates.published?.date.iso ?? null,
    modifiedAt: dates.modified?.date.iso ?? null,
    provenance,
    extractorVersion: EXTRACTOR_VERSION,
    pageTypeReason: decision.reason,
    pageSignals: decision.signals,
  };
  if (kind === 'listing') return { ...common, pageType: 'listing', links: pageLinks };
  if (kind === 'unknown')
    return { ...common, pageType: 'unknown', reason: REASON_TEXT[decision.reason], links: pageLinks };

  provenance.body ??= 'content';
  const leadRaw =
    (ldObject ? imageUrl(ldObject) : null) ?? firstMeta(head, ['og:image', 'twitter:image'])?.value ?? null;
  const leadUrl = leadRaw ? absoluteUrl(leadRaw, url) : null;
  let leadImage: ArticleImage | null = null;
  if (leadUrl) {
    leadImage = { url: leadUrl };
    provenance.leadImage = ldObject && imageUrl(ldObject) ? 'json-ld' : 'opengraph';
  } else if (body?.images[0]) {
    leadImage = body.images[0];
    provenance.leadImage = 'content';
  }
  const subtitle =
    description && title && collapse(description) !== collapse(title.title) ? collapse(description) : null;
  if (subtitle) provenance.subtitle = ldObject && subtitleMeta ? 'json-ld' : 'meta';
  return {
    ...common,
    pageType: 'article',
    subtitle,
    authors: authors?.authors ?? [],
    publisherCredit: authors?.publisherCredit ?? null,
    section: section ? collapse(section) : null,
    tags,
    body: bodyText,
    bodyHtml: body ? body.html : '',
    leadImage,
    images: body?.images ?? [],
    related,
    links: body?.links ?? [],
  };
}

/** The page's section names, to strip from titles: structured sections and the URL's folder
 * names (not its last segment, the headline slug, nor segments with digits). */
function sectionNames(
  ld: Record<string, unknown> | null,
  head: ReturnType<typeof readHead>,
  url: string,
): string[] {
  const out: string[] = [];
  const fromLd = ld?.articleSection;
  for (const s of Array.isArray(fromLd) ? fromLd : [fromLd]) if (typeof s === 'string') out.push(s);
  const meta = firstMeta(head, SECTION_META);
  if (meta) out.push(meta.value);
  if (URL.canParse(url)) {
    const segments = new URL(url).pathname.split('/').filter(Boolean).slice(0, -1);
    for (const segment of segments)
      if (!/\d/.test(segment) && segment.length <= 30)
        out.push(decodeURIComponentSafe(segment).replace(/[-_]/g, ' '));
  }
  return out;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function languageOf(
  head: ReturnType<typeof readHead>,
  ld: Record<string, unknown> | null,
  hints: ExtractionHints,
  provenance: FieldProvenance,
): string | null {
  const fromLd = ld ? stringProp(ld, 'inLanguage') : null;
  const candidates: [string | null | undefined, Provenance][] = [
    [head.htmlLang, 'html-lang'],
    [fromLd, 'json-ld'],
    [firstMeta(head, ['og:locale'])?.value, 'opengraph'],
    [firstMeta(head, ['content-language', 'language', 'dc.language'])?.value, 'meta'],
  ];
  for (const [value, source] of candidates) {
    const tag = value?.trim().replace(/_/g, '-');
    if (tag && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) {
      provenance.language = source;
      return tag;
    }
  }
  return hints.language ?? null;
}

function tagsOf(
  head: ReturnType<typeof readHead>,
  ld: Record<string, unknown> | null,
  provenance: FieldProvenance,
): string[] {
  const articleTags = head.meta.get('article:tag');
  if (articleTags && articleTags.length > 0) {
    provenance.tags = 'opengraph';
    return [
      ...new Set(
        articleTags
          .flatMap((t) => t.split(','))
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ];
  }
  const keywords = ld?.keywords;
  const list = Array.isArray(keywords)
    ? keywords.filter((k): k is string => typeof k === 'string')
    : typeof keywords === 'string'
      ? keywords.split(',')
      : [];
  const cleaned = [...new Set(list.map((t) => t.trim()).filter(Boolean))];
  if (cleaned.length > 0) provenance.tags = 'json-ld';
  else {
    const meta = firstMeta(head, TAG_META.slice(1));
    if (meta) {
      provenance.tags = 'meta';
      return [
        ...new Set(
          meta.value
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean),
        ),
      ];
    }
  }
  return cleaned;
}
