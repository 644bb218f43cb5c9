// The fault suite once left an enricher whose MongoDB driver never reconnected after a 10 s store
// outage: /readyz failed for over ten minutes and its partitions stayed stuck with it. A worker
// whose store does not answer for STORE_UNREADY_EXIT_MS exits (status 1) for its supervisor to
// start a fresh one. Here: a parser reaching the store through a proxy that is cut for good.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type FaultProxy,
  freePort,
  getTestServices,
  isolate,
  type ServiceProcess,
  serviceEnvFor,
  startFaultProxy,
  startService,
  waitFor,
} from '@newsflow/testing';

describe('a worker whose store stays away', { timeout: 120_000 }, () => {
  let proxy: FaultProxy;
  let parser: ServiceProcess;
  let port: number;

  before(async () => {
    const services = await getTestServices();
    const mongo = new URL(services.mongoUri);
    proxy = await startFaultProxy({ host: mongo.hostname, port: Number(mongo.port || 27017) });
    port = await freePort();
    parser = startService(
      'parser',
      serviceEnvFor({ ...services, mongoUri: `mongodb://127.0.0.1:${proxy.port}/` }, isolate('watchdog'), {
        PORT: String(port),
        STORE_UNREADY_EXIT_MS: '3000',
      }),
    );
  });
  after(async () => {
    await parser?.stop();
    await proxy?.close();
  });

  it('exits with status 1 once the store has not answered for STORE_UNREADY_EXIT_MS', async () => {
    await waitFor(
      'the parser to be ready',
      async () => (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null))?.status === 200,
      { timeoutMs: 60_000 },
    );
    const cutAt = Date.now();
    proxy.cut();
    const code = await Promise.race([
      parser.exited,
      new Promise((wake) => setTimeout(wake, 30_000, 'still running')),
    ]);
    assert.equal(code, 1, parser.output().slice(-3000));
    // Counted from its last answer, at most one ping interval (750 ms here) before the cut.
    assert.ok(Date.now() - cutAt >= 2000, 'not before the store was away that long');
    assert.match(parser.output(), /the store has not answered for too long/);
  });
});
