import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PageFetcher } from '../src/fetch/page-fetcher.ts';
import { canonicalUrl, isTrackingParam } from '../src/url/canonical-url.ts';
import { html, startSite, type TestSite } from './helpers/misbehaving-site.ts';

describe('canonicalUrl', () => {
  it('lower-cases scheme and host, drops default ports, fragments and credentials', () => {
    assert.equal(
      canonicalUrl('HTTPS://user:pw@Caliber.AZ:443/en/Post/123#comments'),
      'https://caliber.az/en/Post/123',
    );
    assert.equal(canonicalUrl('http://caliber.az:80/a'), 'http://caliber.az/a');
    assert.equal(canonicalUrl('http://caliber.az:8080/a'), 'http://caliber.az:8080/a');
    assert.equal(canonicalUrl('http://caliber.az./a'), 'http://caliber.az/a');
  });

  it('removes tracking parameters and sorts the rest', () => {
    assert.equal(
      canonicalUrl(
        'https://caliber.az/post?utm_source=tg&id=7&fbclid=abc&page=2&UTM_Medium=x&gclid=1&mc_cid=2',
      ),
      'https://caliber.az/post?id=7&page=2',
    );
    assert.equal(canonicalUrl('https://caliber.az/post?utm_source=tg'), 'https://caliber.az/post');
    assert.equal(canonicalUrl('https://caliber.az/post?'), 'https://caliber.az/post');
  });

  it('keeps repeated parameters in their original order', () => {
    assert.equal(canonicalUrl('https://x.test/s?tag=b&a=1&tag=a'), 'https://x.test/s?a=1&tag=b&tag=a');
  });

  it('applies the site www and trailing-slash choices', () => {
    assert.equal(canonicalUrl('https://www.caliber.az/post/', { www: 'strip' }), 'https://caliber.az/post/');
    assert.equal(canonicalUrl('https://caliber.az/post', { www: 'add' }), 'https://www.caliber.az/post');
    assert.equal(
      canonicalUrl('https://caliber.az/post/', { trailingSlash: 'strip' }),
      'https://caliber.az/post',
    );
    assert.equal(
      canonicalUrl('https://caliber.az/post', { trailingSlash: 'add' }),
      'https://caliber.az/post/',
    );
    assert.equal(
      canonicalUrl('https://caliber.az/post.html', { trailingSlash: 'add' }),
      'https://caliber.az/post.html',
    );
    assert.equal(canonicalUrl('https://caliber.az/', { trailingSlash: 'strip' }), 'https://caliber.az/');
    assert.equal(canonicalUrl('https://www.caliber.az/post/'), 'https://www.caliber.az/post/');
  });

  it('resolves dot segments, encodes IDN hosts and takes site-specific tracking params', () => {
    assert.equal(canonicalUrl('https://x.test/a/./b/../c'), 'https://x.test/a/c');
    assert.equal(
      canonicalUrl('https://пример.рф/новости'),
      'https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8',
    );
    assert.equal(
      canonicalUrl('https://x.test/a?from=home&id=1', { extraTrackingParams: ['from'] }),
      'https://x.test/a?id=1',
    );
    assert.equal(canonicalUrl('https://x.test/a?id=1&b=2', { dropQuery: true }), 'https://x.test/a');
  });

  it('refuses non-http URLs', () => {
    assert.throws(() => canonicalUrl('mailto:desk@caliber.az'), TypeError);
    assert.throws(() => canonicalUrl('not a url'), TypeError);
  });

  it('knows the usual tracking parameters', () => {
    for (const name of ['utm_campaign', 'fbclid', 'gclid', 'mc_eid', 'msclkid', '_ga']) {
      assert.ok(isTrackingParam(name), name);
    }
    for (const name of ['id', 'page', 'p', 'q', 'article']) assert.ok(!isTrackingParam(name), name);
  });
});

describe('tracking-parameter variants fetch one article', () => {
  let site: TestSite;
  before(async () => {
    site = await startSite({ '/en/post/armenian-us-officials': html('<h1>Armenian, US officials</h1>') });
  });
  after(() => site.close());

  it('canonicalises the variants to one URL, so the page is fetched once', async () => {
    const variants = [
      `${site.origin}/en/post/armenian-us-officials?utm_source=telegram&utm_medium=social`,
      `${site.origin.toUpperCase().replace('HTTP', 'http')}/en/post/armenian-us-officials?fbclid=IwAR0x`,
      `${site.origin}/en/post/armenian-us-officials#read-also`,
      `${site.origin}/en/post/armenian-us-officials?gclid=1&mc_cid=abc`,
    ];
    const fetchedOnce = new Set<string>();
    const fetcher = new PageFetcher({ allowPrivate: true });
    for (const variant of variants) {
      const url = canonicalUrl(variant);
      if (fetchedOnce.has(url)) continue;
      fetchedOnce.add(url);
      const result = await fetcher.fetch(url);
      assert.equal(result.ok, true);
    }
    await fetcher.close();
    assert.deepEqual([...fetchedOnce], [`${site.origin}/en/post/armenian-us-officials`]);
    assert.equal(site.requests.length, 1);
  });
});
