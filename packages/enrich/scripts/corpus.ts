// Reads the shared development data (aeb-dev bodies and the seed page) for eval, bench and tests.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(packageDir, '../..');

/** The shared/ folder: $NEWSFLOW_SHARED_DIR, else the one beside the repository. */
export function sharedDir(): string | null {
  const candidates = [process.env.NEWSFLOW_SHARED_DIR, join(repoDir, '../shared')];
  for (const c of candidates) if (c && existsSync(join(c, 'corpus/aeb-dev/ground-truth.json'))) return c;
  return null;
}

export interface CorpusArticle {
  id: string;
  url: string;
  title: string;
  body: string;
}

/** aeb-dev bodies with a title taken from the page's <title> (the corpus has no headline field). */
export function aebDev(): CorpusArticle[] {
  const dir = sharedDir();
  if (!dir) return [];
  const gt = JSON.parse(readFileSync(join(dir, 'corpus/aeb-dev/ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(gt).map(([id, v]) => ({
    id,
    url: v.url,
    title: pageTitle(join(dir, 'corpus/aeb-dev/html', `${id}.html`)),
    body: v.articleBody,
  }));
}

function pageTitle(file: string): string {
  if (!existsSync(file)) return '';
  const html = readFileSync(file, 'utf8');
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return (m?.[1] ?? '')
    .replace(/&amp;/g, '&')
    .replace(/&#0?39;|&rsquo;|&#8217;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The seed page: title, and the six article paragraphs named in DESIGN.md as its body. */
export function seedArticle(): CorpusArticle | null {
  const dir = sharedDir();
  if (!dir) return null;
  const lines = readFileSync(join(dir, 'seed/caliber-az-article.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim());
  const title = lines[0] ?? '';
  const dateLine = lines.findIndex((l) => /\d{1,2} \w+ \d{4} - \d{2}:\d{2}/.test(l));
  const end = lines.findIndex((l) => /^Subscribe to our/.test(l));
  const body = lines
    .slice(dateLine + 1, end)
    .filter((l) => l !== '')
    .join('\n\n');
  return { id: 'seed:caliber-az', url: 'https://caliber.az/', title, body };
}

/**
 * meta-dev/fundus pages as articles: the corpus `articleBody` (one paragraph or sub-heading a
 * line) and `title`, id `fundus:<page id>`. The broad gold set (gold/broad.json) is labelled on these.
 */
export function fundusDev(): CorpusArticle[] {
  const dir = sharedDir();
  const file = dir ? join(dir, 'corpus/meta-dev/fundus/ground-truth.json') : '';
  if (!dir || !existsSync(file)) return [];
  const gt = JSON.parse(readFileSync(file, 'utf8')) as Record<
    string,
    { articleBody?: string; url: string; title?: string }
  >;
  return Object.entries(gt).map(([id, v]) => ({
    id: `fundus:${id}`,
    url: v.url,
    title: v.title ?? '',
    body: v.articleBody ?? '',
  }));
}

export const packageRoot = packageDir;
