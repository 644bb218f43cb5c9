// A service started with a missing or invalid environment variable exits with one clear line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '@newsflow/testing';

const VALID = {
  PORT: '0',
  KAFKA_BROKERS: '127.0.0.1:1',
  MONGODB_URI: 'mongodb://127.0.0.1:1/x',
  REDIS_URL: 'redis://127.0.0.1:1',
};

function run(service: string, env: Record<string, string>) {
  return spawnSync(process.execPath, [resolve(REPO_ROOT, `services/${service}/src/main.ts`)], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('service start-up with a bad environment', () => {
  for (const service of ['crawler', 'parser', 'enricher', 'clusterer', 'api']) {
    it(`${service} exits naming a missing variable`, () => {
      const { MONGODB_URI: _, ...env } = VALID;
      const result = run(service, env);
      assert.equal(result.status, 78);
      assert.equal(result.stderr, `${service}: configuration error: MONGODB_URI: required but not set\n`);
    });
  }

  it('names an invalid value', () => {
    const result = run('parser', { ...VALID, KAFKA_BROKERS: 'nonsense' });
    assert.equal(result.status, 78);
    assert.match(result.stderr, /^parser: configuration error: KAFKA_BROKERS: invalid value \(.+\)\n$/);
  });
});
