// Reads a response body under two limits, enforced while streaming: bytes on the wire and
// bytes after decompression (the gzip/deflate/brotli bomb guard). Nothing beyond a limit is
// buffered: the first chunk past it aborts the stream, which closes the connection.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

export interface BodyLimits {
  /** Maximum bytes received on the wire. */
  maxWireBytes: number;
  /** Maximum bytes after decompression. */
  maxDecodedBytes: number;
  /** Keep the first maxWireBytes and stop, instead of failing (robots.txt: RFC 9309 §2.5). */
  truncate?: boolean;
}

export class BodyLimitError extends Error {
  readonly reason: 'too_large' | 'decompression_limit' | 'unsupported_encoding';
  constructor(reason: BodyLimitError['reason'], message: string) {
    super(message);
    this.name = 'BodyLimitError';
    this.reason = reason;
  }
}

export interface ReadBody {
  body: Uint8Array;
  wireBytes: number;
  /** True when `truncate` cut the body at the wire limit. */
  truncated: boolean;
}

type Decoding = 'identity' | 'gzip' | 'deflate' | 'br' | 'zstd';

/** The decoding named by a Content-Encoding header; throws for one we did not ask for. */
export function decodingFor(contentEncoding: string | null | undefined): Decoding {
  const value = (contentEncoding ?? '').trim().toLowerCase();
  if (value === '' || value === 'identity') return 'identity';
  if (value === 'gzip' || value === 'x-gzip') return 'gzip';
  if (value === 'deflate') return 'deflate';
  if (value === 'br') return 'br';
  if (value === 'zstd') return 'zstd';
  throw new BodyLimitError('unsupported_encoding', `unsupported Content-Encoding: ${value}`);
}

export async function readBody(
  source: AsyncIterable<Uint8Array>,
  contentEncoding: string | null | undefined,
  limits: BodyLimits,
): Promise<ReadBody> {
  const decoding = decodingFor(contentEncoding);
  let wireBytes = 0;
  let truncated = false;
  async function* countWire(): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      if (wireBytes + chunk.byteLength > limits.maxWireBytes) {
        if (!limits.truncate) {
          throw new BodyLimitError('too_large', `body exceeds ${limits.maxWireBytes} bytes`);
        }
        const keep = limits.maxWireBytes - wireBytes;
        wireBytes += keep;
        truncated = true;
        if (keep > 0) yield chunk.subarray(0, keep);
        return;
      }
      wireBytes += chunk.byteLength;
      yield chunk;
    }
  }

  const chunks: Uint8Array[] = [];
  let decodedBytes = 0;
  const collect = async (decoded: AsyncIterable<Uint8Array>) => {
    for await (const chunk of decoded) {
      decodedBytes += chunk.byteLength;
      if (decodedBytes > limits.maxDecodedBytes) {
        throw new BodyLimitError(
          decoding === 'identity' ? 'too_large' : 'decompression_limit',
          `decoded body exceeds ${limits.maxDecodedBytes} bytes`,
        );
      }
      chunks.push(chunk);
    }
  };

  if (decoding === 'identity') {
    await collect(countWire());
  } else {
    const wire = countWire();
    const first = await wire.next();
    if (!first.done) {
      const decoder = createDecoder(decoding, first.value);
      async function* replay(): AsyncGenerator<Uint8Array> {
        yield (first as IteratorYieldResult<Uint8Array>).value;
        yield* wire;
      }
      await pipeline(Readable.from(replay()), decoder, collect);
    }
  }
  return { body: concat(chunks, decodedBytes), wireBytes, truncated };
}

function createDecoder(decoding: Exclude<Decoding, 'identity'>, firstChunk: Uint8Array) {
  // Truncated bodies are common on flaky news sites; keep what decoded instead of failing.
  const flush = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  switch (decoding) {
    case 'gzip':
      return zlib.createGunzip(flush);
    case 'deflate':
      // "deflate" should be zlib-wrapped (RFC 9110) but some servers send raw deflate.
      return looksZlibWrapped(firstChunk) ? zlib.createInflate(flush) : zlib.createInflateRaw(flush);
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    case 'zstd':
      return zlib.createZstdDecompress();
  }
}

function looksZlibWrapped(chunk: Uint8Array): boolean {
  if (chunk.byteLength < 2) return true;
  const cmf = chunk[0]!;
  const flg = chunk[1]!;
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
