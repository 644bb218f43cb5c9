// The parser service: pages.fetched.v1 → extraction → MongoDB articles + articles.parsed.v1 + links.discovered.v1.
import { loadConfigOrExit, parserEnv } from '@newsflow/config';
import { TOPICS } from '@newsflow/contracts';
import { startWorker } from '@newsflow/stage';
import { Counter } from 'prom-client';
import { createPageParser } from './parse-page.ts';

const config = loadConfigOrExit('parser', parserEnv);
const worker = await startWorker('parser', config);
const pages = new Counter({
  name: 'newsflow_parser_pages_total',
  help: 'Fetched pages parsed, by source and the page type the extractor found.',
  labelNames: ['source', 'page_type'] as const,
  registers: [worker.registry],
});
await worker.runStage({
  stage: 'parser',
  topic: worker.topic(TOPICS.pagesFetched),
  handle: createPageParser(worker, pages),
});
