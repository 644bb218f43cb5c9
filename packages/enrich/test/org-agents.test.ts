// Issue 14, organisation precision on new sites: a capitalised name with nothing of an organisation
// in its shape becomes one only where the text shows it acting or being dealt with as a body.
// The texts are written for the tests, not copied from a gold article. The first and third failed
// before the rule; the second guards what it must keep (names that act, and their list mates).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNamed, named } from './body-probes.ts';

test('a repeated product or programme name that never acts is no organisation', () => {
  const body =
    'Engineers at the agency tested the Stormwing Heavy again on Tuesday. ' +
    'The Stormwing Heavy can lift 60 tonnes. Owners can ask Vela to play music. ' +
    'Vela answers in nine languages, and the update reached Vela last week.';
  const orgs = named(body, 'organization');
  assert.ok(!orgs.includes('Stormwing Heavy'), orgs.join(', '));
  assert.ok(!orgs.includes('Vela'), orgs.join(', '));
});

test('a repeated name that acts, or is listed beside one that does, stays an organisation', () => {
  const body =
    'On Monday, Brindlecorp said that prices would rise. Analysts expect Brindlecorp to cut jobs. ' +
    'In the meantime, Pellmart, Korvix and the discount chain Tandry are among retailers that paid more, ' +
    'and shoppers at Tandry noticed. Prices at Pellmart rose twice, and Korvix followed.';
  assertNamed(body, 'organization', ['Brindlecorp', 'Pellmart', 'Korvix']);
});

test('a name described as a site or platform, and an industry head like "Steel", make organisations', () => {
  const body =
    'The agency warned the public on Quillo, a Twitter-like social media site, on Friday. ' +
    'Shares rose after the ruling on the Marwar Steel resolution.';
  assertNamed(body, 'organization', ['Quillo', 'Marwar Steel']);
});

test('a listed company shaped like a person is an organisation, a person of that surname is not', () => {
  const body =
    'The contract went to Lockheed Martin and Northrop Grumman on Friday. ' +
    'Michael Dell spoke at the event. Later, Dell said the deal was fair.';
  const orgs = named(body, 'organization');
  assert.ok(orgs.includes('Lockheed Martin') && orgs.includes('Northrop Grumman'), orgs.join(', '));
  assert.ok(named(body, 'person').includes('Michael Dell'));
});
