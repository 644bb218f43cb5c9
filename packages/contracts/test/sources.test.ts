// Issue 12 (API edges): admin-supplied allow/deny patterns run against every discovered URL, so a
// pattern with catastrophic backtracking (`^(a+)+$` took 1.2 s on 28 characters) is refused; and
// a source's `userAgent` goes into a request header, so CR, LF and other control characters are.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceConfig } from '../src/index.ts';

const source = (fields: Record<string, unknown>) =>
  SourceConfig.safeParse({ name: 'caliber', startUrls: ['https://caliber.az/'], ...fields });

const messages = (fields: Record<string, unknown>) => {
  const result = source(fields);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('source config: what reaches a regex engine or a header', () => {
  it('refuses allow/deny patterns with catastrophic backtracking', () => {
    for (const pattern of ['^(a+)+$', '(x+x+)+y', '^(\\w+\\s?)*$']) {
      assert.equal(source({ allow: [pattern] }).success, false, `allow ${pattern}`);
      assert.equal(source({ deny: [pattern] }).success, false, `deny ${pattern}`);
    }
    assert.match(messages({ deny: ['^(a+)+$'] }).join('\n'), /deny\.0: may backtrack catastrophically/);
  });

  it('accepts the patterns operators write', () => {
    const allow = ['^https://caliber\\.az/en/post/\\d+', '/(news|politics)/', '^/[a-z-]+/\\d{4}/\\d{2}/.*$'];
    assert.deepEqual(messages({ allow, deny: ['\\.pdf$', '/tag/'] }), []);
  });

  it('still refuses patterns that are not regular expressions', () => {
    assert.match(messages({ allow: ['(unclosed'] }).join('\n'), /allow\.0: not a valid regular expression/);
  });

  it('refuses a userAgent with CR, LF or other control characters', () => {
    for (const userAgent of [
      'bot/1.0 (+https://ops.example)\r\nX-Injected: 1',
      'bot/1.0 (+https://ops.example)\n',
      'bot/1.0\t(+https://ops.example)\u0000',
      'bot/1.0 (+https://ops.example)\u007f',
    ]) {
      assert.equal(source({ userAgent }).success, false, JSON.stringify(userAgent));
    }
    assert.equal(
      source({ userAgent: 'bot/1.0 (+https://ops.example/contact; ops@example.org)' }).success,
      true,
    );
  });
});
