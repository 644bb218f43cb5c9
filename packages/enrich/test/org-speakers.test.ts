// Organisations speaking through words that name them only by a common noun or a pronoun ("the
// letter also said", "the committee said", "it says"): each test failed before the rule existed.
// The texts are written for the tests, not copied from a gold article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOf } from './body-probes.ts';

test('speakers: "the letter" goes to the author of the letter the text introduced', () => {
  const body =
    'The Green Party’s letter to Anna Berg, the ethics officer, said: “We ask for a review of every gift the mayor took.”\nThe Electoral Commission said on Monday that no rules were broken. The Electoral Commission will report in June.\nThe letter also said that “there must be a full and open inquiry into this matter.”';
  assert.equal(speakerOf(body, 'there must be a full'), 'Green Party');
});

test('speakers: "the committee" goes to the one organisation named with "Committee" in its name', () => {
  const body =
    'Members of the Senate Committee on Rural Water Supply met officials of the Northern Water Board on Tuesday.\nThe Northern Water Board agreed to publish its figures.\n“We expect every figure to be public by the end of the month,” the committee said.';
  assert.equal(speakerOf(body, 'We expect every figure'), 'Senate Committee on Rural Water Supply');
});

test('speakers: "it"/"they" follow the organisation the text is quoting, not the last one named', () => {
  const body =
    'Harbor Records have denied any wrongdoing.\n“At no point did we stop her from performing anywhere,” they said in a statement.\n“We do not have the right to keep her off any stage.”\nNow they have sent another statement to the Coastal Broadcasting Corporation.\n“We have agreed to license all of her recordings for the broadcast,” it says.';
  assert.equal(speakerOf(body, 'We have agreed to license'), 'Harbor Records');
});

test('speakers: "the lawmakers" go to the body the text named them by ("lawmakers on the … Committee")', () => {
  const body =
    'Lawmakers on the Senate Committee on Rural Water Supply wrote to the Northern Water Board on Tuesday.\nThe Northern Water Board said it would answer.\n“We expect every figure to be public by the end of the month,” the lawmakers wrote.';
  assert.equal(speakerOf(body, 'We expect every figure'), 'Senate Committee on Rural Water Supply');
});
