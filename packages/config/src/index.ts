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
} from './env.ts';
export { ConfigError, loadConfigOrExit, parseConfig } from './load.ts';
