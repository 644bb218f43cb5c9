import type { Logger } from 'pino';

/**
 * Graceful shutdown on SIGTERM/SIGINT: runs the steps in order (stop consuming, finish in-flight
 * work, commit, close connections), then exits. A second signal, or a step hanging past the
 * deadline, exits at once with status 1.
 */
export function onShutdown(
  logger: Logger,
  steps: Array<() => Promise<unknown>>,
  deadlineMs = 25_000,
): () => boolean {
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error('shutdown deadline passed: exiting');
      process.exit(1);
    }, deadlineMs);
    deadline.unref();
    let failed = false;
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        failed = true;
        logger.error({ err: error }, 'shutdown step failed');
      }
    }
    logger.info('stopped');
    process.exit(failed ? 1 : 0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  return () => shuttingDown;
}
