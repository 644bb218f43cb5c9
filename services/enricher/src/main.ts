// The enricher service: articles.parsed.v1 → enrichment → MongoDB articles + articles.clustering.v1 (the clusterer decides duplicates and stories).
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
