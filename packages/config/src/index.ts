export {
  apiEnv,
  clustererEnv,
  crawlerEnv,
  enricherEnv,
  kafkaEnv,
  mongoEnv,
  parserEnv,
  redisEnv,
  retryEnv,
  SERVICE_ENV,
  type ServiceName,
  serviceEnv,
  workerEnv,
} from './env.ts';
export { CONFIG_ERROR_EXIT, ConfigError, exitOnConfigError, loadConfigOrExit, parseConfig } from './load.ts';
