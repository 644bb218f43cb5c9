import { randomBytes } from 'node:crypto';
import { recordIsolation } from './isolation-cleanup.ts';

/** Names that keep one test's data apart from every other test's on the shared services. */
export interface Isolation {
  topicPrefix: string;
  dbName: string;
  queuePrefix: string;
}

/** Fresh names for one test (recorded for the run's clean-up, see isolation-cleanup.ts). */
export function isolate(label: string): Isolation {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 20);
  const id = `${slug}-${randomBytes(4).toString('hex')}`;
  const isolation = {
    topicPrefix: `t.${id}.`,
    dbName: `nft_${id.replace(/-/g, '_')}`,
    queuePrefix: `nft-${id}`,
  };
  recordIsolation(isolation);
  return isolation;
}
