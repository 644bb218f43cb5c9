// The HTTP response stored in a WARC response record: status line, headers, payload.
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export interface HttpResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  body: Uint8Array;
}

export class HttpMessageError extends Error {
  override name = 'HttpMessageError';
}

/** Parses a raw HTTP/1.x response; undoes chunked transfer and content encodings (bounded). */
export function parseHttpResponse(block: Buffer, maxBodyBytes: number): HttpResponse {
  const headerEnd = findHeaderEnd(block);
  if (headerEnd === null) throw new HttpMessageError('no end of HTTP headers');
  const lines = block.toString('latin1', 0, headerEnd.at).split(/\r?\n/);
  const statusLine = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!statusLine) throw new HttpMessageError(`bad status line: ${(lines[0] ?? '').slice(0, 80)}`);
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  let body: Uint8Array = block.subarray(headerEnd.bodyStart);
  if (/\bchunked\b/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(Buffer.from(body));
  body = decodeContent(body, headers['content-encoding'], maxBodyBytes);
  return { status: Number(statusLine[1]), headers, body };
}

function findHeaderEnd(block: Buffer): { at: number; bodyStart: number } | null {
  const crlf = block.indexOf('\r\n\r\n');
  const lf = block.indexOf('\n\n');
  if (crlf !== -1 && (lf === -1 || crlf < lf)) return { at: crlf, bodyStart: crlf + 4 };
  if (lf !== -1) return { at: lf, bodyStart: lf + 2 };
  return null;
}

function dechunk(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', pos);
    if (lineEnd === -1) break;
    const size = Number.parseInt(raw.toString('latin1', pos, lineEnd).split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    pos = lineEnd + 2 + size + 2;
  }
  // Not actually chunked (some archivers decode but keep the header): keep the bytes.
  return parts.length === 0 ? raw : Buffer.concat(parts);
}

function decodeContent(body: Uint8Array, encoding: string | undefined, maxBytes: number): Uint8Array {
  const value = (encoding ?? '').trim().toLowerCase();
  if (value === '' || value === 'identity' || body.byteLength === 0) return body;
  const options = { maxOutputLength: maxBytes };
  try {
    if (value === 'gzip' || value === 'x-gzip') return gunzipSync(body, options);
    if (value === 'deflate') return inflateSync(body, options);
    if (value === 'br') return brotliDecompressSync(body, options);
  } catch (error) {
    throw new HttpMessageError(`cannot decode ${value} body: ${(error as Error).message}`);
  }
  throw new HttpMessageError(`unsupported Content-Encoding ${value}`);
}
