// A stage that throws is reported by name and leaves its field empty; the rest of the enrichment
// still comes back (the enricher service logs and counts the report: newsflow_enrich_stage_errors_total).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENRICH_STAGES, type EnrichStage, enrichArticle, runStage } from '../src/index.ts';

test('runStage: a throw gives the fallback and is reported under the stage name; a stage that works is not reported', () => {
  const reports: Array<[EnrichStage, unknown]> = [];
  const onError = (stage: EnrichStage, error: unknown): void => {
    reports.push([stage, error]);
  };
  const boom = new Error('boom');
  assert.deepEqual(
    runStage(
      'entities',
      [],
      () => {
        throw boom;
      },
      onError,
    ),
    [],
  );
  assert.equal(
    runStage('summary', 'fallback', () => 'worked', onError),
    'worked',
  );
  assert.deepEqual(reports, [['entities', boom]]);
});

test('enrichArticle: a stage that throws is reported once, its field empty, every other field filled', () => {
  const reports: EnrichStage[] = [];
  const input = {
    title: 'Council approves new housing plan',
    body: 'The council approved the plan on Monday. “We are delighted with the result,” said Anna Reyes, the mayor.',
    // A hostile input object: reading its language throws inside the language stage.
    get language(): string {
      throw new Error('hostile getter');
    },
  };
  const e = enrichArticle(input, { onStageError: (stage) => reports.push(stage) });
  assert.deepEqual(reports, ['language']);
  assert.equal(e.language.code, null);
  assert.equal(e.quotes[0]?.speaker, 'Anna Reyes');
  assert.ok(e.wordCount > 0);
});

test('enrichArticle: an ordinary article reports no stage, and every reported name is one of ENRICH_STAGES', () => {
  const reports: EnrichStage[] = [];
  const e = enrichArticle(
    { title: 'Storm hits coast', body: 'Storm Ciarán hit Cornwall on Thursday, the Met Office said.' },
    { onStageError: (stage) => reports.push(stage) },
  );
  assert.deepEqual(reports, []);
  assert.ok(e.entities.some((x) => x.name === 'Cornwall'));
  assert.equal(new Set(ENRICH_STAGES).size, 11);
});
