import { Parser } from 'htmlparser2';

// <link rel=canonical> belongs in <head>; only the head is parsed (or, without a closing tag,
// the first 256 KB — well past the head of every page in shared/corpus).
const HEAD_LIMIT = 256 * 1024;

/** The page's `<link rel="canonical">` as an absolute http(s) URL (first one, <base> honoured), or null. */
export function canonicalLinkOf(html: string, pageUrl: string): string | null {
  const headEnd = html.search(/<\/head\s*>|<body[\s>]/i);
  const head = html.slice(0, headEnd >= 0 ? headEnd : HEAD_LIMIT);
  let base = pageUrl;
  let canonical: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'base' && attributes.href) base = resolve(attributes.href, pageUrl) ?? base;
        if (canonical || name !== 'link' || !attributes.href) return;
        const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
        if (rel.includes('canonical')) canonical = resolve(attributes.href, base);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(head);
  parser.end();
  return canonical;
}

function resolve(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
