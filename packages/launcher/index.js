// Plain JavaScript on purpose: this must load under any Node (a bin may be started by the
// system's Node 20) to hand over to Node 24, which runs the project's TypeScript directly.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The repository's Node 24 binaries (.cache/node-24.*, from scripts/node24.sh), newest first. */
function repositoryNode24() {
  const cache = join(REPO_ROOT, '.cache');
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((name) => /^node-24\./.test(name))
    .sort()
    .reverse()
    .map((name) => join(cache, name, 'bin/node'))
    .filter((path) => existsSync(path));
}

/**
 * Runs `entry` (a .ts module, relative to the bin file) under Node 24. `binUrl` is the bin's
 * `import.meta.url`; npm links bins into node_modules/.bin, so the link is resolved first.
 * Under an older Node the bin is re-executed with the repository's Node 24, else one clear error.
 */
export async function launch({ name, binUrl, entry }) {
  const self = realpathSync(fileURLToPath(binUrl));
  if (Number(process.versions.node.split('.')[0]) >= 24) {
    await import(pathToFileURL(join(dirname(self), entry)).href);
    return;
  }
  const [node] = repositoryNode24();
  if (!node) {
    console.error(
      `${name}: needs Node 24 or later (this is ${process.version}); run \`. scripts/node24.sh\` in the repository first`,
    );
    process.exit(1);
  }
  const result = spawnSync(node, [self, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
