// Issue 12: a worker's /readyz never looked at Redis, where its retry queue (and the crawler's
// fetch queue and frontier) live. A parser process on a Redis of the test's own: ready, not ready
// (naming redis) while that Redis is down, ready again once it is back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  freePort,
  getTestServices,
  isolate,
  type OwnRedis,
  type ServiceProcess,
  serviceEnvFor,
  startOwnRedis,
  startService,
  waitFor,
} from '@newsflow/testing';

interface Readiness {
  ready: boolean;
  checks?: { name: string; ok: boolean }[];
}

describe('worker /readyz', { timeout: 120_000 }, () => {
  let redis: OwnRedis;
  let parser: ServiceProcess;
  let port: number;

  before(async () => {
    const services = await getTestServices();
    redis = await startOwnRedis();
    port = await freePort();
    parser = startService(
      'parser',
      serviceEnvFor(services, isolate('readyz'), { PORT: String(port), REDIS_URL: redis.url }),
    );
  });
  after(async () => {
    await parser?.stop();
    await redis?.remove();
  });

  const readiness = async (): Promise<Readiness & { status: number }> => {
    const res = await fetch(`http://127.0.0.1:${port}/readyz`);
    return { status: res.status, ...((await res.json()) as Readiness) };
  };

  it('checks Redis', async () => {
    await waitFor('the parser to be ready', async () => (await readiness()).ready, { timeoutMs: 60_000 });
    assert.ok((await readiness()).checks?.some((check) => check.name === 'redis' && check.ok));

    await redis.stop();
    const down = await waitFor('not ready without Redis', async () => {
      const answer = await readiness();
      return answer.ready ? null : answer;
    });
    assert.equal(down.status, 503);
    assert.deepEqual(
      down.checks?.filter((check) => !check.ok).map((check) => check.name),
      ['redis'],
      parser.output().slice(-2000),
    );

    await redis.start();
    await waitFor('ready again once Redis is back', async () => (await readiness()).ready, {
      timeoutMs: 30_000,
    });
  });
});
