export { DEMO_ARTICLES, DEMO_TIMEZONE, type DemoArticle } from './demo-site/articles.ts';
export { articlePath, isoLocal } from './demo-site/pages.ts';
export { type DemoSite, startDemoSite } from './demo-site/server.ts';
export { type Isolation, isolate } from './isolation.ts';
export { type ServiceProcess, startService } from './processes.ts';
export { getTestServices, REPO_ROOT, type TestServices } from './services.ts';
export { waitFor } from './wait.ts';
