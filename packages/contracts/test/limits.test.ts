// Issue 12: data is fitted to the contracts' limits where it enters, so a stored article can always
// become its event. One test per limit: what the extraction may produce, fitted, flagged, and
// accepted by `articles.parsed.v1`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ArticleParsedV1, fitArticleFields, fitText, fitUrl, LIMITS, newTraceId } from '../src/index.ts';

const extracted = {
  title: 'Armenian, US officials discuss expanding strategic partnership',
  language: 'en' as string | null,
  publishedAt: new Date('2024-06-18T05:21:00Z') as Date | null,
};

function parsedEvent(fields: typeof extracted, canonicalUrl = 'https://caliber.az/en/post/1') {
  return ArticleParsedV1.safeParse({
    schemaVersion: 1,
    traceId: newTraceId(),
    articleId: 'a1',
    source: 'caliber',
    url: 'https://caliber.az/en/post/1',
    canonicalUrl,
    contentHash: 'h',
    title: fields.title,
    body: 'Body.',
    language: fields.language,
    publishedAt: fields.publishedAt?.toISOString() ?? null,
    parsedAt: new Date().toISOString(),
  });
}

describe('contract limits, fitted where data enters', () => {
  it('leaves fields within the limits as they are, flagging nothing', () => {
    const fitted = fitArticleFields(extracted);
    assert.deepEqual(fitted, { ...extracted, fitted: [] });
    assert.equal(parsedEvent(fitted).success, true);
  });

  it(`title: a 10 000-character title is cut to ${LIMITS.title} with an ellipsis and flagged`, () => {
    const long = { ...extracted, title: 'Breaking '.repeat(1200).slice(0, 10_000) };
    assert.equal(parsedEvent(long).success, false, 'the unfitted title breaks the contract');
    const fitted = fitArticleFields(long);
    assert.equal(fitted.title.length, LIMITS.title);
    assert.ok(fitted.title.endsWith('…'));
    assert.ok(long.title.startsWith(fitted.title.slice(0, -1).trimEnd()));
    assert.deepEqual(fitted.fitted, ['title']);
    assert.equal(parsedEvent(fitted).success, true);
    // A cut never splits a surrogate pair (an emoji at the boundary).
    const emoji = fitText(`${'a'.repeat(LIMITS.title - 2)}😀😀`, LIMITS.title).text;
    assert.equal(emoji, `${'a'.repeat(LIMITS.title - 2)}…`);
    assert.doesNotMatch(emoji, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/, 'no lone surrogate');
  });

  it(`language: a tag longer than ${LIMITS.language} becomes its primary subtag, or none`, () => {
    const long = { ...extracted, language: 'en-US-x-private-use-subtags' };
    assert.equal(parsedEvent(long).success, false);
    const fitted = fitArticleFields(long);
    assert.deepEqual([fitted.language, fitted.fitted], ['en', ['language']]);
    assert.equal(parsedEvent(fitted).success, true);
    assert.equal(fitArticleFields({ ...extracted, language: 'x'.repeat(40) }).language, null);
  });

  it('publishedAt: a date no ISO instant can carry (year 10000+, invalid) is dropped', () => {
    const future = { ...extracted, publishedAt: new Date(Date.UTC(20_000, 0, 1)) };
    assert.equal(
      parsedEvent(future).success,
      false,
      `${future.publishedAt.toISOString()} breaks the contract`,
    );
    const fitted = fitArticleFields(future);
    assert.deepEqual([fitted.publishedAt, fitted.fitted], [null, ['publishedAt']]);
    assert.equal(parsedEvent(fitted).success, true);
    assert.equal(fitArticleFields({ ...extracted, publishedAt: new Date(Number.NaN) }).publishedAt, null);
  });

  it(`url: a canonical URL longer than ${LIMITS.url} falls back to one that fits`, () => {
    const fetched = 'https://caliber.az/en/post/1';
    const declared = `https://caliber.az/en/post/1?${'q=1&'.repeat(1100)}`;
    assert.equal(parsedEvent(extracted, declared).success, false);
    assert.equal(fitUrl(declared, fetched), fetched);
    assert.equal(parsedEvent(extracted, fitUrl(declared, fetched)).success, true);
  });
});
