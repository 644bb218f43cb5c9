import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMachineDate, parseTextDate, parseUrlDate } from '../src/metadata/parse-date.ts';

const later = Date.parse('2030-01-01T00:00:00Z');

test('visible text in the source timezone becomes an instant with its offset', () => {
  const baku = { timezone: 'Asia/Baku', notAfter: later };
  assert.equal(parseTextDate('18 June 2024 - 09:21', baku)?.iso, '2024-06-18T09:21:00+04:00');
  assert.equal(parseTextDate('14 July 2024 - 18:13', baku)?.iso, '2024-07-14T18:13:00+04:00');
  const berlin = { timezone: 'Europe/Berlin', notAfter: later };
  assert.equal(parseTextDate('Stand: 18.01.2024, 09:21 Uhr', berlin)?.iso, '2024-01-18T09:21:00+01:00');
  assert.equal(parseTextDate('18.06.2024 09:21', berlin)?.iso, '2024-06-18T09:21:00+02:00');
});

test('month names in English, Russian, Turkish and Azerbaijani', () => {
  const ctx = { notAfter: later };
  assert.equal(parseTextDate('June 18, 2024 9:21 PM', ctx)?.iso, '2024-06-18T21:21:00Z');
  assert.equal(parseTextDate('18 июня 2024, 09:21', ctx)?.iso, '2024-06-18T09:21:00Z');
  assert.equal(parseTextDate('18 Haziran 2024 09:21', ctx)?.iso, '2024-06-18T09:21:00Z');
  assert.equal(parseTextDate('18 iyun 2024 09:21', ctx)?.iso, '2024-06-18T09:21:00Z');
  assert.equal(parseTextDate('3 dekabr 2023', ctx)?.iso, '2023-12-03T00:00:00Z');
  assert.equal(parseTextDate('2024年6月18日', ctx)?.iso, '2024-06-18T00:00:00Z');
});

test('machine dates keep their offset; naive ones take the zone hint', () => {
  assert.equal(
    parseMachineDate('2024-06-18T09:21:00+04:00', { notAfter: later })?.iso,
    '2024-06-18T09:21:00+04:00',
  );
  assert.equal(
    parseMachineDate('2024-06-18T05:21:00.000Z', { notAfter: later })?.iso,
    '2024-06-18T05:21:00Z',
  );
  assert.equal(
    parseMachineDate('2024-06-18 09:21:00', { timezone: 'Asia/Baku', notAfter: later })?.iso,
    '2024-06-18T09:21:00+04:00',
  );
});

test('a date after the fetch time is rejected', () => {
  const fetched = Date.parse('2024-06-18T06:00:00Z');
  assert.equal(
    parseTextDate('18 June 2024 - 09:21', { timezone: 'Asia/Baku', notAfter: fetched })?.iso,
    '2024-06-18T09:21:00+04:00',
  );
  assert.equal(parseTextDate('18 June 2024 - 11:21', { timezone: 'Asia/Baku', notAfter: fetched }), null);
  assert.equal(parseTextDate('19 June 2024', { notAfter: fetched }), null);
});

test('impossible dates are not dates', () => {
  assert.equal(parseTextDate('31.02.2024', { notAfter: later }), null);
  assert.equal(parseTextDate('Minute Read', { notAfter: later }), null);
});

test('dates in URLs', () => {
  assert.equal(
    parseUrlDate('https://example.com/2019/11/18/story/', { notAfter: later })?.iso,
    '2019-11-18T00:00:00Z',
  );
  assert.equal(
    parseUrlDate('https://example.com/news/20191118-story', { notAfter: later })?.iso,
    '2019-11-18T00:00:00Z',
  );
  assert.equal(parseUrlDate('https://example.com/news/story', { notAfter: later }), null);
});
