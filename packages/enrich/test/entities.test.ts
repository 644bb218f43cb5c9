import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enrichArticle } from '../src/index.ts';

const entitiesOf = (body: string) => enrichArticle({ title: '', body }).entities;
const find = (body: string, name: string) => entitiesOf(body).find((e) => e.name === name);

test('people: name variants merge into the fullest name, roles kept', () => {
  const body =
    'Foreign Minister Ararat Mirzoyan met his counterpart on Monday. Minister Mirzoyan said the talks went well. Later, Mirzoyan left for Paris.';
  const p = find(body, 'Ararat Mirzoyan')!;
  assert.equal(p.type, 'person');
  assert.equal(p.count, 3);
  assert.deepEqual(p.variants, ['Mirzoyan']);
  assert.ok(p.roles?.includes('Foreign Minister'));
});

test('people: two people with one surname stay apart; a bare surname goes to the latest', () => {
  const body =
    'Police arrested Elizabeth A. Burton, 32, on Monday. Officers also stopped Victor N. Burton, 57, near the house. Burton was held overnight.';
  const es = entitiesOf(body).filter((e) => e.type === 'person');
  assert.deepEqual(es.map((e) => e.name).sort(), ['Elizabeth A. Burton', 'Victor N. Burton']);
  assert.equal(es.find((e) => e.name === 'Victor N. Burton')!.count, 2);
});

test('places: US, United States and the USA are one place with its ISO code', () => {
  const body =
    'The US said it would act. Officials in the United States agreed, and the USA signed the deal in Yerevan.';
  const us = find(body, 'United States')!;
  assert.equal(us.type, 'place');
  assert.equal(us.countryCode, 'US');
  assert.equal(us.count, 3);
  assert.equal(find(body, 'Yerevan')!.countryCode, 'AM');
});

test('demonyms count for their country only where they stand for the state', () => {
  assert.ok(
    find('The Armenian government met US officials to discuss the Armenian-US partnership.', 'Armenia'),
  );
  assert.equal(
    find('An Australian tourist and a Japanese company were in the news.', 'Australia'),
    undefined,
  );
  assert.equal(find('An Australian tourist and a Japanese company were in the news.', 'Japan'), undefined);
  assert.ok(find('Australian Prime Minister Scott Morrison welcomed the release.', 'Australia'));
});

test('organisations: heads, acronyms in brackets and known names', () => {
  const body =
    'The New York State Attorney General (NYAG) is investigating WeWork, Reuters reported. The NYAG declined to comment, and WeWork said it was cooperating with the University of Miami study.';
  const names = entitiesOf(body)
    .filter((e) => e.type === 'organization')
    .map((e) => e.name);
  for (const n of ['Reuters', 'WeWork', 'University of Miami'])
    assert.ok(names.includes(n), `${n} in ${names}`);
});

test('sentence-initial common words are not names', () => {
  const names = entitiesOf(
    'Following the meeting, officials left. Police said nothing. However, Ararat Mirzoyan spoke.',
  ).map((e) => e.name);
  assert.deepEqual(names, ['Ararat Mirzoyan']);
});

test('non-English text gets no entities rather than guesses', () => {
  const e = enrichArticle({
    title: 'Die Digitalisierung',
    body: 'Die Digitalisierung als Wachstums- und Entwicklungstreiber zieht sich durch alle Branchen. Die Bundesregierung hat dazu eine Strategie vorgelegt, die Krankenkassen und Ärzte einbezieht.',
  });
  assert.equal(e.language.code, 'de');
  assert.deepEqual(e.entities, []);
  assert.deepEqual(e.keywords, []);
});

test('entities: an Arabic article or patronymic glued to a name keeps the name whole ("al-Assad")', () => {
  const e = enrichArticle({
    title: '',
    body: 'Syrian President Bashar al-Assad met Abdel Fattah al-Sisi on Monday. Minister Noura al-Kaabi said the talks went well.',
  });
  const people = e.entities.filter((x) => x.type === 'person').map((x) => x.name);
  for (const name of ['Bashar al-Assad', 'Abdel Fattah al-Sisi', 'Noura al-Kaabi'])
    assert.ok(people.includes(name), `${name} not in ${people.join(', ')}`);
});

test('entities: a lower-case particle inside a titled name stays in it ("Crown Prince Mohammed bin Salman")', () => {
  const e = enrichArticle({
    title: '',
    body: 'The talks went well, and Crown Prince Mohammed bin Salman agreed.',
  });
  const people = e.entities.filter((x) => x.type === 'person').map((x) => x.name);
  assert.ok(people.includes('Mohammed bin Salman'), people.join(', '));
});

test('entities: a people named by demonyms ("African Americans", "Native Americans") is no person', () => {
  const e = enrichArticle({
    title: '',
    body: 'Many African Americans voted early in Georgia. Native Americans and Irish Americans joined them.',
  });
  const names = e.entities.map((x) => x.name);
  for (const name of ['African Americans', 'Native Americans', 'Irish Americans'])
    assert.ok(!names.includes(name), `${name} in ${names.join(', ')}`);
});
