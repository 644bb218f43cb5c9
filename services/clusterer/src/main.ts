// The clusterer service, the one writer of duplicate and story decisions:
// articles.clustering.v1 (one partition) → decisions → MongoDB articles (enriched) + articles.enriched.v1.
import { clustererEnv, loadConfigOrExit } from '@newsflow/config';
import { TOPICS } from '@newsflow/contracts';
import { startWorker } from '@newsflow/stage';
import { createArticleClusterer } from './cluster-article.ts';
import { assertSinglePartition } from './single-partition.ts';

const config = loadConfigOrExit('clusterer', clustererEnv);
const worker = await startWorker('clusterer', config);
await assertSinglePartition(worker.kafka, worker.topic(TOPICS.articlesClustering)).catch((error: Error) => {
  worker.logger.fatal(error.message);
  process.exit(1);
});
await worker.runStage({
  stage: 'clusterer',
  topic: worker.topic(TOPICS.articlesClustering),
  handle: createArticleClusterer(worker),
});
