// Issue 14: one test per false-positive and miss kind found on pages the rules were not tuned on.
// The texts are written for the tests (not copied from a gold article); each failed before the
// rules for its kind existed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNamed, enrich, named, speakerOf } from './body-probes.ts';

test('sub-heading lines, all-caps or not, are no organisations; a line is a paragraph', () => {
  const body =
    'The pipeline would run along the coast, officials said.\nSTRATEGIC CORRIDORS\nIn 2021 the government laid out nine phases.\nMassive Risks Ahead\nThe company has reservations.';
  const orgs = named(body, 'organization');
  assert.ok(!orgs.some((o) => /CORRIDORS|Risks/i.test(o)), orgs.join(', '));
});

test('results lines and group or round labels in sports reports are no organisations', () => {
  const body =
    'Group B: Spain 3 Italy 1.\nThe holders topped Group B and meet the runners-up of Group C in Round 2 on Sunday, when Pool A is decided.';
  const orgs = named(body, 'organization');
  assert.deepEqual(
    orgs.filter((o) => /Group|Round|Pool/.test(o)),
    [],
    orgs.join(', '),
  );
  assert.ok(named(body, 'place').includes('Spain'));
});

test('tickers, index codes and currency amounts are no organisations', () => {
  const body =
    "Britain's FTSE 100 slipped 0.1 per cent, Germany's DAX rose 0.8 per cent, France's CAC 40 gained and the S&P 500 closed higher. Core CPI rose. The jet cost RM900 million and Q1 GDP fell.";
  const orgs = named(body, 'organization');
  assert.deepEqual(orgs, [], orgs.join(', '));
});

test('two names joined by "and" are two names', () => {
  const body =
    'She took a job at the McGill University School of Medicine and the Jewish General Hospital. Departments such as Global Affairs Canada and IRCC lack space.';
  const orgs = named(body, 'organization');
  assert.ok(orgs.includes('McGill University School of Medicine'), orgs.join(', '));
  assert.ok(orgs.includes('Jewish General Hospital'), orgs.join(', '));
  assert.ok(orgs.includes('Global Affairs Canada'), orgs.join(', '));
  assert.ok(!orgs.some((o) => / and /.test(o)), orgs.join(', '));
});

test('events, competitions, programmes and products are not entities', () => {
  const body =
    'After Labor Day the campaign met veterans of the Vietnam War. She won the US Open and the World Cup, then the Australian Grand Prix. The Access to Information Act applies. The jet, an Airbus A350, flew. Nottingham Forest lost.';
  const es = enrich(body).entities.map((e) => `${e.type}:${e.name}`);
  for (const bad of [
    'Labor Day',
    'Vietnam War',
    'US Open',
    'World Cup',
    'Australian Grand Prix',
    'Access to Information Act',
    'Airbus A350',
  ])
    assert.ok(!es.some((e) => e.endsWith(`:${bad}`)), `${bad} in ${es.join(', ')}`);
  assert.ok(!es.includes('person:Nottingham Forest'), es.join(', '));
});

test('places named by a geographic head are places, not organisations or people', () => {
  const body =
    'The pipeline runs from Walvis Bay to the Northern Cape. Tankers avoid the Strait of Hormuz. Guests look out over Whistlers Mountain and Barbican Pass.';
  const places = named(body, 'place');
  for (const p of ['Walvis Bay', 'Northern Cape', 'Strait of Hormuz', 'Whistlers Mountain', 'Barbican Pass'])
    assert.ok(places.includes(p), `${p} not in ${places.join(', ')}`);
  assert.deepEqual(named(body, 'organization'), []);
});

test("people's social handles are not entities", () => {
  const body =
    'A fan account (@beccafodenx) on Instagram shows the couple. He streamed on Twitch with the username LillyAnarKitty, and a user named acebush1 posted often.';
  const names = enrich(body).entities.map((e) => e.name);
  assert.ok(!names.some((n) => /becca|Lilly|acebush/i.test(n)), names.join(', '));
  assert.ok(named(body, 'organization').includes('Instagram'));
});

