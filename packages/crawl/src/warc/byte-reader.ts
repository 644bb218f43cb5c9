// Pulls lines and exact byte counts out of a chunked byte stream without copying more than
// it must: WARC records are header lines followed by a length-prefixed block.

export class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;
  private readonly source: AsyncIterator<Uint8Array>;
  /** Bytes consumed so far (for error messages: where in the file a record broke). */
  offset = 0;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.source = source[Symbol.asyncIterator]();
  }

  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.source.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    return true;
  }

  /** The next line without its CRLF/LF, or null at the end of the stream. */
  async readLine(maxBytes = 64 * 1024): Promise<string | null> {
    let searchFrom = 0;
    for (;;) {
      const newline = this.buffer.indexOf(0x0a, searchFrom);
      if (newline !== -1) {
        const end = newline > 0 && this.buffer[newline - 1] === 0x0d ? newline - 1 : newline;
        const line = this.buffer.toString('utf8', 0, end);
        this.consume(newline + 1);
        return line;
      }
      if (this.buffer.length > maxBytes) throw new RangeError(`line longer than ${maxBytes} bytes`);
      searchFrom = this.buffer.length;
      if (!(await this.fill())) {
        if (this.buffer.length === 0) return null;
        const line = this.buffer.toString('utf8');
        this.consume(this.buffer.length);
        return line;
      }
    }
  }

  /** Exactly `length` bytes; throws if the stream ends first. */
  async readBytes(length: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let missing = length;
    for (;;) {
      const take = Math.min(missing, this.buffer.length);
      if (take > 0) {
        parts.push(this.buffer.subarray(0, take));
        this.consume(take);
        missing -= take;
      }
      if (missing === 0) return parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
      if (!(await this.fill())) throw new RangeError(`stream ended ${missing} bytes short`);
    }
  }

  /** Discards `length` bytes without keeping them (records too large to hold). */
  async skipBytes(length: number): Promise<void> {
    let missing = length;
    for (;;) {
      const take = Math.min(missing, this.buffer.length);
      this.consume(take);
      missing -= take;
      if (missing === 0) return;
      if (!(await this.fill())) throw new RangeError(`stream ended ${missing} bytes short`);
    }
  }

  private consume(length: number): void {
    this.buffer = this.buffer.subarray(length);
    this.offset += length;
  }
}
