import { createHash, randomUUID } from 'node:crypto';

/** An article's id: the hash of its canonical URL, so every fetch of one URL lands on one document. */
export function articleIdFor(canonicalUrl: string): string {
  return createHash('sha256').update(canonicalUrl).digest('hex').slice(0, 32);
}

/** A hash of an article's extracted content, to tell a changed page from a re-fetch of the same one. */
export function contentHashOf(...parts: Array<string | null | undefined>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part ?? '').update('\u0000');
  return hash.digest('hex').slice(0, 32);
}

/** A trace id follows one page from its fetch to the API. */
export function newTraceId(): string {
  return randomUUID();
}
