import { Gauge, type Registry } from 'prom-client';
import { checkReadiness, type ReadinessCheck } from './ops-server.ts';

/**
 * `newsflow_ready`: 1 when the service would answer /readyz with 200, else 0, checked at each
 * scrape. Prometheus scrapes /metrics, not /readyz; this gauge is what the NewsflowServiceNotReady
 * alert reads (infra/monitoring/rules).
 */
export function readinessGauge(
  registry: Registry,
  readiness: ReadinessCheck[],
  isShuttingDown: () => boolean = () => false,
) {
  return new Gauge({
    name: 'newsflow_ready',
    help: 'Whether the service is ready (its dependencies answer and it is not shutting down): 1 or 0.',
    registers: [registry],
    async collect() {
      this.set(!isShuttingDown() && (await checkReadiness(readiness)).ready ? 1 : 0);
    },
  });
}
