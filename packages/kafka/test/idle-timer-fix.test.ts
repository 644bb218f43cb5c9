import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fixKafkajsIdleTimer } from '../src/idle-timer-fix.ts';

const require = createRequire(import.meta.url);
const RequestQueue = require('kafkajs/src/network/requestQueue/index.js') as new (
  options: Record<string, unknown>,
) => {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  scheduleCheckPendingRequests(): void;
  destroy(): void;
};

function queue() {
  return new RequestQueue({
    maxInFlightRequests: null,
    requestTimeout: 30_000,
    enforceRequestTimeout: true,
    clientId: 'test',
    broker: 'localhost:9092',
    logger: { debug() {}, info() {}, warn() {}, error() {}, namespace: () => ({}) },
  });
}

describe('kafkajs idle request-queue timer', () => {
  it('arms no timer when nothing is pending and nothing is throttled', () => {
    assert.equal(fixKafkajsIdleTimer(), true);
    const idle = queue();
    idle.scheduleCheckPendingRequests();
    assert.equal(idle.throttleCheckTimeoutId, null);
    idle.destroy();
  });

  it('still checks again for a pending request or the end of a throttle', () => {
    fixKafkajsIdleTimer();
    const waiting = queue();
    waiting.pending.push({});
    waiting.scheduleCheckPendingRequests();
    assert.notEqual(waiting.throttleCheckTimeoutId, null, 'a pending request');
    clearTimeout(waiting.throttleCheckTimeoutId!);
    waiting.destroy();

    const throttled = queue();
    throttled.throttledUntil = Date.now() + 5_000;
    throttled.scheduleCheckPendingRequests();
    assert.notEqual(throttled.throttleCheckTimeoutId, null, 'a throttle');
    clearTimeout(throttled.throttleCheckTimeoutId!);
    throttled.destroy();
  });
});
