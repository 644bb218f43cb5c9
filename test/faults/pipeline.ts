// The four services as processes for one fault-suite run, with what a supervisor would do:
// restart a killed one, stop them all gracefully, and tell when every one is ready.
import { freePort, type ServiceProcess, startService } from '@newsflow/testing';

export const SERVICES = ['crawler', 'parser', 'enricher', 'clusterer', 'api'] as const;
export type ServiceName = (typeof SERVICES)[number];

export interface Pipeline {
  start(name: ServiceName): void;
  startAll(): void;
  /** SIGKILL: no shutdown at all, as in an OOM kill or a power cut of one process. */
  kill(name: ServiceName): Promise<void>;
  /** SIGTERM to every service at once, waiting for each to exit. */
  stopAll(): Promise<Array<number | null>>;
  /** True when every service's /readyz answers 200. */
  allReady(): Promise<boolean>;
  /** Services that exited on their own with a failure and were started again. */
  restarts(): number;
  /** Each service's output so far (every incarnation), for a failed run's report. */
  output(): string;
}

export async function createPipeline(
  env: Record<string, string>,
  extra: Partial<Record<ServiceName, Record<string, string>>>,
) {
  const ports = Object.fromEntries(
    await Promise.all(SERVICES.map(async (name) => [name, await freePort()] as const)),
  ) as Record<ServiceName, number>;
  const running = new Map<ServiceName, ServiceProcess>();
  const logs: string[] = [];
  const keepLog = (process: ServiceProcess) =>
    logs.push(`--- ${process.name} ---\n${process.output().slice(-20_000)}`);

  let restarts = 0;
  const pipeline: Pipeline = {
    start(name) {
      const process = startService(name, { ...env, ...extra[name], PORT: String(ports[name]) });
      running.set(name, process);
      // As compose's `restart: on-failure`: a service that exits on its own with a failure (e.g.
      // the store watchdog) is started again; the ones this suite kills or stops are not.
      void process.exited.then((code) => {
        if (running.get(name) !== process || code === 0) return;
        keepLog(process);
        restarts++;
        setTimeout(() => {
          if (running.get(name) === process) pipeline.start(name);
        }, 1000);
      });
    },
    restarts: () => restarts,
    startAll() {
      for (const name of SERVICES) pipeline.start(name);
    },
    async kill(name) {
      const process = running.get(name);
      if (!process) return;
      running.delete(name); // first: its exit is ours, not a failure to restart
      process.child.kill('SIGKILL');
      await process.exited;
      keepLog(process);
    },
    async stopAll() {
      const processes = [...running.values()];
      running.clear(); // first: these exits are ours, not failures to restart
      const codes = await Promise.all(processes.map((process) => process.stop(30_000)));
      for (const process of processes) keepLog(process);
      return codes;
    },
    async allReady() {
      const answers = await Promise.all(
        SERVICES.map((name) =>
          fetch(`http://127.0.0.1:${ports[name]}/readyz`, { signal: AbortSignal.timeout(3000) })
            .then((res) => res.status === 200)
            .catch(() => false),
        ),
      );
      return answers.every(Boolean);
    },
    output: () =>
      [
        ...logs,
        ...[...running.values()].map((p) => `--- ${p.name} (running) ---\n${p.output().slice(-20_000)}`),
      ].join('\n'),
  };
  return { pipeline, apiUrl: `http://127.0.0.1:${ports.api}` };
}
