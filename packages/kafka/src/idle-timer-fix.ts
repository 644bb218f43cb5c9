// kafkajs 2.2.4, the last release, re-arms a timer on every broker connection forever while its
// request queue is idle: `scheduleCheckPendingRequests` computes a delay of `-1 - Date.now()`,
// which Node clamps to 1 ms (and, since Node 24, reports as a TimeoutNegativeWarning). Every idle
// service spun at 1 kHz per connection (tulios/kafkajs#1704, #1751; the fix proposed there was
// never released). This skips the schedule when there is nothing to wait for: no pending request
// and no throttle. A request queued later schedules its own check (`push` calls this method with
// the request pending), and a finished request checks the queue itself.
import { createRequire } from 'node:module';

interface RequestQueue {
  pending: unknown[];
  throttledUntil: number;
  scheduleCheckPendingRequests(): void;
}

const require = createRequire(import.meta.url);

/** Applies the fix once; false when this kafkajs has no such method (another version: left alone). */
export function fixKafkajsIdleTimer(): boolean {
  const RequestQueueClass = require('kafkajs/src/network/requestQueue/index.js') as {
    prototype: RequestQueue & { idleTimerFixed?: true };
  };
  const proto = RequestQueueClass.prototype;
  if (proto.idleTimerFixed) return true;
  const schedule = proto.scheduleCheckPendingRequests;
  if (typeof schedule !== 'function') return false;
  proto.scheduleCheckPendingRequests = function scheduleWhenWaiting(this: RequestQueue) {
    if (this.pending.length === 0 && this.throttledUntil <= Date.now()) return;
    schedule.call(this);
  };
  proto.idleTimerFixed = true;
  return true;
}
