export { ApiClient, type ApiClientOptions, ApiError, queryString } from './api-client.ts';
export { runCli, USAGE } from './cli.ts';
export {
  type Deployment,
  type DroppedDeployment,
  deploymentTopics,
  dropDeployment,
} from './deployment/drop-deployment.ts';
export { type Output, ProgressBar, processOutput, table } from './output.ts';
