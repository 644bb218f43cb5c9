import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './ports.ts';
import { REPO_ROOT } from './services.ts';

const run = promisify(execFile);

/**
 * A Redis of the test's own, started by the project's `infra/local/redis.sh` (so a test checks the
 * settings the local infra really uses) on a free port with its own data directory. Fault tests
 * restart or kill it; the shared Redis of the other tests is never touched.
 */
export interface OwnRedis {
  port: number;
  url: string;
  /** Its data directory (pid file, log, append-only files). */
  dataDir: string;
  start(): Promise<void>;
  /** A clean stop (SIGTERM: Redis flushes what it persists). */
  stop(): Promise<void>;
  /** SIGKILL: no chance to flush, as in a crash or an OOM kill. */
  kill(): Promise<void>;
  /** Stops it and deletes its data directory. */
  remove(): Promise<void>;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'nf-redis-'));
  const script = resolve(REPO_ROOT, 'infra/local/redis.sh');
  const env = { ...process.env, NEWSFLOW_REDIS_PORT: String(port), NEWSFLOW_DATA_DIR: dataDir };
  const redisSh = (command: string) => run('bash', [script, command], { env, timeout: 60_000 });
  const pid = () => Number(readFileSync(join(dataDir, 'pids', 'redis.pid'), 'utf8').trim());
  const own: OwnRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    dataDir,
    start: async () => void (await redisSh('up')),
    stop: async () => void (await redisSh('down')),
    async kill() {
      const killed = pid();
      process.kill(killed, 'SIGKILL');
      // Gone when signal 0 fails; the script's next `up` then starts a fresh process.
      for (let i = 0; i < 100; i++) {
        try {
          process.kill(killed, 0);
        } catch {
          return;
        }
        await new Promise((wake) => setTimeout(wake, 50));
      }
    },
    async remove() {
      await own.stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await own.start();
  return own;
}
