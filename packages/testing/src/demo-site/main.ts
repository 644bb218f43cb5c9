// Serves the demo news site: `node packages/testing/src/demo-site/main.ts` (PORT, HOST from the environment).
import { startDemoSite } from './server.ts';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const site = await startDemoSite({ port, host });
console.log(`demo news site on ${site.origin}`);
const stop = () => void site.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
