import type { StatusAlert } from './status-alerts.ts';

/** A status call must answer even when Prometheus hangs. */
const TIMEOUT_MS = 3000;

interface PrometheusAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  state: 'firing' | 'pending' | 'inactive';
}

/**
 * The firing alerts of a Prometheus that loads infra/monitoring/rules (`GET /api/v1/alerts`), in
 * the status page's shape; their links are the rules' `status_page` and `failures` annotations.
 */
export async function prometheusAlerts(prometheusUrl: string): Promise<StatusAlert[]> {
  const response = await fetch(new URL('/api/v1/alerts', prometheusUrl), {
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const body = (await response.json().catch(() => null)) as {
    status?: string;
    data?: { alerts?: PrometheusAlert[] };
  } | null;
  if (!response.ok || body?.status !== 'success') throw new Error(`Prometheus answered ${response.status}`);
  return (body.data?.alerts ?? [])
    .filter((alert) => alert.state === 'firing')
    .map((alert) => ({
      alert: alert.labels.alertname ?? 'unnamed',
      severity: alert.labels.severity ?? 'warning',
      summary: alert.annotations.summary ?? alert.labels.alertname ?? '',
      source: alert.labels.source ?? null,
      links: {
        statusPage: alert.annotations.status_page ?? '/',
        failures: alert.annotations.failures ?? '/#failures',
      },
    }));
}
