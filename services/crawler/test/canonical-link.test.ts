import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalLinkOf } from '../src/canonical-link.ts';

const page = 'https://caliber.az/en/post/armenian-us-officials?utm_source=x';

describe('canonicalLinkOf', () => {
  it('resolves the first rel=canonical of the head against the page and <base>', () => {
    assert.equal(
      canonicalLinkOf('<html><head><link rel="canonical" href="/en/post/1"></head></html>', page),
      'https://caliber.az/en/post/1',
    );
    assert.equal(
      canonicalLinkOf(
        '<HEAD><BASE HREF="https://m.caliber.az/"><LINK REL="Canonical" HREF="en/post/2"><link rel="canonical" href="/x"></HEAD>',
        page,
      ),
      'https://m.caliber.az/en/post/2',
    );
  });

  it('ignores links in the body, other rels, and non-http targets', () => {
    assert.equal(canonicalLinkOf('<head></head><body><link rel="canonical" href="/b"></body>', page), null);
    assert.equal(canonicalLinkOf('<head><link rel="alternate" href="/feed"></head>', page), null);
    assert.equal(
      canonicalLinkOf('<head><link rel="canonical" href="javascript:void(0)"></head>', page),
      null,
    );
  });
});
