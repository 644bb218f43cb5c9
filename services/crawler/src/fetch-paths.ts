import { PageFetcher, type RobotsCache, RobotsGate } from '@newsflow/crawl';
import type { FetchPath } from './fetch-page-job.ts';

export interface FetchPathOptions {
  userAgent: string;
  fetchTimeoutMs: number;
  maxBodyBytes: number;
  robotsCache: RobotsCache;
}

// RFC 9309 §2.5: at least the first 500 KiB of a robots.txt is parsed; the rest is ignored.
const ROBOTS_MAX_BYTES = 500 * 1024;

// The fetcher's own headers/body-idle defaults are 15 s; a shorter whole-fetch timeout caps them.
const DEFAULT_PHASE_TIMEOUT_MS = 15_000;

/**
 * Fetcher + robots gate pairs: one for public sites (the SSRF guard refuses private, loopback,
 * link-local and metadata addresses at resolution) and one for sources that explicitly allow
 * private networks (local demo and test sites), each per user agent (a source may set its own;
 * robots.txt rules are then matched on its token). Created on first use, kept for reuse.
 */
export function createFetchPaths(options: FetchPathOptions) {
  const paths = new Map<string, FetchPath>();
  const make = (allowPrivate: boolean, userAgent: string): FetchPath => {
    const phaseTimeoutMs = Math.min(DEFAULT_PHASE_TIMEOUT_MS, options.fetchTimeoutMs);
    const fetcher = new PageFetcher({
      userAgent,
      totalTimeoutMs: options.fetchTimeoutMs,
      headersTimeoutMs: phaseTimeoutMs,
      bodyTimeoutMs: phaseTimeoutMs,
      maxBodyBytes: options.maxBodyBytes,
      allowPrivate,
    });
    const robots = new RobotsGate({
      userAgent,
      cache: options.robotsCache,
      fetchRobots: (robotsUrl) =>
        fetcher.fetch(robotsUrl, { accept: 'any', maxBodyBytes: ROBOTS_MAX_BYTES, truncateAtLimit: true }),
    });
    return { fetcher, robots };
  };
  return {
    pathFor(source: { allowPrivateNetwork: boolean; userAgent?: string | null }): FetchPath {
      const userAgent = source.userAgent || options.userAgent;
      const key = `${source.allowPrivateNetwork}|${userAgent}`;
      let path = paths.get(key);
      if (!path) {
        path = make(source.allowPrivateNetwork, userAgent);
        paths.set(key, path);
      }
      return path;
    },
    async close(): Promise<void> {
      await Promise.all([...paths.values()].map((path) => path.fetcher.close()));
    },
  };
}
export type FetchPaths = ReturnType<typeof createFetchPaths>;
