// docker-compose.yml cannot run here (no Docker engine): keep it honest against the code instead.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseConfig, SERVICE_ENV, type ServiceName } from '@newsflow/config';
import { SourcesFile } from '@newsflow/contracts';
import { REPO_ROOT } from '@newsflow/testing';
import { parse } from 'yaml';

interface ComposeService {
  image?: string;
  build?: { dockerfile?: string; args?: Record<string, string> };
  environment?: Record<string, string | number>;
  volumes?: string[];
}

const compose = parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};

describe('docker-compose.yml', () => {
  it('runs the official Kafka, MongoDB and Redis images', () => {
    assert.match(compose.services.kafka?.image ?? '', /^apache\/kafka:3\.9\./);
    assert.match(compose.services.mongo?.image ?? '', /^mongo:/);
    assert.match(compose.services.redis?.image ?? '', /^redis:/);
  });

  it('keeps Redis durable: append-only (everysec) on a volume, never evicting', () => {
    const redis = compose.services.redis as ComposeService & { command?: string[] };
    const command = (redis.command ?? []).join(' ');
    assert.match(command, /--appendonly yes/);
    assert.match(command, /--appendfsync everysec/);
    assert.match(command, /--maxmemory-policy noeviction/);
    assert.ok(
      redis.volumes?.some((volume) => volume.endsWith(':/data')),
      'its /data (where the append-only files are) is a volume',
    );
  });

  it('restarts the services on failure a bounded number of times, so a config error (exit 78) does not loop', () => {
    for (const name of Object.keys(SERVICE_ENV)) {
      const restart = (compose.services[name] as ComposeService & { restart?: string }).restart;
      assert.match(restart ?? '', /^on-failure:\d+$/, `${name}: restart ${restart}`);
    }
  });

  for (const name of Object.keys(SERVICE_ENV) as ServiceName[]) {
    it(`gives ${name} an environment its config schema accepts, with no unknown variable`, () => {
      const service = compose.services[name];
      assert.ok(service, `${name} is in docker-compose.yml`);
      assert.equal(service.build?.args?.SERVICE, name, 'the image runs this service');
      const env = Object.fromEntries(
        Object.entries(service.environment ?? {}).map(([key, value]) => [key, String(value)]),
      );
      const known = new Set(Object.keys(SERVICE_ENV[name]));
      assert.deepEqual(
        Object.keys(env).filter((key) => !known.has(key)),
        [],
        'unknown variables',
      );
      assert.doesNotThrow(() => parseConfig(SERVICE_ENV[name], env));
    });
  }

  it('mounts a valid demo sources file for the crawler', () => {
    const file = compose.services.crawler?.environment?.SOURCES_FILE;
    assert.equal(file, '/app/infra/docker/sources.demo.yaml');
    const sources = SourcesFile.parse(
      parse(readFileSync(join(REPO_ROOT, 'infra/docker/sources.demo.yaml'), 'utf8')),
    );
    assert.equal(sources.sources[0]?.name, 'demo');
  });
});
