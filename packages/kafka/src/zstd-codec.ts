import { promisify } from 'node:util';
import { zstdCompress, zstdDecompress } from 'node:zlib';
import kafkajs from 'kafkajs';

// kafkajs is CommonJS and its codec table is not among the names Node detects as exports.
const { CompressionCodecs, CompressionTypes } = kafkajs;

const compress = promisify(zstdCompress);
const decompress = promisify(zstdDecompress);

/**
 * Zstandard for Kafka batches, from Node's own zlib (kafkajs ships gzip only). On the pipeline's
 * pages and articles it compresses about twice as fast as gzip, smaller, and decompresses faster:
 * every page crosses three topics, so this is CPU taken off every stage. Registered once per
 * process by importing this package, so every consumer here can read what the publisher sends.
 */
export function registerZstdCodec(): void {
  CompressionCodecs[CompressionTypes.ZSTD] = () => ({
    compress: (encoder: { buffer: Buffer }) => compress(encoder.buffer),
    decompress: (buffer: Buffer) => decompress(buffer),
  });
}
