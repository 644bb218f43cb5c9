// trafilatura 2.3.1 (Python) as a second baseline, run on the same decoded pages in the same
// bench run. It lives in a venv under <repo>/.cache/py-trafilatura, created here on first use
// when python3 exists (pip, from PyPI); without python3 the bench says so and leaves it out.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BaselineResult } from './readability-baseline.ts';

export const TRAFILATURA_VERSION = '2.3.1';
const repoRoot = resolve(import.meta.dirname, '../../..');
const venv = resolve(repoRoot, '.cache/py-trafilatura');
const python = resolve(venv, 'bin/python');

export interface TrafilaturaRun {
  version: string;
  results: Map<string, BaselineResult & { ms: number }>;
}

/** Creates the venv when it is missing; returns null (and why) when there is no python3. */
export function ensureTrafilatura(): { ok: true } | { ok: false; why: string } {
  if (existsSync(python)) return { ok: true };
  const probe = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) return { ok: false, why: 'python3 not found: trafilatura left out' };
  console.error(`setting up trafilatura ${TRAFILATURA_VERSION} in ${venv} (pip, once)`);
  const steps: [string, string[]][] = [
    ['python3', ['-m', 'venv', venv]],
    // lxml 6 moved lxml.html.clean out; jusText (a trafilatura dependency) still imports it.
    [resolve(venv, 'bin/pip'), ['install', '-q', `trafilatura==${TRAFILATURA_VERSION}`, 'lxml_html_clean']],
  ];
  for (const [cmd, cmdArgs] of steps) {
    const run = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
    if (run.status !== 0) return { ok: false, why: `${cmd} ${cmdArgs.join(' ')} failed` };
  }
  return { ok: true };
}

export function runTrafilatura(pages: { id: string; url: string; html: string }[]): TrafilaturaRun {
  const run = spawnSync(python, [resolve(import.meta.dirname, 'trafilatura-baseline.py')], {
    input: JSON.stringify(pages),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`trafilatura run failed: ${run.stderr.slice(-2000)}`);
  const lines = run.stdout.split('\n').filter(Boolean);
  const header = JSON.parse(lines[0] ?? '{}') as { version?: string };
  const results = new Map<string, BaselineResult & { ms: number }>();
  for (const line of lines.slice(1)) {
    const r = JSON.parse(line) as BaselineResult & { id: string; ms: number };
    results.set(r.id, {
      title: r.title,
      authors: r.authors,
      publishedAt: r.publishedAt,
      body: r.body,
      ms: r.ms,
    });
  }
  return { version: header.version ?? '?', results };
}
