import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import { readinessGauge } from './readiness-gauge.ts';

/** A named dependency check for /readyz, e.g. `{ name: 'mongodb', check: () => ping() }`. */
export interface ReadinessCheck {
  name: string;
  check: () => Promise<unknown>;
}

const CHECK_TIMEOUT_MS = 2000;

/** Runs every readiness check with a timeout; ready only if all pass. */
export async function checkReadiness(checks: ReadinessCheck[]) {
  const results = await Promise.all(
    checks.map(async ({ name, check }) => {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          check(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
          }),
        ]);
        return { name, ok: true as const };
      } catch (error) {
        return { name, ok: false as const, error: (error as Error).message };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return { ready: results.every((result) => result.ok), checks: results };
}

/**
 * The handler behind /metrics, /healthz (the process is alive) and /readyz (its dependencies
 * answer and it is not shutting down). Returns false for other paths so a caller can chain it.
 */
export function createOpsHandler(options: {
  registry: Registry;
  readiness: ReadinessCheck[];
  isShuttingDown?: () => boolean;
}) {
  readinessGauge(options.registry, options.readiness, options.isShuttingDown);
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (path === '/metrics') {
      res.writeHead(200, { 'content-type': options.registry.contentType });
      res.end(await options.registry.metrics());
    } else if (path === '/healthz') {
      sendJson(res, 200, { status: 'ok' });
    } else if (path === '/readyz') {
      if (options.isShuttingDown?.()) {
        sendJson(res, 503, { ready: false, reason: 'shutting down' });
      } else {
        const readiness = await checkReadiness(options.readiness);
        sendJson(res, readiness.ready ? 200 : 503, readiness);
      }
    } else {
      return false;
    }
    return true;
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** The small HTTP server of a worker service (crawler, parser, enricher). */
export async function startOpsServer(
  port: number,
  options: Parameters<typeof createOpsHandler>[0],
): Promise<Server> {
  const handle = createOpsHandler(options);
  const server = createServer((req, res) => {
    handle(req, res)
      .then((handled) => {
        if (!handled) sendJson(res, 404, { error: 'not found' });
      })
      .catch((error: Error) => sendJson(res, 500, { error: error.message }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '0.0.0.0', resolve);
  });
  return server;
}
