// Runs the whole test suite with Node's built-in runner: unit tests of every workspace,
// integration tests against the real Kafka, store and Redis, and the end-to-end pipeline test.
// `--unit` runs only tests that need no services (files not named *.int.test.ts / *.e2e.test.ts).
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';

const unitOnly = process.argv.includes('--unit');
const files = globSync(
  ['packages/*/test/**/*.test.ts', 'services/*/test/**/*.test.ts', 'test/**/*.test.ts'],
  {
    exclude: (name) => name.includes('node_modules'),
  },
)
  .filter((file) => !unitOnly || !/\.(int|e2e)\.test\.ts$/.test(file))
  .sort();

if (files.length === 0) {
  console.error('test: no test files found');
  process.exit(1);
}
// --test-force-exit: a file whose tests are done ends even if a connection it opened lingers;
// --test-timeout: no single test may hang CI (the slowest, end to end, takes well under a minute).
const result = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=spec', '--test-force-exit', '--test-timeout=600000', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
