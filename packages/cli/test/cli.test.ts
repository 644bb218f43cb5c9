import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { table } from '../src/output.ts';
import { cli } from './harness.ts';

describe('newsflow CLI', () => {
  it('prints usage for --help (status 0) and for an unknown command or option (status 2)', async () => {
    const help = await cli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /failures replay/);
    assert.match(help.stdout, /pages-not-stored list/);
    assert.equal((await cli(['frobnicate'])).status, 2);
    assert.equal((await cli(['status', '--bogus'])).status, 2);
  });

  it('refuses incomplete commands before calling the API', async () => {
    const api = 'http://127.0.0.1:9';
    for (const args of [
      ['failures', 'replay'],
      ['failures', 'purge'],
      ['pages-not-stored'],
      ['pages-not-stored', 'purge'],
      ['reprocess', 'refetch'],
      ['sources', 'add', 'x'],
      ['crawl'],
      ['import-warc'],
    ]) {
      const result = await cli([...args, '--api', api], {});
      assert.equal(result.status, 2, args.join(' '));
    }
  });

  it('reports an unreachable API as a failure with the address (status 1)', async () => {
    const result = await cli(['status', '--api', 'http://127.0.0.1:9']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /cannot reach the API at http:\/\/127\.0\.0\.1:9/);
  });

  it('aligns table columns', () => {
    assert.equal(
      table([
        ['a', 'bb'],
        ['ccc', null],
      ]),
      'a    bb\nccc  –',
    );
  });

  it('runs from its bin launcher', () => {
    const bin = fileURLToPath(new URL('../bin/newsflow.js', import.meta.url));
    const result = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^newsflow: operate/);
  });
});
