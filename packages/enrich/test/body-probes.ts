// What the issue-14 tests ask of one enriched body (a test helper, not a test file).
import assert from 'node:assert/strict';
import { enrichArticle } from '../src/index.ts';

export const enrich = (body: string) => enrichArticle({ title: '', body });

/** Names of the body's entities of one type. */
export const named = (body: string, type: string) =>
  enrich(body)
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

/** Asserts that each of `names` is one whole entity of this type in the body. */
export function assertNamed(body: string, type: string, names: string[]): void {
  const found = named(body, type);
  for (const name of names) assert.ok(found.includes(name), `${name} not in ${found.join(', ')}`);
}

/** The speaker of the body's quotation that starts with `start`. */
export const speakerOf = (body: string, start: string) =>
  enrich(body).quotes.find((q) => q.text.startsWith(start))?.speaker;
