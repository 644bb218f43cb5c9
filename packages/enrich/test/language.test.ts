import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enrichArticle } from '../src/index.ts';

const lang = (body: string, language?: string) =>
  enrichArticle({ title: '', body, ...(language ? { language } : {}) }).language;

test('language: ISO 639-1 with a confidence, for several scripts', () => {
  assert.equal(
    lang(
      'The minister said on Monday that the talks with the delegation had been useful and that they would continue next week in the capital.',
    ).code,
    'en',
  );
  assert.equal(
    lang(
      'Средняя суточная калорийность этой диеты составляет около 1700 килокалорий. Эта диета пришла к нам из Америки и стала очень популярной среди тех, кто хочет быстро похудеть.',
    ).code,
    'ru',
  );
  assert.equal(
    lang(
      '先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されたというニュースを耳にしました。',
    ).code,
    'ja',
  );
  assert.equal(
    lang(
      'Le ministre a déclaré lundi que les discussions avec la délégation avaient été utiles et qu’elles se poursuivraient.',
    ).code,
    'fr',
  );
  const en = lang(
    'The minister said on Monday that the talks with the delegation had been useful and that they would continue next week in the capital city of the country.',
  );
  // A short text gets a proportionally lower confidence (the seed page, longer, gets 1).
  assert.ok(en.confidence > 0.2 && en.confidence < 1, String(en.confidence));
});

test('language: too little text gives no language, or the caller’s tag', () => {
  assert.deepEqual(lang('Hi'), { code: null, code3: null, confidence: 0, source: 'none' });
  assert.equal(lang('Hi', 'en-GB').code, 'en');
  assert.equal(lang('Hi', 'en-GB').source, 'given');
});

test('reading time and word count', () => {
  const e = enrichArticle({ title: '', body: 'word '.repeat(460) });
  assert.equal(e.wordCount, 460);
  assert.equal(e.readingTimeMinutes, 2);
});
