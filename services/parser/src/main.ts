// The parser service: pages.fetched.v1 → extraction → MongoDB articles + articles.parsed.v1 + links.discovered.v1.
import { loadConfigOrExit, parserEnv } from '@newsflow/config';
import { TOPICS } from '@newsflow/contracts';
import { startWorker } from '@newsflow/stage';
import { createPageParser } from './parse-page.ts';
import { createParserMetrics } from './parser-metrics.ts';

const config = loadConfigOrExit('parser', parserEnv);
const worker = await startWorker('parser', config);
await worker.runStage({
  stage: 'parser',
  topic: worker.topic(TOPICS.pagesFetched),
  handle: createPageParser(worker, createParserMetrics(worker.registry), {
    notStoredRetentionMs: config.PAGES_NOT_STORED_RETENTION_DAYS * 86_400_000,
  }),
});
