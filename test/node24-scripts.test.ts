// Every `npm run` script that runs Node goes through scripts/node24-run.sh, so it runs under the
// repository's Node 24 even in a shell whose `node` is the machine's Node 20.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '@newsflow/testing';

const manifests = globSync(['package.json', 'packages/*/package.json', 'services/*/package.json'], {
  cwd: REPO_ROOT,
});

describe('npm run scripts on Node 24', () => {
  it('no script starts a bare `node` (it would be whatever Node the shell has)', () => {
    const bare: string[] = [];
    for (const manifest of manifests) {
      const { scripts = {} } = JSON.parse(readFileSync(join(REPO_ROOT, manifest), 'utf8')) as {
        scripts?: Record<string, string>;
      };
      for (const [name, command] of Object.entries(scripts)) {
        if (/(^|[;&|]\s*)node\s/.test(command)) bare.push(`${manifest}: ${name}`);
        const wrapper = /bash (\S*node24-run\.sh)/.exec(command)?.[1];
        if (wrapper) {
          const dir = manifest === 'package.json' ? REPO_ROOT : join(REPO_ROOT, manifest, '..');
          assert.ok(existsSync(join(dir, wrapper)), `${manifest}: ${name} names a missing ${wrapper}`);
        }
      }
    }
    assert.deepEqual(bare, []);
  });

  it(
    'the wrapper runs Node 24 when the shell finds Node 20 first',
    { skip: !existsSync('/usr/bin/node') },
    () => {
      const version = execFileSync(
        'bash',
        [join(REPO_ROOT, 'scripts/node24-run.sh'), '-p', 'process.version'],
        {
          env: { ...process.env, PATH: `/usr/bin:${process.env.PATH}` },
          encoding: 'utf8',
        },
      );
      assert.match(version.trim(), /^v24\./);
    },
  );
});
