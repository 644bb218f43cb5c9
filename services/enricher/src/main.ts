// The enricher service: articles.parsed.v1 → enrichment → MongoDB articles (enriched) + articles.enriched.v1.
import { enricherEnv, loadConfigOrExit } from '@newsflow/config';
import { TOPICS } from '@newsflow/contracts';
import { startWorker } from '@newsflow/stage';
import { createArticleEnricher } from './enrich-article.ts';

const config = loadConfigOrExit('enricher', enricherEnv);
const worker = await startWorker('enricher', config);
await worker.runStage({
  stage: 'enricher',
  topic: worker.topic(TOPICS.articlesParsed),
  handle: createArticleEnricher(worker),
});
