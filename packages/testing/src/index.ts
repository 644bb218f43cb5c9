export { DEMO_ARTICLES, DEMO_TIMEZONE, type DemoArticle } from './demo-site/articles.ts';
export { articlePath, isoLocal } from './demo-site/pages.ts';
export { type DemoSite, startDemoSite } from './demo-site/server.ts';
export { type FaultProxy, startFaultProxy } from './fault-proxy.ts';
export { type Isolation, isolate } from './isolation.ts';
export {
  dropIsolation,
  dropRecordedIsolations,
  isolationLeftovers,
  RUN_DIR_VARIABLE,
} from './isolation-cleanup.ts';
export {
  articleHtml,
  CP1251_TEXT,
  DAILY_NAVIGATION,
  dailyArticlePath,
  encodeCp1251,
  type MisbehavingSite,
  type MisbehavingSiteOptions,
  type SiteRequest,
  startMisbehavingSite,
} from './misbehaving-site.ts';
export { type OwnKafka, startOwnKafka } from './own-kafka.ts';
export { type OwnRedis, startOwnRedis } from './own-redis.ts';
export { freePort } from './ports.ts';
export { type ServiceProcess, startService } from './processes.ts';
export { serviceEnvFor } from './service-env.ts';
export { getTestServices, REPO_ROOT, type TestServices } from './services.ts';
export { waitFor } from './wait.ts';
export { sampleWarc } from './warc/sample-warc.ts';
export { chunked, httpResponse, type TestRecord, warcRecord, writeWarc } from './warc/warc-writer.ts';
