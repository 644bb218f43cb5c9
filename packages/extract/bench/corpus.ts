// Loads the development corpora (shared/corpus/aeb-dev and meta-dev) for the benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MetaTruth } from '../src/index.ts';

export interface CorpusPage {
  set: string;
  id: string;
  url: string;
  file: string;
}

export function corpusRoot(): string {
  const fromEnv = process.env.NEWSFLOW_CORPUS;
  if (fromEnv) return resolve(fromEnv);
  // The work tree sits next to shared/ (…/main and …/shared); CI lays shared/ beside the clone.
  for (const candidate of ['../../../shared/corpus', '../../../../shared/corpus']) {
    const path = resolve(import.meta.dirname, candidate);
    if (existsSync(path)) return path;
  }
  throw new Error('corpus not found: set NEWSFLOW_CORPUS to the shared/corpus folder');
}

export function loadAeb(root: string): { page: CorpusPage; body: string }[] {
  const truth = JSON.parse(readFileSync(join(root, 'aeb-dev/ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, t]) => ({
      page: { set: 'aeb-dev', id, url: t.url, file: join(root, 'aeb-dev/html', `${id}.html`) },
      body: t.articleBody,
    }));
}

export function loadMeta(root: string, set: 'fundus' | 'htmldate'): { page: CorpusPage; truth: MetaTruth }[] {
  const truth = JSON.parse(readFileSync(join(root, 'meta-dev', set, 'ground-truth.json'), 'utf8')) as Record<
    string,
    MetaTruth & { url: string }
  >;
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, t]) => ({
      page: {
        set: `meta-dev/${set}`,
        id,
        url: t.url,
        file: join(root, 'meta-dev', set, 'html', `${id}.html`),
      },
      truth: t,
    }));
}

/** Fundus page ids end with the crawl date (at-DiePresse_2025_06_05): the fetch time a
 * crawler would pass as a hint. The end of that day is used, as the zone is unknown. */
export function crawlDateOf(id: string): Date | undefined {
  const m = /_(\d{4})_(\d{2})_(\d{2})$/.exec(id);
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T23:59:59Z`) : undefined;
}
