// infra/monitoring agrees with the code: Prometheus scrapes each service on the port compose gives
// it, and every metric the Grafana dashboard queries is one a service defines.
import assert from 'node:assert/strict';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '@newsflow/testing';
import { parse } from 'yaml';

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const compose = parse(read('docker-compose.yml'), { merge: true }) as {
  services: Record<string, { environment?: Record<string, string>; volumes?: string[]; image?: string }>;
};
const prometheus = parse(read('infra/monitoring/prometheus.yml')) as {
  scrape_configs: { static_configs: { targets: string[] }[] }[];
};
const dashboard = JSON.parse(read('infra/monitoring/grafana/dashboards/newsflow.json')) as {
  panels: { title: string; targets: { expr: string }[] }[];
};

describe('monitoring configuration', () => {
  it('scrapes every service on its compose port', () => {
    const targets = prometheus.scrape_configs
      .flatMap((job) => job.static_configs.flatMap((c) => c.targets))
      .sort();
    const expected = ['crawler', 'parser', 'enricher', 'clusterer', 'api']
      .map((name) => `${name}:${compose.services[name]?.environment?.PORT}`)
      .sort();
    assert.deepEqual(targets, expected);
  });

  it('runs Prometheus and Grafana in compose with the files that exist', () => {
    for (const name of ['prometheus', 'grafana']) {
      const service = compose.services[name];
      assert.ok(service?.image, `${name} has an image`);
      for (const volume of service.volumes ?? []) {
        const host = volume.split(':')[0]!;
        assert.ok(existsSync(join(REPO_ROOT, host)), `${name} mounts ${host}`);
      }
    }
  });

  it('queries only metrics that a service defines', () => {
    const sources = globSync(['services/*/src/**/*.ts', 'packages/*/src/**/*.ts'], { cwd: REPO_ROOT })
      .map((file) => read(file))
      .join('\n');
    const queried = new Set(
      dashboard.panels
        .flatMap((panel) => panel.targets.map((target) => target.expr))
        .flatMap((expr) => expr.match(/\b(newsflow|crawler)_[a-z_]+\b/g) ?? [])
        .map((metric) => metric.replace(/_(bucket|sum|count)$/, '')),
    );
    assert.ok(queried.size >= 10, `${queried.size} metrics queried`);
    for (const metric of queried)
      assert.ok(sources.includes(`name: '${metric}'`), `${metric} is defined in code`);
  });
});
