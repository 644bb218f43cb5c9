import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeHtml } from '../src/index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** windows-1251 bytes of a Cyrillic string (А–я are 0xC0–0xFF, Ё/ё 0xA8/0xB8). */
function cp1251(s: string): Uint8Array {
  return Uint8Array.from(
    [...s].map((c) => {
      const code = c.codePointAt(0)!;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (code === 0x401) return 0xa8;
      if (code === 0x451) return 0xb8;
      return code;
    }),
  );
}
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.codePointAt(0)!));

test('the HTTP charset decides for bytes that are not UTF-8', () => {
  assert.equal(
    decodeHtml(cp1251('<p>Привет, мир</p>'), 'text/html; charset=windows-1251'),
    '<p>Привет, мир</p>',
  );
});

test('a BOM wins and is removed', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>Grüße</p>')]);
  assert.equal(decodeHtml(bytes, 'text/html; charset=iso-8859-1'), '<p>Grüße</p>');
});

test('a <meta charset> is read when the header has none', () => {
  const html =
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>Grüße aus Köln</body></html>';
  assert.match(decodeHtml(latin1(html)), /Grüße aus Köln/);
  assert.match(decodeHtml(latin1('<meta charset="windows-1252"><p>caf\u00e9 \u0080</p>')), /café €/);
});

test('valid UTF-8 beats a stale Latin-1 <meta>', () => {
  assert.match(decodeHtml(utf8('<meta charset="iso-8859-1"><p>für nur 5,99 Euro</p>')), /für nur/);
});

test('undeclared bytes fall back to a detector: Cyrillic windows-1251 or Western windows-1252', () => {
  assert.equal(
    decodeHtml(cp1251('<p>Новости дня: правительство утвердило бюджет</p>')),
    '<p>Новости дня: правительство утвердило бюджет</p>',
  );
  assert.equal(
    decodeHtml(latin1('<p>Der Bürgermeister sagte, dass die Straße gesperrt bleibt.</p>')),
    '<p>Der Bürgermeister sagte, dass die Straße gesperrt bleibt.</p>',
  );
});

test('an unknown declared charset falls back instead of throwing', () => {
  assert.equal(decodeHtml(utf8('<p>ok</p>'), 'text/html; charset=x-made-up'), '<p>ok</p>');
  assert.equal(decodeHtml(new Uint8Array(), null), '');
});