test('organisations with "of the", "on", "&" and commas inside are one name', () => {
  const body =
    'The Office of the Director of National Intelligence and the National Institute on Drug Abuse published reports. Dye & Durham Ltd. fell. The Ministry of Environment, Forestry and Tourism adopted a plan. Immigration, Refugees and Citizenship Canada (IRCC) released floors.';
  assertNamed(body, 'organization', [
    'Office of the Director of National Intelligence',
    'National Institute on Drug Abuse',
    'Dye & Durham Ltd.',
    'Ministry of Environment, Forestry and Tourism',
    'Immigration, Refugees and Citizenship Canada',
  ]);
});

test('outlets cited as sources are organisations', () => {
  const body =
    "'It is rare,' the collector told Fox. According to Wealthynickel, buyers pay more. The memo was obtained by the Daily Haymaker, and Brown told Sky Sports he was happy.";
  const orgs = named(body, 'organization');
  for (const o of ['Fox', 'Wealthynickel', 'Daily Haymaker', 'Sky Sports'])
    assert.ok(orgs.includes(o), `${o} not in ${orgs.join(', ')}`);
});

test('speakers: a pronoun two paragraphs on goes back to the subject, not the last name', () => {
  const body =
    'Peter Katjavivi, one of the late leader Hage Geingob\u2019s close friends, visited the hospital.\n\nHe said they were briefed by Geingob\u2019s medical team.\n\n"It gave us a sense of hope that options are available," he said.';
  assert.equal(speakerOf(body, 'It gave us'), 'Peter Katjavivi');
});

test('speakers: a paragraph that is only a quotation continues the previous paragraph', () => {
  const body =
    'Jamil Al Saadouni, 58, said the choice was an internal matter.\nHe lamented that civilians were not consulted.\n"This has nothing to do with other factions or the people."';
  assert.equal(speakerOf(body, 'This has nothing'), 'Jamil Al Saadouni');
});

test('speakers: the subject of the speech verb wins over the nearest name', () => {
  const body =
    'US President Donald Trump attacked the alliance again.\n\nIn a post after a meeting with Secretary General Mark Rutte, the US President said: "The alliance was not there when we needed it."';
  assert.equal(speakerOf(body, 'The alliance was not'), 'Donald Trump');
});

test('speakers: organisations speak through officials, representatives and statements', () => {
  const body =
    'A Nato official told the BBC that "the founding treaty does not foresee any suspension of membership".\n\nLater, I got an email reply from a Google representative.\n"Using this new search box does not mean that you will only get answers."';
  assert.equal(speakerOf(body, 'the founding treaty'), 'Nato');
  assert.equal(speakerOf(body, 'Using this new'), 'Google');
});

test('speakers: a quotation with quotations inside, split by its tag, is one quotation of one speaker', () => {
  const body =
    'Tony Blair leans back.\n\u201cYes, of course, he\u2019s just beginning,\u201d he snaps. \u201cI said to someone, \u2018When was the election? Was it July 4?\u2019 Yes. I said, \u2018Three months. Give the guy a chance!\u2019\u201d';
  const qs = enrich(body).quotes;
  assert.equal(qs.length, 1, qs.map((q) => q.text).join(' | '));
  assert.equal(qs[0]!.speaker, 'Tony Blair');
});

test('entity keys join across articles: US, U.S. and United States; a surname and its full name', () => {
  const a = enrich(
    'The U.S. Air Force said the U.S. would respond. Senator Jon Tester agreed. Tester spoke.',
  );
  const b = enrich('The United States and the US Air Force responded; Jon Tester spoke.');
  const keyOf = (e: ReturnType<typeof enrich>, name: string) => e.entities.find((x) => x.name === name)?.key;
  assert.equal(keyOf(a, 'United States'), keyOf(b, 'United States'));
  assert.equal(keyOf(a, 'Jon Tester'), keyOf(b, 'Jon Tester'));
  const airA = a.entities.find((x) => /Air Force/.test(x.name))?.key;
  const airB = b.entities.find((x) => /Air Force/.test(x.name))?.key;
  assert.ok(airA !== undefined && airA === airB, `${airA} vs ${airB}`);
  // An organisation and its fuller name with a corporate tail are one entity, one key.
  const label = enrich(
    'Big Machine Records issued a statement on Monday. Big Machine said it had acted. Big Machine agreed.',
  );
  const bm = label.entities.filter((e) => /Big Machine/.test(e.name));
  assert.equal(bm.length, 1, bm.map((e) => e.name).join(', '));
});
