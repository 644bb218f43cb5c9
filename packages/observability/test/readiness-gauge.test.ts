import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Registry } from 'prom-client';
import { createOpsHandler } from '../src/index.ts';

describe('newsflow_ready', () => {
  it('is 1 while every readiness check passes, 0 once one fails or the service shuts down', async () => {
    const registry = new Registry();
    let kafkaUp = true;
    let stopping = false;
    createOpsHandler({
      registry,
      readiness: [{ name: 'kafka', check: async () => kafkaUp || Promise.reject(new Error('down')) }],
      isShuttingDown: () => stopping,
    });
    const ready = async () => (await registry.getSingleMetricAsString('newsflow_ready')).split('\n').at(-1);
    assert.equal(await ready(), 'newsflow_ready 1');
    kafkaUp = false;
    assert.equal(await ready(), 'newsflow_ready 0');
    kafkaUp = true;
    stopping = true;
    assert.equal(await ready(), 'newsflow_ready 0');
  });
});
