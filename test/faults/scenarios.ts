// One fault per scenario, injected while the pipeline is mid-way through the fixture site. Kafka,
// the store and Redis that a scenario restarts are the run's own (or, for the store, cut behind a
// proxy): the shared services of the other tests are never stopped.
import type { FaultProxy, OwnKafka, OwnRedis } from '@newsflow/testing';
import type { Pipeline, ServiceName } from './pipeline.ts';

export interface FaultContext {
  pipeline: Pipeline;
  redis: OwnRedis;
  kafka: OwnKafka | null;
  storeProxy: FaultProxy | null;
}

export interface Scenario {
  name: string;
  /** What the fault is, for the table's legend. */
  description: string;
  /** Runs the whole pipeline on a Kafka of its own (to restart it). */
  ownKafka?: boolean;
  /** Reaches the store through a proxy it can cut. */
  storeProxy?: boolean;
  /**
   * Article pages fetched twice are tolerated: a SIGKILLed crawler's fetches in flight are done
   * again (at least once); everywhere else, and above all after a Redis restart, none may be.
   */
  refetchAllowed?: number;
  inject(context: FaultContext): Promise<void>;
}

const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));

function killAndRestart(name: ServiceName, refetchAllowed = 0): Scenario {
  return {
    name: `kill-${name}`,
    description: `SIGKILL the ${name}, restarted at once (as a supervisor would)`,
    refetchAllowed,
    async inject({ pipeline }) {
      await pipeline.kill(name);
      pipeline.start(name);
    },
  };
}

export const SCENARIOS: Scenario[] = [
  { name: 'baseline', description: 'no fault', inject: async () => undefined },
  // CRAWL_CONCURRENCY fetches may be in flight when the crawler dies.
  killAndRestart('crawler', 8),
  killAndRestart('parser'),
  killAndRestart('enricher'),
  killAndRestart('clusterer'),
  killAndRestart('api'),
  {
    name: 'restart-redis',
    description: 'Redis stopped for 6 s and started again (fetch queue, seen-set, retry jobs)',
    async inject({ redis }) {
      await redis.stop();
      await sleep(6000);
      await redis.start();
    },
  },
  {
    name: 'restart-kafka',
    description: 'Kafka stopped for 5 s and started again (own broker)',
    ownKafka: true,
    async inject({ kafka }) {
      await kafka!.stop();
      await sleep(5000);
      await kafka!.start();
    },
  },
  {
    name: 'store-outage',
    description: 'the store unreachable for 10 s (connections reset, new ones refused)',
    storeProxy: true,
    async inject({ storeProxy }) {
      storeProxy!.cut();
      await sleep(10_000);
      storeProxy!.restore();
    },
  },
  {
    name: 'sigterm-all',
    description: 'SIGTERM every service at once, then start them again',
    async inject({ pipeline }) {
      const codes = await pipeline.stopAll();
      if (codes.some((code) => code !== 0)) throw new Error(`a service exited ${codes.join(',')} on SIGTERM`);
      pipeline.startAll();
    },
  },
];
