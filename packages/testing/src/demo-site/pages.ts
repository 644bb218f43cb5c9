import { DEMO_ARTICLES, type DemoArticle } from './articles.ts';

/** The demo site's HTML, in the shape of a typical news CMS: header, nav, main column, rails, footer. */

const SITE_NAME = 'Demo Caliber';
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function articlePath(article: DemoArticle): string {
  return `/${article.section.toLowerCase()}/${article.slug}`;
}

export function sectionPath(section: string): string {
  return `/${section.toLowerCase()}`;
}

/** "18 June 2024 - 09:21" (site-local, UTC+4) → ISO with offset, for the page's own meta tags. */
export function isoLocal(published: string): string {
  const match = /^(\d{1,2}) (\w+) (\d{4}) - (\d{2}):(\d{2})$/.exec(published);
  if (!match) throw new Error(`bad demo date ${published}`);
  const [, day, month, year, hour, minute] = match;
  const monthNumber = String(MONTHS.indexOf(month!) + 1).padStart(2, '0');
  return `${year}-${monthNumber}-${day!.padStart(2, '0')}T${hour}:${minute}:00+04:00`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Newest first, as the "Latest news" rail shows them. */
function newestFirst(): DemoArticle[] {
  return [...DEMO_ARTICLES].sort((a, b) => isoLocal(b.published).localeCompare(isoLocal(a.published)));
}

function layout(options: { title: string; head?: string; main: string }): string {
  const sections = [...new Set(DEMO_ARTICLES.map((article) => article.section))];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
${options.head ?? ''}
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<header class="site-header">
  <a class="logo" href="/">${SITE_NAME}</a>
  <nav class="main-menu"><ul>
    ${sections.map((section) => `<li><a href="${sectionPath(section)}">${section[0]}${section.slice(1).toLowerCase()}</a></li>`).join('\n    ')}
    <li><a href="/news">All news</a></li>
  </ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search"></form>
</header>
<div class="page">
${options.main}
<aside class="latest-news">
  <h3>Latest news</h3>
  <ul>
    ${newestFirst()
      .map(
        (article) =>
          `<li><a href="${articlePath(article)}">${escapeHtml(article.title)}</a><span class="time">${article.published}</span></li>`,
      )
      .join('\n    ')}
  </ul>
  <a class="all-news" href="/news">All news</a>
</aside>
</div>
<footer class="site-footer">
  <p>&copy; 2024 ${SITE_NAME}. A demo news site for newsflow.</p>
  <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/news">All news</a></li></ul>
</footer>
</body>
</html>
`;
}

export function frontPage(): string {
  const [top, ...rest] = newestFirst();
  return layout({
    title: `${SITE_NAME} — news`,
    main: `<main class="front">
  <section class="top-story"><h2><a href="${articlePath(top!)}">${escapeHtml(top!.title)}</a></h2><span class="time">${top!.published}</span></section>
  <section class="news-list"><h3>Latest news</h3><ul>
    ${rest.map((article) => `<li><a href="${articlePath(article)}">${escapeHtml(article.title)}</a> <span class="time">${article.published}</span></li>`).join('\n    ')}
  </ul><a class="more" href="/news">All news</a></section>
</main>`,
  });
}

export function listingPage(title: string, articles: DemoArticle[]): string {
  return layout({
    title: `${title} — ${SITE_NAME}`,
    main: `<main class="listing">
  <h1>${escapeHtml(title)}</h1>
  <ul class="news-list">
    ${articles
      .map(
        (article) =>
          `<li><a href="${articlePath(article)}">${escapeHtml(article.title)}</a> <span class="section">${article.section}</span> <span class="time">${article.published}</span></li>`,
      )
      .join('\n    ')}
  </ul>
</main>`,
  });
}

/** The footer's /about and /contact: plain pages of the site, neither articles nor listings. */
export const INFO_PAGES: Record<string, { title: string; text: string }> = {
  '/about': {
    title: 'About us',
    text: `${SITE_NAME} is a demo news site: it gives newsflow's demo and tests a site to crawl.`,
  },
  '/contact': { title: 'Contact', text: 'Write to the newsroom at newsroom@demo.example.' },
};

export function infoPage(path: string): string | null {
  const info = INFO_PAGES[path];
  if (!info) return null;
  return layout({
    title: `${info.title} — ${SITE_NAME}`,
    main: `<main class="page">
  <h1>${escapeHtml(info.title)}</h1>
  <p>${escapeHtml(info.text)}</p>
</main>`,
  });
}

export function allNewsPage(): string {
  return listingPage('All news', newestFirst());
}

export function sectionPage(section: string): string | null {
  const articles = newestFirst().filter((article) => article.section.toLowerCase() === section.toLowerCase());
  return articles.length === 0 ? null : listingPage(section, articles);
}

export function articlePage(article: DemoArticle, origin: string): string {
  const url = `${origin}${articlePath(article)}`;
  const related = article.readAlso.map((slug) => DEMO_ARTICLES.find((candidate) => candidate.slug === slug)!);
  return layout({
    title: `${article.title} | ${SITE_NAME}`,
    head: `<link rel="canonical" href="${url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${SITE_NAME}">
<meta property="og:title" content="${escapeHtml(article.title)}">
<meta property="og:url" content="${url}">
<meta property="article:section" content="${article.section}">
<meta property="article:published_time" content="${isoLocal(article.published)}">`,
    main: `<main class="article-page">
  <article class="news-article">
    <h1 class="article-title">${escapeHtml(article.title)}</h1>
    <div class="article-meta"><a class="section-label" href="${sectionPath(article.section)}">${article.section}</a> <span class="date">${article.published}</span></div>
    <div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a></div>
    <div class="article-body">
      ${article.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n      ')}
    </div>
    <div class="subscribe"><a href="https://t.me/demo">Subscribe to our Telegram channel</a></div>
  </article>
  <section class="read-also">
    <h3>Read also</h3>
    <ul>
      ${related
        .map(
          (other) =>
            `<li><a href="${articlePath(other)}">${escapeHtml(other.title)}</a><span class="time">${other.published}</span></li>`,
        )
        .join('\n      ')}
    </ul>
  </section>
</main>`,
  });
}
