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
 * The fetcher + robots gate pair for public sites (the SSRF guard refuses private, loopback,
 * link-local and metadata addresses at resolution) and the one for sources that explicitly
 * allow private networks (local demo and test sites).
 */
export function createFetchPaths(options: FetchPathOptions): { public: FetchPath; private: FetchPath } {
  const make = (allowPrivate: boolean): FetchPath => {
    const phaseTimeoutMs = Math.min(DEFAULT_PHASE_TIMEOUT_MS, options.fetchTimeoutMs);
    const fetcher = new PageFetcher({
      userAgent: options.userAgent,
      totalTimeoutMs: options.fetchTimeoutMs,
      headersTimeoutMs: phaseTimeoutMs,
      bodyTimeoutMs: phaseTimeoutMs,
      maxBodyBytes: options.maxBodyBytes,
      allowPrivate,
    });
    const robots = new RobotsGate({
      userAgent: options.userAgent,
      cache: options.robotsCache,
      fetchRobots: (robotsUrl) =>
        fetcher.fetch(robotsUrl, { accept: 'any', maxBodyBytes: ROBOTS_MAX_BYTES, truncateAtLimit: true }),
    });
    return { fetcher, robots };
  };
  return { public: make(false), private: make(true) };
}
