import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** Where the real Kafka, MongoDB-protocol server and Redis that tests use are. */
export interface TestServices {
  kafkaBrokers: string[];
  mongoUri: string;
  redisUrl: string;
  /** How they were found: explicit URLs, Testcontainers, or the local infra scripts. */
  origin: 'environment' | 'testcontainers' | 'local-infra';
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

let services: Promise<TestServices> | undefined;

/**
 * The services for this test process, found once: explicit URLs from the environment first
 * (NEWSFLOW_TEST_KAFKA_BROKERS, NEWSFLOW_TEST_MONGODB_URI, NEWSFLOW_TEST_REDIS_URL), else
 * Testcontainers where a Docker engine answers, else the local infra (`infra/local/infra.sh up`,
 * idempotent, so concurrent test files share one set of processes).
 */
export function getTestServices(): Promise<TestServices> {
  services ??= findServices();
  return services;
}

async function findServices(): Promise<TestServices> {
  const env = process.env;
  if (env.NEWSFLOW_TEST_KAFKA_BROKERS && env.NEWSFLOW_TEST_MONGODB_URI && env.NEWSFLOW_TEST_REDIS_URL) {
    return {
      kafkaBrokers: env.NEWSFLOW_TEST_KAFKA_BROKERS.split(','),
      mongoUri: env.NEWSFLOW_TEST_MONGODB_URI,
      redisUrl: env.NEWSFLOW_TEST_REDIS_URL,
      origin: 'environment',
    };
  }
  if (await dockerAnswers()) return startContainers();
  return startLocalInfra();
}

/** True when a Docker engine answers its ping (DOCKER_HOST or the default socket). */
async function dockerAnswers(): Promise<boolean> {
  const socketPath = process.env.DOCKER_HOST?.startsWith('unix://')
    ? process.env.DOCKER_HOST.slice('unix://'.length)
    : '/var/run/docker.sock';
  if (!existsSync(socketPath)) return false;
  return new Promise((resolvePing) => {
    const req = request({ socketPath, path: '/_ping', timeout: 1500 }, (res) => {
      res.resume();
      resolvePing(res.statusCode === 200);
    });
    req.on('error', () => resolvePing(false));
    req.on('timeout', () => {
      req.destroy();
      resolvePing(false);
    });
    req.end();
  });
}

async function startContainers(): Promise<TestServices> {
  // Loaded only when Docker is there: the modules are heavy and useless without it.
  const [{ KafkaContainer }, { MongoDBContainer }, { RedisContainer }] = await Promise.all([
    import('@testcontainers/kafka'),
    import('@testcontainers/mongodb'),
    import('@testcontainers/redis'),
  ]);
  const [kafka, mongo, redis] = await Promise.all([
    new KafkaContainer('confluentinc/cp-kafka:7.9.1').withKraft().start(),
    new MongoDBContainer('mongo:7').start(),
    new RedisContainer('redis:7').start(),
  ]);
  return {
    kafkaBrokers: [`${kafka.getHost()}:${kafka.getMappedPort(9093)}`],
    mongoUri: `${mongo.getConnectionString()}?directConnection=true`,
    redisUrl: redis.getConnectionUrl(),
    origin: 'testcontainers',
  };
}

async function startLocalInfra(): Promise<TestServices> {
  await promisify(execFile)('bash', [resolve(REPO_ROOT, 'infra/local/infra.sh'), 'up'], {
    cwd: REPO_ROOT,
    timeout: 15 * 60_000,
  });
  const port = (name: string, fallback: number) => Number(process.env[`NEWSFLOW_${name}_PORT`] ?? fallback);
  return {
    kafkaBrokers: [`127.0.0.1:${port('KAFKA', 9092)}`],
    mongoUri: `mongodb://127.0.0.1:${port('FERRETDB', 27017)}/`,
    redisUrl: `redis://127.0.0.1:${port('REDIS', 6379)}`,
    origin: 'local-infra',
  };
}
