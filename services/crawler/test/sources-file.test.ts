// Issue 12: a bad sources.yaml crash-looped the crawler with a YAML stack trace and exit 1, where
// config errors promise one line and exit 78 (EX_CONFIG). Syntax errors name the file and line;
// schema errors name the file, the line and the field.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError } from '@newsflow/config';
import { startService } from '@newsflow/testing';
import { readSourcesFile } from '../src/sources-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'nf-sources-'));
function sourcesFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const SYNTAX_ERROR = sourcesFile(
  'syntax.yaml',
  'sources:\n  - name: caliber\n    startUrls: ["https://caliber.az/"\n    language: en\n',
);
const SCHEMA_ERROR = sourcesFile(
  'schema.yaml',
  'sources:\n  - name: caliber\n    startUrls:\n      - https://caliber.az/\n  - name: other\n    startUrls:\n      - ftp://other.example/\n',
);

async function configError(path: string): Promise<ConfigError> {
  const error = await readSourcesFile(path).then(
    () => assert.fail('expected a configuration error'),
    (thrown: unknown) => thrown,
  );
  assert.ok(error instanceof ConfigError, `a ConfigError, not ${String(error)}`);
  assert.doesNotMatch(error.message, /\n/, 'one line');
  return error;
}

describe('sources file errors are configuration errors', () => {
  it('a YAML syntax error names the file and the line', async () => {
    const error = await configError(SYNTAX_ERROR);
    assert.match(error.message, new RegExp(`^SOURCES_FILE: ${SYNTAX_ERROR}:\\d+:\\d+: `));
  });

  it('a schema error names the file, the line and the field', async () => {
    const error = await configError(SCHEMA_ERROR);
    assert.match(
      error.message,
      new RegExp(`^SOURCES_FILE: ${SCHEMA_ERROR}:7:\\d+: sources\\.1\\.startUrls\\.0: `),
    );
  });

  it('a missing file is one line too', async () => {
    const error = await configError(join(dir, 'missing.yaml'));
    assert.match(error.message, /missing\.yaml: cannot read/);
  });

  for (const [what, file] of [
    ['YAML syntax', SYNTAX_ERROR],
    ['schema', SCHEMA_ERROR],
  ] as const) {
    it(`stops the crawler with one line and exit 78 on a ${what} error`, async () => {
      const crawler = startService('crawler', {
        PORT: '0',
        KAFKA_BROKERS: '127.0.0.1:1',
        MONGODB_URI: 'mongodb://127.0.0.1:1/x',
        REDIS_URL: 'redis://127.0.0.1:1',
        SOURCES_FILE: file,
      });
      const code = await Promise.race([
        crawler.exited,
        new Promise((wake) => setTimeout(wake, 30_000)).then(() => crawler.stop(1000)),
      ]);
      const lines = crawler.output().trim().split('\n');
      assert.equal(code, 78, crawler.output());
      assert.equal(lines.length, 1, crawler.output());
      assert.match(lines[0]!, new RegExp(`^crawler: configuration error: SOURCES_FILE: ${file}:\\d+:\\d+: `));
    });
  }
});
