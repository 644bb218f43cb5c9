// `npm test` runs test files with --test-force-exit, under which Node's runner lost the results a
// file's process had not yet written to its pipe when it exited: it then counted fewer tests and
// still exited 0 (nodejs/node#64833; a CI run here lost the last six tests of one file). The
// runner as scripts/test.ts starts it must count every test of many fast files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const FILES = 30;
const TESTS_PER_FILE = 50;

test('the test runner reports every test of every file (none lost at a forced exit)', async () => {
  const { testRunnerArgs } = (await import(
    resolve(import.meta.dirname, '../scripts/test-runner-args.ts')
  )) as {
    testRunnerArgs: (files: string[]) => string[];
  };
  const dir = mkdtempSync(join(tmpdir(), 'newsflow-runner-'));
  try {
    const files = Array.from({ length: FILES }, (_, f) => {
      const file = join(dir, `f${f}.test.mjs`);
      const tests = Array.from(
        { length: TESTS_PER_FILE },
        (_, t) => `test(${JSON.stringify(`file ${f} test ${t} ${'long name '.repeat(30)}`)}, () => {});`,
      );
      writeFileSync(file, [`import { test } from 'node:test';`, ...tests].join('\n'));
      return file;
    });
    // Without the marker this file's own runner gives its processes, the run reports as from a shell.
    const { NODE_TEST_CONTEXT: _context, ...env } = process.env;
    const run = spawnSync(process.execPath, testRunnerArgs(files), { cwd: dir, encoding: 'utf8', env });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`ℹ tests ${FILES * TESTS_PER_FILE}\\n`));
    assert.match(run.stdout, new RegExp(`ℹ pass ${FILES * TESTS_PER_FILE}\\n`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
