import { join } from 'node:path';

/**
 * How `npm test` runs test files with Node's runner. --test-force-exit: a file whose tests are
 * done ends even if a connection it opened lingers; the preload makes sure its results reach the
 * runner first (test-file-preload.ts). --test-timeout: no single test may hang CI (the slowest,
 * end to end, takes well under a minute).
 */
export function testRunnerArgs(files: string[]): string[] {
  return [
    '--test',
    '--test-reporter=spec',
    '--test-force-exit',
    '--test-timeout=600000',
    `--import=${join(import.meta.dirname, 'test-file-preload.ts')}`,
    ...files,
  ];
}
