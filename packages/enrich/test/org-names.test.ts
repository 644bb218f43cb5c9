// Issue 14, organisations' full names (third round): one test per rule. The texts are written for
// the tests (not copied from a gold article); each failed before the rule for its kind existed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNamed, named } from './body-probes.ts';

test('a body\'s name runs on through its object: "to", "in the", an ordinal, "between … and"', () => {
  const body =
    'Data came from the Federal Institute for Studies in the Sahel in Niamey, said Ana Ruiz. ' +
    'She also joined the Open Science Coalition for the 22nd Century network last year. ' +
    'On Friday the Joint Commission on Trade Between the Netherlands and the Andean Community met.';
  assertNamed(body, 'organization', [
    'Federal Institute for Studies in the Sahel',
    'Open Science Coalition for the 22nd Century',
    'Joint Commission on Trade Between the Netherlands and the Andean Community',
  ]);
});

test('"to" joins a body\'s object only after its "of"/"for" phrase', () => {
  const body =
    'Officials said the Society for the Prevention of Harm to Animals had written twice. ' +
    'The report took the Department of Labor to Congress.';
  const orgs = named(body, 'organization');
  assert.ok(orgs.includes('Society for the Prevention of Harm to Animals'), orgs.join(', '));
  assert.ok(orgs.includes('Department of Labor'), orgs.join(', '));
});
