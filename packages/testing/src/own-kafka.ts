import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './ports.ts';
import { REPO_ROOT } from './services.ts';

const run = promisify(execFile);

/**
 * A Kafka broker of the test's own (KRaft, single node), started by the project's
 * `infra/local/kafka.sh` on free ports with its own data directory, for tests that stop or restart
 * Kafka: the shared broker of the other tests is never touched. Its jars come from the usual
 * cache (`NEWSFLOW_CACHE_DIR`, else the repository's `.cache/`; installed there when missing).
 */
export interface OwnKafka {
  port: number;
  brokers: string[];
  dataDir: string;
  start(): Promise<void>;
  /** A clean stop (SIGTERM); the data directory stays, so a start finds topics and offsets again. */
  stop(): Promise<void>;
  remove(): Promise<void>;
}

export async function startOwnKafka(): Promise<OwnKafka> {
  const port = await freePort();
  const controllerPort = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'nf-kafka-'));
  const script = resolve(REPO_ROOT, 'infra/local/kafka.sh');
  const env = {
    ...process.env,
    NEWSFLOW_KAFKA_PORT: String(port),
    NEWSFLOW_KAFKA_CONTROLLER_PORT: String(controllerPort),
    NEWSFLOW_DATA_DIR: dataDir,
  };
  const kafkaSh = (command: string) => run('bash', [script, command], { env, timeout: 15 * 60_000 });
  const own: OwnKafka = {
    port,
    brokers: [`127.0.0.1:${port}`],
    dataDir,
    start: async () => void (await kafkaSh('up')),
    stop: async () => void (await kafkaSh('down')),
    async remove() {
      await own.stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await own.start();
  return own;
}
