// With PROMETHEUS_URL, the pipeline status (and the status page) shows Prometheus's firing alerts;
// when Prometheus does not answer, the two alerts the API evaluates itself, and why.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { freePort } from '@newsflow/testing';
import { type Harness, startHarness } from './harness.ts';

const ALERTS = {
  status: 'success',
  data: {
    alerts: [
      {
        labels: { alertname: 'NewsflowConsumerLagGrowing', group: 'newsflow-enricher', severity: 'warning' },
        annotations: {
          summary:
            'Consumer group newsflow-enricher is falling behind on articles.parsed.v1 (lag 260 and growing)',
          status_page: 'http://localhost:3000/',
          failures: 'http://localhost:3000/#failures',
        },
        state: 'firing',
        activeAt: '2026-01-01T00:00:00Z',
        value: '2.6e+02',
      },
      {
        labels: { alertname: 'NewsflowSourceSilent', source: 'alpha', severity: 'warning' },
        annotations: { summary: 'Source alpha stopped producing', status_page: '/', failures: '/#failures' },
        state: 'pending',
        activeAt: '2026-01-01T00:00:00Z',
        value: '4',
      },
    ],
  },
};

interface Status {
  alerts: { alert: string; summary: string; source: string | null; links: Record<string, string> }[];
  alertsFrom: string;
  alertsError: string | null;
}

describe('pipeline status with PROMETHEUS_URL', { timeout: 60_000 }, () => {
  let prometheus: Server;
  let withPrometheus: Harness;
  let prometheusDown: Harness;

  before(async () => {
    prometheus = createServer((req, res) => {
      res.writeHead(req.url === '/api/v1/alerts' ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(ALERTS));
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => prometheus.once('listening', resolve));
    const url = `http://127.0.0.1:${(prometheus.address() as AddressInfo).port}`;
    withPrometheus = await startHarness('prom-alerts', { prometheusUrl: url });
    prometheusDown = await startHarness('prom-down', {
      prometheusUrl: `http://127.0.0.1:${await freePort()}`,
    });
  });
  after(async () => {
    prometheus?.close();
    await withPrometheus?.close();
    await prometheusDown?.close();
  });

  it("shows Prometheus's firing alerts (not the pending ones) with their links", async () => {
    const status = (await (await withPrometheus.call('/v1/pipeline/status')).json()) as Status;
    assert.equal(status.alertsFrom, 'prometheus');
    assert.equal(status.alertsError, null);
    assert.deepEqual(
      status.alerts.map(({ alert, source, links }) => ({ alert, source, links })),
      [
        {
          alert: 'NewsflowConsumerLagGrowing',
          source: null,
          links: { statusPage: 'http://localhost:3000/', failures: 'http://localhost:3000/#failures' },
        },
      ],
    );
    assert.match(status.alerts[0]!.summary, /newsflow-enricher is falling behind/);
  });

  it('falls back to its own alerts, saying why, when Prometheus does not answer', async () => {
    const status = (await (await prometheusDown.call('/v1/pipeline/status')).json()) as Status;
    assert.equal(status.alertsFrom, 'api');
    assert.match(status.alertsError ?? '', /fetch failed|ECONNREFUSED/);
    assert.deepEqual(status.alerts, []);
  });
});
