// Runs the whole test suite with Node's built-in runner: unit tests of every workspace,
// integration tests against the real Kafka, store and Redis, and the end-to-end pipeline test.
// `--unit` runs only tests that need no services (files not named *.int.test.ts / *.e2e.test.ts).
// Afterwards, every test database, topic, consumer group and Redis key of the run is dropped
// (each `isolate()` recorded its names), even those of a test that failed before cleaning up.
import { spawnSync } from 'node:child_process';
import { globSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropRecordedIsolations, getTestServices, RUN_DIR_VARIABLE } from '@newsflow/testing';
import { testRunnerArgs } from './test-runner-args.ts';

const unitOnly = process.argv.includes('--unit');
// `node scripts/test.ts [--unit] [PATH…]`: only the test files whose path contains one of PATH.
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const files = globSync(
  ['packages/*/test/**/*.test.ts', 'services/*/test/**/*.test.ts', 'test/**/*.test.ts'],
  {
    exclude: (name) => name.includes('node_modules'),
  },
)
  .filter((file) => !unitOnly || !/\.(int|e2e)\.test\.ts$/.test(file))
  .filter((file) => only.length === 0 || only.some((part) => file.includes(part)))
  .sort();

if (files.length === 0) {
  console.error('test: no test files found');
  process.exit(1);
}
const runDir = mkdtempSync(join(tmpdir(), 'newsflow-test-run-'));
const result = spawnSync(process.execPath, testRunnerArgs(files), {
  stdio: 'inherit',
  env: { ...process.env, [RUN_DIR_VARIABLE]: runDir },
});
let cleaned = true;
if (readdirSync(runDir).length > 0) {
  try {
    // Quiet when it works: the test runner's summary stays the last thing printed.
    await dropRecordedIsolations(await getTestServices(), runDir);
  } catch (error) {
    cleaned = false;
    console.error(
      `test: cleaning up the run's test deployments failed (records kept in ${runDir}): ${error}`,
    );
  }
}
process.exit(result.status === 0 && cleaned ? 0 : (result.status ?? 1) || 1);
