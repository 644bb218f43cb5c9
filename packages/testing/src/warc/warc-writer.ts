// Writes small WARC files for tests: each record optionally its own gzip member, as
// Common Crawl does. Shared by the tests of packages/crawl and services/crawler.
import { gzipSync } from 'node:zlib';

export interface TestRecord {
  type: 'warcinfo' | 'request' | 'response' | 'metadata' | 'revisit';
  targetUri?: string;
  contentType?: string;
  block: string | Buffer;
  extraFields?: Record<string, string>;
}

export function warcRecord(record: TestRecord, version = '1.1', index = 0): Buffer {
  const block = Buffer.isBuffer(record.block) ? record.block : Buffer.from(record.block, 'utf8');
  const fields = [
    `WARC/${version}`,
    `WARC-Type: ${record.type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}>`,
    'WARC-Date: 2024-06-18T05:30:00Z',
    ...(record.targetUri ? [`WARC-Target-URI: ${record.targetUri}`] : []),
    ...(record.contentType ? [`Content-Type: ${record.contentType}`] : []),
    ...Object.entries(record.extraFields ?? {}).map(([name, value]) => `${name}: ${value}`),
    `Content-Length: ${block.byteLength}`,
  ];
  return Buffer.concat([Buffer.from(`${fields.join('\r\n')}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

export function httpResponse(status: number, headers: Record<string, string>, body: string | Buffer): Buffer {
  const head = [`HTTP/1.1 ${status} X`, ...Object.entries(headers).map(([n, v]) => `${n}: ${v}`)].join(
    '\r\n',
  );
  return Buffer.concat([
    Buffer.from(`${head}\r\n\r\n`, 'latin1'),
    Buffer.isBuffer(body) ? body : Buffer.from(body),
  ]);
}

export function writeWarc(records: TestRecord[], options: { gzip?: boolean; version?: string } = {}): Buffer {
  const parts = records.map((record, i) => {
    const raw = warcRecord(record, options.version, i);
    return options.gzip ? gzipSync(raw) : raw;
  });
  return Buffer.concat(parts);
}

/** Streams a buffer in small, unevenly sized chunks, to exercise record boundaries. */
export async function* chunked(bytes: Buffer, size = 7): AsyncGenerator<Uint8Array> {
  for (let offset = 0, n = 0; offset < bytes.length; n++) {
    const length = size + (n % 5) * 13;
    yield bytes.subarray(offset, offset + length);
    offset += length;
  }
}
