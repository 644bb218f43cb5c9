// Source schedules as BullMQ job schedulers, against the real Redis.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Source } from '@newsflow/store';
import { getTestServices, isolate } from '@newsflow/testing';
import { type Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { FetchJob, Frontier } from '../src/frontier.ts';
import { type CrawlQueueJob, runScheduledRound, type ScheduleJob, syncSchedules } from '../src/scheduler.ts';
import { type CrawlSource, withDefaults } from '../src/source-registry.ts';

const source = (name: string, extra: Partial<Source> = {}): CrawlSource =>
  withDefaults(
    {
      _id: name,
      name,
      startUrls: [`https://${name}.example/`],
      recrawlIntervalMinutes: 15,
      enabled: true,
      ...extra,
    } as Source,
    3,
  );

describe('source schedules', () => {
  let connection: Redis;
  let queue: Queue<CrawlQueueJob>;

  before(async () => {
    const services = await getTestServices();
    connection = new Redis(services.redisUrl, { maxRetriesPerRequest: null });
    queue = new Queue<CrawlQueueJob>('fetch', { connection, prefix: isolate('schedules').queuePrefix });
  });
  after(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    await connection.quit();
  });

  it('keeps one job scheduler per enabled source, every recrawl interval, and drops the others', async () => {
    const caliber = source('caliber');
    const apa = source('apa', { recrawlIntervalMinutes: 5 });
    await syncSchedules({ enabled: async () => [caliber, apa] }, queue);
    await syncSchedules({ enabled: async () => [caliber, apa] }, queue); // a second process
    const schedules = await queue.getJobSchedulers();
    assert.deepEqual(schedules.map((s) => [s.key, Number(s.every)]).sort(), [
      ['source-apa', 5 * 60_000],
      ['source-caliber', 15 * 60_000],
    ]);
    await syncSchedules({ enabled: async () => [caliber] }, queue); // apa disabled
    assert.deepEqual(
      (await queue.getJobSchedulers()).map((s) => s.key),
      ['source-caliber'],
    );
  });

  it("queues a round's listings with the scheduler slot as the round", async () => {
    const caliber = source('caliber', {
      startUrls: ['https://caliber.az/', 'https://caliber.az/en/politics/'],
      feeds: ['https://caliber.az/rss'],
    });
    const queued: FetchJob[] = [];
    const frontier = {
      recrawl: async (job: FetchJob) => void queued.push(job),
      listings: async (_source: string, kind: string) =>
        kind === 'sitemap' ? ['https://caliber.az/sitemap.xml'] : [],
    } as unknown as Frontier;
    const job = {
      id: 'repeat:source-caliber:1718688060000',
      data: { source: 'caliber' },
    } as Job<ScheduleJob>;
    await runScheduledRound(job, { get: async () => ({ source: caliber, linkFilter: null }) }, frontier);
    assert.deepEqual(
      queued.map((q) => [q.kind, q.url, q.round, q.depth]),
      [
        ['feed', 'https://caliber.az/rss', 1718688060000, 0],
        ['sitemap', 'https://caliber.az/sitemap.xml', 1718688060000, 0],
        ['page', 'https://caliber.az/', 1718688060000, 0],
        ['page', 'https://caliber.az/en/politics/', 1718688060000, 0],
      ],
    );
  });
});
