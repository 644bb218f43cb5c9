import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { chunked, httpResponse, type TestRecord, writeWarc } from '@newsflow/testing';
import { readWarcResponses, WarcFormatError, type WarcSkip } from '../src/warc/warc-reader.ts';

const ARTICLE =
  '<html><head><title>Armenian, US officials discuss</title></head><body><p>Текст</p></body></html>';
const HTTP = 'application/http; msgtype=response';

const RECORDS: TestRecord[] = [
  { type: 'warcinfo', contentType: 'application/warc-fields', block: 'software: newsflow-test\r\n' },
  {
    type: 'request',
    targetUri: 'https://caliber.az/en/post/1',
    contentType: 'application/http; msgtype=request',
    block: 'GET /en/post/1 HTTP/1.1\r\nHost: caliber.az\r\n\r\n',
  },
  {
    type: 'response',
    targetUri: 'https://caliber.az/en/post/1',
    contentType: HTTP,
    block: httpResponse(200, { 'Content-Type': 'text/html; charset=utf-8', ETag: '"a1"' }, ARTICLE),
  },
  {
    type: 'response',
    targetUri: 'https://caliber.az/logo.png',
    contentType: HTTP,
    block: httpResponse(200, { 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  },
  {
    type: 'response',
    targetUri: 'https://caliber.az/old',
    contentType: HTTP,
    block: httpResponse(301, { Location: 'https://caliber.az/new', 'Content-Type': 'text/html' }, ''),
  },
  {
    type: 'response',
    targetUri: 'https://caliber.az/en/post/2',
    contentType: HTTP,
    block: httpResponse(
      200,
      { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' },
      (() => {
        const gz = gzipSync('<p>second</p>');
        return Buffer.concat([
          Buffer.from(`${gz.length.toString(16)}\r\n`),
          gz,
          Buffer.from('\r\n0\r\n\r\n'),
        ]);
      })(),
    ),
  },
  {
    type: 'response',
    targetUri: 'https://caliber.az/en/post/3',
    contentType: HTTP,
    block: httpResponse(200, {}, '<p>third</p>'),
    extraFields: { 'WARC-Identified-Payload-Type': 'text/html' },
  },
  {
    type: 'response',
    targetUri: 'https://caliber.az/broken',
    contentType: HTTP,
    block: 'garbage without status',
  },
  {
    type: 'metadata',
    targetUri: 'https://caliber.az/en/post/1',
    contentType: 'application/warc-fields',
    block: 'x: y\r\n',
  },
];

async function collect(stream: AsyncIterable<Uint8Array>, options = {}) {
  const skips: WarcSkip[] = [];
  const responses = [];
  for await (const response of readWarcResponses(stream, { ...options, onSkip: (s) => skips.push(s) })) {
    responses.push(response);
  }
  return { responses, skips };
}

describe('readWarcResponses', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsflow-warc-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  for (const [label, gzip, version] of [
    ['plain WARC/1.0', false, '1.0'],
    ['plain WARC/1.1', false, '1.1'],
    ['multi-member .warc.gz', true, '1.1'],
  ] as const) {
    it(`yields the HTML responses of a ${label} file and reports the rest`, async () => {
      const file = join(dir, `test-${version}${gzip ? '.warc.gz' : '.warc'}`);
      await writeFile(file, writeWarc(RECORDS, { gzip, version }));
      const { responses, skips } = await collect(createReadStream(file, { highWaterMark: 97 }));
      assert.deepEqual(
        responses.map((r) => [r.targetUri, r.httpStatus, Buffer.from(r.body).toString()]),
        [
          ['https://caliber.az/en/post/1', 200, ARTICLE],
          ['https://caliber.az/en/post/2', 200, '<p>second</p>'],
          ['https://caliber.az/en/post/3', 200, '<p>third</p>'],
        ],
      );
      const first = responses[0]!;
      assert.equal(first.warcVersion, version);
      assert.equal(first.contentType, 'text/html; charset=utf-8');
      assert.equal(first.headers.etag, '"a1"');
      assert.equal(first.capturedAt, '2024-06-18T05:30:00Z');
      assert.match(first.recordId ?? '', /^<urn:uuid:/);
      assert.deepEqual(
        skips.map((s) => [s.reason, s.warcType]),
        [
          ['not_response', 'warcinfo'],
          ['not_response', 'request'],
          ['not_html', 'response'],
          ['http_status', 'response'],
          ['malformed_http', 'response'],
          ['not_response', 'metadata'],
        ],
      );
    });
  }

  it('copes with records split across arbitrary chunk boundaries', async () => {
    const { responses } = await collect(chunked(writeWarc(RECORDS)));
    assert.equal(responses.length, 3);
    const gz = await collect(chunked(writeWarc(RECORDS, { gzip: true })));
    assert.equal(gz.responses.length, 3);
  });

  it('skips records above the size limit without buffering them', async () => {
    const big: TestRecord = {
      type: 'response',
      targetUri: 'https://caliber.az/big',
      contentType: HTTP,
      block: httpResponse(200, { 'Content-Type': 'text/html' }, Buffer.alloc(200_000, 'a')),
    };
    const { responses, skips } = await collect(chunked(writeWarc([big, RECORDS[2]!]), 4096), {
      maxRecordBytes: 100_000,
    });
    assert.deepEqual(
      responses.map((r) => r.targetUri),
      ['https://caliber.az/en/post/1'],
    );
    assert.deepEqual(
      skips.map((s) => [s.reason, s.targetUri]),
      [['too_large', 'https://caliber.az/big']],
    );
  });

  it('refuses a file that is not WARC', async () => {
    await assert.rejects(collect(chunked(Buffer.from('<html>not a warc</html>\r\n'))), WarcFormatError);
  });

  it('refuses a truncated record', async () => {
    const whole = writeWarc([RECORDS[2]!]);
    await assert.rejects(collect(chunked(whole.subarray(0, whole.length - 40))), WarcFormatError);
  });

  it('yields nothing for an empty stream', async () => {
    const { responses } = await collect(chunked(Buffer.alloc(0)));
    assert.equal(responses.length, 0);
  });
});
