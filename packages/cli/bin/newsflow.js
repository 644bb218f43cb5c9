#!/usr/bin/env node
// Launcher for the TypeScript CLI: Node 24 runs .ts directly (type stripping). An older Node
// re-executes this file with the repository's Node 24 (.cache/node-*/bin/node, provided by
// scripts/node24.sh) when present, else stops with one clear error.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const major = Number(process.versions.node.split('.')[0]);

if (major >= 24) {
  await import(join(here, '../src/main.ts'));
} else {
  const cache = join(here, '../../../.cache');
  const candidates = existsSync(cache)
    ? readdirSync(cache)
        .filter((name) => /^node-24\./.test(name))
        .sort()
        .reverse()
        .map((name) => join(cache, name, 'bin/node'))
        .filter((path) => existsSync(path))
    : [];
  if (candidates.length === 0) {
    console.error(
      `newsflow: needs Node 24 or later (this is ${process.version}); run \`. scripts/node24.sh\` in the repository first`,
    );
    process.exit(1);
  }
  const result = spawnSync(candidates[0], [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
