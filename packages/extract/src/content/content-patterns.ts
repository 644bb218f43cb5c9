// Data for finding the main content: class/id hints and tag weights, Readability's values
// (not re-tuned); the aeb-dev figures in the README are measured with them — re-run
// `npm run bench:extract` after any change.

export const POSITIVE_NAME = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/i;
export const NEGATIVE_NAME =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|rail|nav|menu/i;

/** Base score of a candidate container by tag. */
export const TAG_WEIGHT: Record<string, number> = {
  article: 10,
  main: 5,
  div: 5,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** Elements that start a new block of text. Table cells do not: a table row is one block. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
  'br',
  'center',
  'details',
  'summary',
  'picture',
]);

/** A paragraph-like block shorter than this is not scored (Readability's 25 chars). */
export const MIN_SCORED_TEXT = 25;

/** Ancestors that receive a paragraph's score, with their divisor (Readability: 1, 2, then level·3). */
export const ANCESTOR_DIVISORS = [1, 2, 6, 9, 12];
