/** The shell every server-rendered page shares: one stylesheet, no inline script (CSP: 'self'). */
export function page(title: string, body: string, script?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="stylesheet" href="/assets/style.css"></head>
<body>${body}${script ? `<script src="${script}" defer></script>` : ''}</body></html>`;
}
