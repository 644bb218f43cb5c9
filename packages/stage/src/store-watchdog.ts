import type { Logger } from '@newsflow/observability';

/**
 * Exits the process when the store has not answered a ping for `unreadyExitMs`, so that the
 * supervisor (compose `restart: on-failure`, systemd, Kubernetes) starts a fresh one. Why: in the
 * fault suite, after a 10 s store outage, one worker's MongoDB driver once never reconnected (its
 * server monitor stuck on a closed connection, no socket open, for over ten minutes) while the
 * other services recovered: /readyz said so, but nothing acted on it, and its Kafka partitions
 * stayed assigned to it, stuck. A fresh process reconnects; at SIGTERM-free exit its offsets are
 * simply not committed past what was done, so nothing is lost.
 */
export function watchStore(options: {
  ping: () => Promise<unknown>;
  unreadyExitMs: number;
  logger: Logger;
  /** How often to ping; the check's own timeout is the same. */
  intervalMs?: number;
  exit?: (code: number) => void;
}): () => void {
  if (options.unreadyExitMs <= 0) return () => undefined;
  const intervalMs = options.intervalMs ?? Math.min(5000, options.unreadyExitMs / 4);
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let okAt = Date.now();
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    let timeout: NodeJS.Timeout | undefined;
    Promise.race([
      options.ping(),
      new Promise((_, reject) => {
        timeout = setTimeout(() => reject(new Error('ping timed out')), intervalMs);
      }),
    ])
      .then(() => {
        okAt = Date.now();
      })
      .catch((error: Error) => {
        const downMs = Date.now() - okAt;
        if (downMs < options.unreadyExitMs) return;
        options.logger.fatal(
          { err: error, downMs },
          'the store has not answered for too long: exiting so that a fresh process reconnects',
        );
        exit(1);
      })
      .finally(() => {
        clearTimeout(timeout);
        checking = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
