import { createServer } from 'node:net';

/** A TCP port free on every interface right now (for a service process the test starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    // All interfaces, as the services bind: a port free on 127.0.0.1 may be taken on another
    // loopback address (the test sites listen on 127.0.0.2–127.0.0.23), and then 0.0.0.0 fails.
    server.listen(0, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
