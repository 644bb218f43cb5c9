// What a fetch returns: the page's raw bytes, or a failure classified for the retry policy.

/** One hop of a redirect chain, in the order followed. */
export interface RedirectHop {
  from: string;
  to: string;
  status: number;
}

export interface FetchTimings {
  /** Epoch ms when the fetch started. */
  startedAt: number;
  /** From start until the final response's headers arrived. */
  headersMs: number | null;
  /** From start until the body was read (or the fetch failed). */
  totalMs: number;
}

/** A page as fetched: bytes only; decoding to text is the extract package's `decodeHtml`. */
export interface FetchedPage {
  ok: true;
  /** True for a 304 answer to a conditional GET: `body` is empty, keep the stored copy. */
  notModified: boolean;
  requestedUrl: string;
  finalUrl: string;
  status: number;
  /** The Content-Type header as sent (charset included), or null. */
  contentType: string | null;
  /** Response headers, lower-case names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** Decompressed body. */
  body: Uint8Array;
  /** Bytes received on the wire (before decompression). */
  wireBytes: number;
  /** The body was cut at the size limit (only when the caller asked for truncateAtLimit). */
  truncated: boolean;
  etag: string | null;
  lastModified: string | null;
  redirects: RedirectHop[];
  timings: FetchTimings;
}

/** transient: worth retrying later (with backoff); permanent: record once, never retry. */
export type FailureKind = 'transient' | 'permanent';

export type FailureReason =
  | 'timeout'
  | 'connection_failed'
  | 'tls_failed'
  | 'dns_failed'
  | 'http_429'
  | 'http_5xx'
  | 'http_404'
  | 'http_410'
  | 'http_4xx'
  | 'too_large'
  | 'decompression_limit'
  | 'unsupported_encoding'
  | 'not_html'
  | 'redirect_loop'
  | 'too_many_redirects'
  | 'disallowed'
  | 'robots_unavailable'
  | 'redirect_stopped'
  | 'private_address'
  | 'invalid_url';

export interface FetchFailure {
  ok: false;
  kind: FailureKind;
  reason: FailureReason;
  message: string;
  requestedUrl: string;
  /** The URL being fetched when it failed (differs from requestedUrl after redirects). */
  url: string;
  /** HTTP status when the failure is an HTTP answer. */
  status: number | null;
  /** From `Retry-After` on 429/503 (and any other answer carrying it), in ms. */
  retryAfterMs: number | null;
  redirects: RedirectHop[];
  timings: FetchTimings;
}

export type FetchResult = FetchedPage | FetchFailure;

const KIND_BY_REASON: Record<FailureReason, FailureKind> = {
  timeout: 'transient',
  connection_failed: 'transient',
  // A certificate problem is the site's to fix; retrying within minutes will not help.
  tls_failed: 'permanent',
  dns_failed: 'transient',
  http_429: 'transient',
  http_5xx: 'transient',
  http_404: 'permanent',
  http_410: 'permanent',
  http_4xx: 'permanent',
  too_large: 'permanent',
  decompression_limit: 'permanent',
  unsupported_encoding: 'permanent',
  not_html: 'permanent',
  redirect_loop: 'permanent',
  too_many_redirects: 'permanent',
  disallowed: 'permanent',
  // robots.txt answered 429/5xx or not at all: the host is deferred and asked again.
  robots_unavailable: 'transient',
  // The caller's beforeRedirect hook declined a hop (the target was fetched already, say).
  redirect_stopped: 'permanent',
  private_address: 'permanent',
  invalid_url: 'permanent',
};

export function failureKind(reason: FailureReason): FailureKind {
  return KIND_BY_REASON[reason];
}

/** The failure reason for a final (non-redirect, non-2xx, non-304) HTTP status. */
export function reasonForStatus(status: number): FailureReason {
  if (status === 429) return 'http_429';
  if (status >= 500) return 'http_5xx';
  if (status === 404) return 'http_404';
  if (status === 410) return 'http_410';
  // 408 Request Timeout is the server asking us to try again.
  if (status === 408) return 'timeout';
  return 'http_4xx';
}
