import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enrichArticle } from '../src/index.ts';

const quotesOf = (body: string) => enrichArticle({ title: '', body }).quotes;

test('straight, curly, guillemet and low-high quotes of a few words are quotes', () => {
  for (const [open, close] of [
    ['"', '"'],
    ['“', '”'],
    ['«', '»'],
    ['„', '“'],
  ]) {
    const q = quotesOf(
      `Richard Verma spoke on Monday. ${open}We want a clear roadmap for the talks,${close} Verma said.`,
    );
    assert.equal(q.length, 1, open);
    assert.equal(q[0]!.text, 'We want a clear roadmap for the talks');
    assert.equal(q[0]!.speaker, 'Richard Verma');
  }
});

test('scare quotes and indirect speech are not quotes', () => {
  assert.deepEqual(quotesOf('The so-called "interim" government said it would hold elections soon.'), []);
  assert.deepEqual(
    quotesOf('Richard Verma said that the partnership was very important to the United States.'),
    [],
  );
});

test('speaker: "said X", "X said", a tag before, a pronoun, and null where the text does not say', () => {
  const body = [
    '"We have tangible results in every area," said Foreign Minister Ararat Mirzoyan.',
    'Richard Verma responded: "The strategic partnership is very important to us."',
    'Mirzoyan smiled. "Thus we are moving in the right direction," he added.',
    '"Open the door, we are coming in," an officer shouted.',
  ].join('\n\n');
  assert.deepEqual(
    quotesOf(body).map((q) => q.speaker),
    ['Ararat Mirzoyan', 'Richard Verma', 'Ararat Mirzoyan', null],
  );
});

test('one utterance split by a speech tag is one quote; a new paragraph continues the speaker', () => {
  const body =
    'Coach Anthony Lynn was blunt. "We needed to win this game," Lynn said. "I still think we have enough to win next week."\n\n"We will need some help, though."';
  const q = quotesOf(body);
  assert.equal(q.length, 2);
  assert.equal(q[0]!.text, 'We needed to win this game I still think we have enough to win next week.');
  assert.deepEqual(
    q.map((x) => x.speaker),
    ['Anthony Lynn', 'Anthony Lynn'],
  );
});

test('attribution: the reporting outlet and whom it cites', () => {
  const a = enrichArticle({
    title: '',
    body: 'The ministers met in Yerevan, Caliber.Az reports citing Armenian media. According to Reuters, talks will go on.',
  }).attribution;
  assert.equal(a.reportedBy, 'Caliber.Az');
  assert.deepEqual(a.citing, ['Armenian media', 'Reuters']);
});

test('a quotation signed with a dash and a name goes to that name; a quoted title is no quotation', () => {
  const e = enrichArticle({
    title: '',
    body: 'The minister spoke in Wellington.\n\n“We will not give up on this country, not now, not ever” — Jacinda Ardern.\n\nThe festival is called “Best of the Bench” this year.',
  });
  assert.equal(e.quotes.length, 1, e.quotes.map((q) => q.text).join(' | '));
  assert.equal(e.quotes[0]!.speaker, 'Jacinda Ardern');
});
