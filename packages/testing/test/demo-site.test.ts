// The demo site has no broken link: a crawl of it (the demo's, the end-to-end test's) finds no
// failure that the site itself causes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type DemoSite, startDemoSite } from '../src/index.ts';

describe('demo site', () => {
  let site: DemoSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(() => site?.close());

  it('answers 200 for every page its pages link to (what a crawler follows)', async () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    const broken: string[] = [];
    while (queue.length > 0) {
      const path = queue.shift()!;
      const response = await fetch(site.origin + path);
      if (response.status !== 200) broken.push(`${path} → ${response.status}`);
      const html = await response.text();
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
        const url = new URL(href!, site.origin + path);
        if (url.origin !== site.origin || seen.has(url.pathname)) continue;
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
    assert.deepEqual(broken, []);
    assert.ok(seen.has('/about') && seen.has('/contact'), [...seen].join(' '));
  });
});
