import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PageFetcher } from '../src/fetch/page-fetcher.ts';
import { acquireHost, MemoryPolitenessScheduler } from '../src/politeness/politeness-scheduler.ts';
import { startSite, type TestSite } from './helpers/misbehaving-site.ts';

describe('MemoryPolitenessScheduler', () => {
  it('grants one fetch per host at a time and spaces the next from its release', async () => {
    let now = 10_000;
    const scheduler = new MemoryPolitenessScheduler({ defaultDelayMs: 1000, now: () => now });
    const first = await scheduler.tryAcquire('a.test');
    assert.equal(first.granted, true);
    assert.deepEqual(await scheduler.tryAcquire('a.test'), { granted: false, retryAt: 11_000 });
    assert.equal((await scheduler.tryAcquire('b.test')).granted, true, 'other hosts stay free');
    now = 12_500; // the fetch took 2.5 s
    assert.equal((await scheduler.tryAcquire('A.TEST')).granted, false, 'still leased');
    if (first.granted) await scheduler.release(first.lease);
    assert.equal(await scheduler.nextAllowedAt('a.test'), 13_500);
    assert.deepEqual(await scheduler.tryAcquire('a.test'), { granted: false, retryAt: 13_500 });
    now = 13_500;
    assert.equal((await scheduler.tryAcquire('a.test')).granted, true);
  });

  it('applies a per-host delay (Crawl-delay) and a Retry-After deferral', async () => {
    let now = 0;
    const scheduler = new MemoryPolitenessScheduler({ defaultDelayMs: 100, now: () => now });
    await scheduler.setDelay('slow.test', 5000);
    const lease = await scheduler.tryAcquire('slow.test');
    if (lease.granted) await scheduler.release(lease.lease);
    assert.equal(await scheduler.nextAllowedAt('slow.test'), 5000);
    await scheduler.deferUntil('busy.test', 120_000);
    assert.deepEqual(await scheduler.tryAcquire('busy.test'), { granted: false, retryAt: 120_000 });
    await scheduler.deferUntil('slow.test', 1);
    assert.equal(await scheduler.nextAllowedAt('slow.test'), 5000, 'a deferral never pulls a slot earlier');
    now = 20_000;
    assert.equal(await scheduler.nextAllowedAt('slow.test'), 20_000);
  });

  it('voids a lease its holder never released', async () => {
    let now = 0;
    const scheduler = new MemoryPolitenessScheduler({ defaultDelayMs: 100, leaseMs: 1000, now: () => now });
    const lost = await scheduler.tryAcquire('a.test');
    now = 1000;
    const next = await scheduler.tryAcquire('a.test');
    assert.equal(next.granted, true);
    // The late release of the void lease must not disturb the new holder's schedule.
    if (lost.granted) await scheduler.release(lost.lease);
    assert.equal((await scheduler.tryAcquire('a.test')).granted, false);
  });
});

describe('politeness measured by the site', () => {
  let site: TestSite;
  const seen: Array<{ host: string; at: number }> = [];
  before(async () => {
    site = await startSite({
      '/': (req, res) => {
        seen.push({ host: String(req.headers.host).split(':')[0]!, at: Date.now() });
        // Uneven response times, as real sites have: the first response of a host is slow.
        const slow = seen.filter((s) => s.host === seen.at(-1)!.host).length === 1;
        setTimeout(
          () => {
            res.writeHead(200, { 'content-type': 'text/html' });
            res.end('<p>front</p>');
          },
          slow ? 40 : 0,
        );
      },
    });
  });
  after(() => site.close());

  it('no host sees two requests closer than its delay, with 16 concurrent workers on 20 hosts', async () => {
    const delayMs = 100;
    const hosts = Array.from({ length: 20 }, (_, i) => `site${i}.test`);
    const scheduler = new MemoryPolitenessScheduler({ defaultDelayMs: delayMs });
    const fetcher = new PageFetcher({
      allowPrivate: true,
      resolver: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    // Interleaved so that workers keep contending for the same hosts.
    const queue = Array.from({ length: 4 }, () => hosts).flat();
    const worker = async () => {
      for (let host = queue.shift(); host; host = queue.shift()) {
        const lease = await acquireHost(scheduler, host);
        try {
          const result = await fetcher.fetch(`http://${host}:${site.port}/`);
          assert.equal(result.ok, true);
        } finally {
          await scheduler.release(lease);
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    await fetcher.close();
    assert.equal(seen.length, 80);
    for (const host of hosts) {
      const times = seen.filter((s) => s.host === host).map((s) => s.at);
      assert.equal(times.length, 4);
      for (let i = 1; i < times.length; i++) {
        assert.ok(times[i]! - times[i - 1]! >= delayMs, `${host}: ${times.join(',')}`);
      }
    }
  });
});
