// Which failed fetches an operator should see in `failures`, and which are only counted.
// Pure: the fetch job and its final failure in, a decision out.
import type { FailureReason } from '@newsflow/crawl';
import type { FetchJob } from './frontier.ts';

export type FailureDecision =
  /** Recorded in `failures`, once per cause (its URL): the operator can act on it. */
  | { action: 'record'; cause: string }
  /** The host, not the page, is the problem: one failure for the host. */
  | { action: 'host'; cause: string }
  /** A link that leads nowhere: counted (by status) and remembered, not listed. */
  | { action: 'dead-link' };

// Failures of a page that say the host cannot be reached (or must not be): the next page of
// the same host would fail the same way, so they are one failure for the host.
const HOST_REASONS: ReadonlySet<string> = new Set<FailureReason>([
  'dns_failed',
  'connection_failed',
  'tls_failed',
  'private_address',
]);

/**
 * A start URL, feed or sitemap that fails (the operator configured or relies on it), and an
 * article that was fetched before and now fails (revisit), are failures of their own URL. A page
 * found by a link that fails is a dead link, unless its host is unreachable: then the host is.
 */
export function decideFailure(job: FetchJob, reason: string): FailureDecision {
  const isListing = (job.kind ?? 'page') !== 'page' || job.depth === 0;
  if (isListing || (job.revisit ?? 0) > 0) return { action: 'record', cause: urlCause(job.url) };
  if (HOST_REASONS.has(reason)) return { action: 'host', cause: hostCause(new URL(job.url).host) };
  return { action: 'dead-link' };
}

/** The cause of a URL's failures: one open failure per URL, whatever the reason. */
export const urlCause = (url: string) => `url ${url}`;
/** The cause of a host's failures (unreachable, robots.txt out for long). */
export const hostCause = (host: string) => `host ${host}`;
