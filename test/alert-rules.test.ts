// The alerting rules (infra/monitoring/rules): valid for the Prometheus of docker-compose.yml,
// green under `promtool test rules` with a firing and a quiet case per alert, linking the status
// page, and reading only metrics the services define. promtool is built once into .cache/ by
// infra/local/promtool.sh (scripts/setup.sh does it before the suite).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '@newsflow/testing';
import { parse } from 'yaml';

const RULES = 'infra/monitoring/rules/newsflow.rules.yml';
const TESTS = globSync('infra/monitoring/rules/*.rules.test.yml', { cwd: REPO_ROOT }).sort();
const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

interface Rule {
  alert?: string;
  record?: string;
  expr: string;
  annotations?: Record<string, string>;
}
const rules = (parse(read(RULES)) as { groups: { rules: Rule[] }[] }).groups.flatMap((g) => g.rules);
const alerts = rules.filter((rule) => rule.alert);

interface AlertTest {
  alertname: string;
  exp_alerts?: unknown[];
}
const cases = TESTS.flatMap((file) =>
  (parse(read(file)) as { tests: { alert_rule_test?: AlertTest[] }[] }).tests.flatMap(
    (test) => test.alert_rule_test ?? [],
  ),
);

function promtool(...args: string[]) {
  return spawnSync('bash', [join(REPO_ROOT, 'infra/local/promtool.sh'), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
}

describe('alerting rules', () => {
  it('pass promtool check rules', () => {
    const result = promtool('check', 'rules', RULES);
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('pass their promtool unit tests', () => {
    assert.ok(TESTS.length >= 2, TESTS.join(', '));
    const result = promtool('test', 'rules', ...TESTS);
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('the Prometheus configuration loads them', () => {
    const result = promtool('check', 'config', 'infra/monitoring/prometheus.yml');
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /newsflow\.rules\.yml/);
  });

  it('have a firing and a quiet test case per alert', () => {
    assert.ok(alerts.length >= 7, `${alerts.length} alerts`);
    for (const { alert } of alerts) {
      const own = cases.filter((c) => c.alertname === alert);
      assert.ok(
        own.some((c) => (c.exp_alerts ?? []).length > 0),
        `${alert} has a case where it fires`,
      );
      assert.ok(
        own.some((c) => (c.exp_alerts ?? []).length === 0),
        `${alert} has a case where it stays quiet`,
      );
    }
  });

  it('name what broke and link to the status page and its failures', () => {
    for (const { alert, annotations } of alerts) {
      assert.match(annotations?.summary ?? '', /\{\{ \$labels\.\w+ \}\}/, `${alert}: summary names a label`);
      assert.match(annotations?.status_page ?? '', /^\{\{ \$externalLabels\.status_page \}\}\//, alert);
      assert.match(annotations?.failures ?? '', /#failures$/, alert);
    }
  });

  it('read only metrics that a service defines', () => {
    const sources = globSync(['services/*/src/**/*.ts', 'packages/*/src/**/*.ts'], { cwd: REPO_ROOT })
      .map((file) => read(file))
      .join('\n');
    const metrics = new Set(
      rules.flatMap((rule) => rule.expr.match(/\b(newsflow|crawler)_[a-z_]+\b/g) ?? []),
    );
    assert.ok(metrics.size >= 6, `${metrics.size} metrics read`);
    for (const metric of metrics)
      assert.ok(sources.includes(`name: '${metric}'`), `${metric} is defined in code`);
  });
});
