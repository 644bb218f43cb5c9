// Reads WARC files (ISO 28500, WARC/1.0 and 1.1; plain or gzip with one member per record,
// as Common Crawl's CC-NEWS ships them) and yields the HTML responses they archive.
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ByteReader } from './byte-reader.ts';
import { HttpMessageError, parseHttpResponse } from './http-response.ts';

export interface WarcRecordHeader {
  version: string;
  /** Lower-case field names. */
  fields: Record<string, string>;
  contentLength: number;
}

export interface WarcResponse {
  warcVersion: string;
  recordId: string | null;
  /** WARC-Target-URI: the URL the page was fetched from. */
  targetUri: string;
  /** WARC-Date, ISO 8601. */
  capturedAt: string | null;
  httpStatus: number;
  /** HTTP response headers, lower-case names. */
  headers: Record<string, string>;
  contentType: string | null;
  /** Payload bytes, transfer- and content-decoded; decoding to text is extract's job. */
  body: Uint8Array;
}

export type WarcSkipReason =
  | 'not_response'
  | 'not_http'
  | 'http_status'
  | 'not_html'
  | 'too_large'
  | 'malformed_http';

export interface WarcSkip {
  reason: WarcSkipReason;
  warcType: string | null;
  targetUri: string | null;
  detail?: string;
}

export interface WarcReadOptions {
  /** Called for every record not yielded, with why (the import summary counts these). */
  onSkip?: (skip: WarcSkip) => void;
  /** Records larger than this are skipped unread; 5 MB matches the fetcher's page limit. */
  maxRecordBytes?: number;
  /** Also yield non-2xx responses (default: only 2xx). */
  includeAllStatuses?: boolean;
}

export class WarcFormatError extends Error {
  override name = 'WarcFormatError';
}

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

/** Yields HTML response records from a .warc or .warc.gz byte stream. */
export async function* readWarcResponses(
  stream: AsyncIterable<Uint8Array>,
  options: WarcReadOptions = {},
): AsyncGenerator<WarcResponse> {
  const maxRecordBytes = options.maxRecordBytes ?? 5 * 1024 * 1024;
  const skip = options.onSkip ?? (() => undefined);
  const reader = new ByteReader(await maybeGunzip(stream));
  try {
    yield* readRecords(reader, options, maxRecordBytes, skip);
  } catch (error) {
    // The reader's RangeErrors mean a truncated file or an absurd line: a format problem.
    if (error instanceof RangeError) throw new WarcFormatError(`truncated or corrupt WARC: ${error.message}`);
    throw error;
  }
}

async function* readRecords(
  reader: ByteReader,
  options: WarcReadOptions,
  maxRecordBytes: number,
  skip: (skip: WarcSkip) => void,
): AsyncGenerator<WarcResponse> {
  for (;;) {
    const header = await readRecordHeader(reader);
    if (!header) return;
    const warcType = header.fields['warc-type'] ?? null;
    const targetUri = header.fields['warc-target-uri']?.replace(/^<|>$/g, '') ?? null;
    const skipped = (reason: WarcSkipReason, detail?: string) =>
      skip({ reason, warcType, targetUri, ...(detail ? { detail } : {}) });

    const isHttpResponse =
      warcType === 'response' && /application\/http/i.test(header.fields['content-type'] ?? '');
    if (!isHttpResponse || header.contentLength > maxRecordBytes) {
      await reader.skipBytes(header.contentLength);
      await readRecordEnd(reader);
      if (warcType !== 'response') skipped('not_response');
      else if (!isHttpResponse) skipped('not_http');
      else skipped('too_large', `${header.contentLength} bytes`);
      continue;
    }
    const block = await reader.readBytes(header.contentLength);
    await readRecordEnd(reader);
    if (!targetUri || !/^https?:\/\//i.test(targetUri)) {
      skipped('not_http');
      continue;
    }
    let response: ReturnType<typeof parseHttpResponse>;
    try {
      response = parseHttpResponse(block, maxRecordBytes * 4);
    } catch (error) {
      if (error instanceof HttpMessageError) {
        skipped('malformed_http', error.message);
        continue;
      }
      throw error;
    }
    if (!options.includeAllStatuses && (response.status < 200 || response.status > 299)) {
      skipped('http_status', String(response.status));
      continue;
    }
    const contentType = response.headers['content-type'] ?? null;
    const identified = header.fields['warc-identified-payload-type'] ?? null;
    if (!isHtml(contentType ?? identified)) {
      skipped('not_html', contentType ?? identified ?? 'no content type');
      continue;
    }
    yield {
      warcVersion: header.version,
      recordId: header.fields['warc-record-id'] ?? null,
      targetUri,
      capturedAt: header.fields['warc-date'] ?? null,
      httpStatus: response.status,
      headers: response.headers,
      contentType,
      body: response.body,
    };
  }
}

function isHtml(contentType: string | null): boolean {
  if (!contentType) return false;
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  return HTML_TYPES.includes(mime);
}

async function readRecordHeader(reader: ByteReader): Promise<WarcRecordHeader | null> {
  let line = await reader.readLine();
  // Tolerate stray blank lines between records (some writers add extra CRLFs).
  while (line !== null && line.trim() === '') line = await reader.readLine();
  if (line === null) return null;
  const version = /^WARC\/(1\.[01])$/.exec(line.trim());
  if (!version)
    throw new WarcFormatError(`expected WARC/1.0 or WARC/1.1 at byte ${reader.offset}: ${line.slice(0, 40)}`);
  const fields: Record<string, string> = {};
  for (line = await reader.readLine(); line !== null && line !== ''; line = await reader.readLine()) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const contentLength = Number(fields['content-length']);
  if (!Number.isInteger(contentLength) || contentLength < 0) {
    throw new WarcFormatError(`record without a valid Content-Length at byte ${reader.offset}`);
  }
  return { version: version[1]!, fields, contentLength };
}

// A record block is followed by two CRLFs.
async function readRecordEnd(reader: ByteReader): Promise<void> {
  for (let i = 0; i < 2; i++) {
    const line = await reader.readLine();
    if (line === null) return;
    if (line !== '') throw new WarcFormatError(`record not followed by CRLF CRLF at byte ${reader.offset}`);
  }
}

// gzip is recognised by its magic bytes, not the file name; zlib's gunzip reads every
// member of a multi-member file in turn.
async function maybeGunzip(stream: AsyncIterable<Uint8Array>): Promise<AsyncIterable<Uint8Array>> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return (async function* () {})();
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield (first as IteratorYieldResult<Uint8Array>).value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const head = first.value;
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const gunzip = createGunzip();
    const source = Readable.from(replay());
    source.on('error', (error) => gunzip.destroy(error));
    return source.pipe(gunzip);
  }
  return replay();
}
