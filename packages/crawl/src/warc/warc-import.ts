// Publishes the HTML responses of a WARC file (e.g. Common Crawl's CC-NEWS) as pages.fetched.v1,
// as if the crawler had fetched them, and reports what it skipped and why.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { newTraceId, type PageFetched, PageFetchedV1 } from '@newsflow/contracts';
import { decodeHtml } from '@newsflow/extract';
import { canonicalUrl } from '../url/canonical-url.ts';
import { readWarcResponses, type WarcResponse } from './warc-reader.ts';

/**
 * Imported pages are announced at the deepest depth the contract allows, beyond any crawl depth,
 * so the crawler does not follow the links the parser finds in them: an archive import parses
 * what is archived, it does not start a crawl (the crawler's `import-warc` and the `newsflow` CLI both import through here).
 */
export const IMPORT_DEPTH = 100;

export interface WarcImportOptions {
  /** A .warc or .warc.gz file (gzip detected by magic number, not by name). */
  file: string;
  /** Source name the pages are published under. */
  source: string;
  timezone?: string | null;
  language?: string | null;
  /** Sends a batch of pages; resolves once they are durably published. */
  publish: (pages: PageFetched[]) => Promise<void>;
  /** Called as the file is read: bytes read so far of the total, and pages published. */
  onProgress?: (progress: { bytesRead: number; totalBytes: number; published: number }) => void;
  /** Pages per publish call; 50 keeps a batch of typical 130 KB pages near 1.5 MB gzipped. */
  batchSize?: number;
  /** Records larger than this are skipped; default 5 MB, the crawler's page limit. */
  maxRecordBytes?: number;
}

export interface WarcImportSummary {
  published: number;
  /** Records not published, by reason: the WARC reader's (not_response, not_html, http_status,
   *  too_large, …) and the importer's own (invalid_url, duplicate_url, invalid_page). */
  skipped: Record<string, number>;
  bytesRead: number;
}

export async function importWarc(options: WarcImportOptions): Promise<WarcImportSummary> {
  const totalBytes = (await stat(options.file)).size;
  const batchSize = options.batchSize ?? 50;
  const skipped: Record<string, number> = {};
  const skip = (reason: string) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  const seen = new Set<string>();
  let bytesRead = 0;
  let published = 0;
  let batch: PageFetched[] = [];
  const report = () => options.onProgress?.({ bytesRead, totalBytes, published });

  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of createReadStream(options.file) as AsyncIterable<Buffer>) {
      bytesRead += chunk.byteLength;
      yield chunk;
    }
  }
  const flush = async () => {
    if (batch.length === 0) return;
    await options.publish(batch);
    published += batch.length;
    batch = [];
    report();
  };

  const responses = readWarcResponses(counted(), {
    onSkip: (warcSkip) => skip(warcSkip.reason),
    maxRecordBytes: options.maxRecordBytes ?? 5 * 1024 * 1024,
  });
  for await (const response of responses) {
    const page = toPage(response, options, skip, seen);
    if (page) batch.push(page);
    if (batch.length >= batchSize) await flush();
    else report();
  }
  await flush();
  report();
  return { published, skipped, bytesRead };
}

function toPage(
  response: WarcResponse,
  options: WarcImportOptions,
  skip: (reason: string) => void,
  seen: Set<string>,
): PageFetched | null {
  let url: string;
  try {
    url = canonicalUrl(response.targetUri);
  } catch {
    skip('invalid_url');
    return null;
  }
  // CC-NEWS captures some URLs more than once; the first capture stands.
  if (seen.has(url)) {
    skip('duplicate_url');
    return null;
  }
  seen.add(url);
  const parsed = PageFetchedV1.safeParse({
    schemaVersion: 1,
    traceId: newTraceId(),
    source: options.source,
    url,
    finalUrl: url,
    status: response.httpStatus,
    contentType: response.contentType,
    fetchedAt: response.capturedAt ? new Date(response.capturedAt).toISOString() : new Date().toISOString(),
    depth: IMPORT_DEPTH,
    html: decodeHtml(response.body, response.contentType),
    ...(options.timezone ? { timezone: options.timezone } : {}),
    ...(options.language ? { language: options.language } : {}),
  });
  if (!parsed.success) {
    skip('invalid_page');
    return null;
  }
  return parsed.data;
}
