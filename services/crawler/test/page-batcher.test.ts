import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OutgoingMessage, Publisher } from '@newsflow/kafka';
import { createPageBatcher } from '../src/page-batcher.ts';

function recordingPublisher(fail = false) {
  const sends: Array<{ topic: string; keys: string[] }> = [];
  const publisher: Publisher = {
    async publish(topic: string, messages: OutgoingMessage[]) {
      sends.push({ topic, keys: messages.map((message) => message.key) });
      if (fail) throw new Error('broker down');
    },
    close: async () => undefined,
  };
  return { publisher, sends };
}

const message = (key: string): OutgoingMessage => ({ key, value: { key } });

describe('page batcher', () => {
  it('sends pages published together as one batch and settles every caller', async () => {
    const { publisher, sends } = recordingPublisher();
    const batcher = createPageBatcher(publisher, 'pages', { lingerMs: 5 });
    await Promise.all(['a', 'b', 'c'].map((key) => batcher.publish(message(key), 100)));
    assert.deepEqual(sends, [{ topic: 'pages', keys: ['a', 'b', 'c'] }]);
  });

  it('starts a new batch before one would exceed its byte limit', async () => {
    const { publisher, sends } = recordingPublisher();
    const batcher = createPageBatcher(publisher, 'pages', { lingerMs: 5, maxBatchBytes: 250 });
    await Promise.all(['a', 'b', 'c'].map((key) => batcher.publish(message(key), 100)));
    assert.deepEqual(
      sends.map((send) => send.keys),
      [['a', 'b'], ['c']],
    );
  });

  it('rejects every caller of a batch the broker refused', async () => {
    const { publisher } = recordingPublisher(true);
    const batcher = createPageBatcher(publisher, 'pages', { lingerMs: 1 });
    const results = await Promise.allSettled(['a', 'b'].map((key) => batcher.publish(message(key), 10)));
    assert.deepEqual(
      results.map((result) => result.status),
      ['rejected', 'rejected'],
    );
  });
});
