import { articleHtml, encodeCp1251 } from '../misbehaving-site.ts';
import { httpResponse, writeWarc } from './warc-writer.ts';

/**
 * A small CC-NEWS-like WARC: three article pages (one windows-1251), and records the import
 * must skip — a request, a duplicate URL under a tracking parameter, an image, a 404, metadata.
 */
export function sampleWarc(gzip: boolean): Buffer {
  const htmlHeaders = { 'Content-Type': 'text/html; charset=utf-8' };
  return writeWarc(
    [
      { type: 'warcinfo', block: 'software: newsflow-test\r\n' },
      { type: 'request', targetUri: 'https://news.example/a1', block: 'GET /a1 HTTP/1.1\r\n\r\n' },
      {
        type: 'response',
        targetUri: 'https://news.example/a1',
        contentType: 'application/http; msgtype=response',
        block: httpResponse(200, htmlHeaders, articleHtml('First story')),
      },
      {
        type: 'response',
        targetUri: 'https://news.example/a1?utm_source=twitter',
        contentType: 'application/http; msgtype=response',
        block: httpResponse(200, htmlHeaders, articleHtml('First story again')),
      },
      {
        type: 'response',
        targetUri: 'https://news.example/a2',
        contentType: 'application/http; msgtype=response',
        block: httpResponse(200, htmlHeaders, articleHtml('Second story')),
      },
      {
        type: 'response',
        targetUri: 'https://news.example/ru',
        contentType: 'application/http; msgtype=response',
        block: httpResponse(
          200,
          { 'Content-Type': 'text/html; charset=windows-1251' },
          encodeCp1251(articleHtml('Новости', 'Министр встретился с делегацией')),
        ),
      },
      {
        type: 'response',
        targetUri: 'https://news.example/logo.png',
        contentType: 'application/http; msgtype=response',
        block: httpResponse(200, { 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47])),
      },
      {
        type: 'response',
        targetUri: 'https://news.example/missing',
        contentType: 'application/http; msgtype=response',
        block: httpResponse(404, htmlHeaders, '<h1>not found</h1>'),
      },
      { type: 'metadata', targetUri: 'https://news.example/a2', block: 'fetchTimeMs: 120\r\n' },
    ],
    { gzip },
  );
}
