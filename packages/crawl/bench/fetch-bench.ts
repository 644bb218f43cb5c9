// fetchPage throughput against a local site spread over 50 virtual hosts, politeness off.
// Prints pages/s, bytes, latency percentiles, and the crawler process's CPU and memory
// per 1000 pages. Figures are printed, never asserted.
//   npm run bench:crawl                       (from the repo root)
//   node packages/crawl/bench/fetch-bench.ts --pages 5000 --concurrency 64 --hosts 50
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { PageFetcher } from '../src/index.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '64' },
    hosts: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '200' },
  },
});
const pages = Number(values.pages);
const concurrency = Number(values.concurrency);
const hostCount = Number(values.hosts);
const warmup = Number(values.warmup);

const site = fork(new URL('./site-server.ts', import.meta.url));
const info = await new Promise<{
  port: number;
  source: string;
  meanPageBytes: number;
  meanGzipBytes: number;
}>((resolve) => site.once('message', resolve as (m: unknown) => void));
const hosts = Array.from({ length: hostCount }, (_, i) => `news${i}.bench.test`);
const fetcher = new PageFetcher({
  // The virtual hosts all live on loopback: the bench opts in, as the demo site does.
  allowPrivate: true,
  resolver: async () => [{ address: '127.0.0.1', family: 4 }],
  connectionsPerOrigin: 4,
});

async function run(
  count: number,
): Promise<{ latencies: number[]; bytes: number; wire: number; failures: number }> {
  const latencies: number[] = [];
  let next = 0;
  let bytes = 0;
  let wire = 0;
  let failures = 0;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const url = `http://${hosts[n % hosts.length]}:${info.port}/news/${n}`;
      const result = await fetcher.fetch(url);
      latencies.push(result.timings.totalMs);
      if (result.ok) {
        bytes += result.body.byteLength;
        wire += result.wireBytes;
      } else failures++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, bytes, wire, failures };
}

await run(warmup); // connections, JIT
global.gc?.();
const rssBefore = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;
let rssPeak = rssBefore;
const sampler = setInterval(() => {
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
}, 20);
const cpuBefore = process.cpuUsage();
const started = performance.now();
const { latencies, bytes, wire, failures } = await run(pages);
const elapsedMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
clearInterval(sampler);
rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
// Pages are dropped as fetched: what stays after a GC is what the fetcher itself retains.
global.gc?.();
const heapAfter = process.memoryUsage().heapUsed;

await fetcher.close();
site.disconnect();
site.kill();

latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
const per1000 = 1000 / pages;
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(
  `fetchPage bench — Node ${process.version}, ${pages} pages, ${hostCount} hosts, concurrency ${concurrency}`,
);
console.log(
  `site: ${info.source}; mean page ${(info.meanPageBytes / 1024).toFixed(1)} KB, gzip ${(info.meanGzipBytes / 1024).toFixed(1)} KB`,
);
console.log(
  `pages/s            ${(pages / (elapsedMs / 1000)).toFixed(0)}  (${(elapsedMs / 1000).toFixed(2)} s, ${failures} failures)`,
);
console.log(
  `throughput         ${mb(bytes / (elapsedMs / 1000))} MB/s decoded, ${mb(wire / (elapsedMs / 1000))} MB/s on the wire`,
);
console.log(
  `latency ms         p50 ${pct(50).toFixed(1)}  p95 ${pct(95).toFixed(1)}  p99 ${pct(99).toFixed(1)}`,
);
console.log(
  `CPU per 1000 pages ${(((cpu.user + cpu.system) / 1000) * per1000).toFixed(0)} ms (user ${((cpu.user / 1000) * per1000).toFixed(0)}, system ${((cpu.system / 1000) * per1000).toFixed(0)})`,
);
console.log(`memory             RSS ${mb(rssBefore)} MB before, peak ${mb(rssPeak)} MB during the run`);
console.log(
  `heap growth       ${(((heapAfter - heapBefore) / 1024) * per1000).toFixed(0)} KB per 1000 pages after GC${global.gc ? '' : ' (run with --expose-gc for this figure)'}`,
);
