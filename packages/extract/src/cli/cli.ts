// newsflow-extract [--url-map FILE.json] [--tz ZONE] [--lang LANG] PATH...
// PATH is an HTML file or a folder of *.html; prints one JSON object per input and line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeHtml } from '../decode/decode-html.ts';
import { extractArticle } from '../extract-article.ts';
import { resolveZone } from '../metadata/zoned-time.ts';
import type { ExtractionHints } from '../types.ts';

const USAGE = 'usage: newsflow-extract [--url-map FILE.json] [--tz ZONE] [--lang LANG] PATH...';

interface Options {
  urlMap: Record<string, string>;
  hints: ExtractionHints;
  paths: string[];
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { urlMap: {}, hints: {}, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string | undefined => argv[++i];
    if (arg === '--url-map') {
      const file = value();
      if (!file) return '--url-map needs a file';
      try {
        options.urlMap = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      } catch (error) {
        return `cannot read url map ${file}: ${(error as Error).message}`;
      }
    } else if (arg === '--tz') {
      const zone = value();
      if (!zone) return '--tz needs a zone';
      if (!resolveZone(zone)) return `unknown timezone: ${zone}`;
      options.hints.timezone = zone;
    } else if (arg === '--lang') {
      const lang = value();
      if (!lang) return '--lang needs a language';
      options.hints.language = lang;
    } else if (arg === '-h' || arg === '--help') return USAGE;
    else if (arg.startsWith('--')) return `unknown option ${arg}\n${USAGE}`;
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) return USAGE;
  return options;
}

function inputFiles(path: string): string[] {
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .filter((name) => name.endsWith('.html'))
      .sort()
      .map((name) => join(path, name));
  }
  return [path];
}

export function main(argv: string[]): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    console.error(options);
    return 2;
  }
  let failures = 0;
  for (const path of options.paths) {
    let files: string[];
    try {
      files = inputFiles(path);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ file: path, error: (error as Error).message })}\n`);
      failures++;
      continue;
    }
    for (const file of files) {
      const key = basename(file).replace(/\.html?$/, '');
      const url = options.urlMap[key] ?? `file://${file}`;
      try {
        const html = decodeHtml(readFileSync(file));
        const result = extractArticle(html, url, options.hints);
        // The fields people read first, then the rest of the result.
        const { pageType, title, provenance } = result;
        const article = result.pageType === 'article' ? result : null;
        const line = {
          file,
          pageType,
          title,
          authors: article?.authors ?? [],
          publishedAt: result.publishedAt,
          modifiedAt: result.modifiedAt,
          section: article?.section ?? null,
          body: article?.body ?? '',
          language: result.language,
          provenance,
        };
        Object.assign(line, result);
        process.stdout.write(`${JSON.stringify(line)}\n`);
      } catch (error) {
        process.stdout.write(`${JSON.stringify({ file, error: (error as Error).message })}\n`);
        failures++;
      }
    }
  }
  return failures > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
