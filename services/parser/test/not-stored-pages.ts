// Pages the parser does not store, and the message that brings one (helpers of the not-stored tests).
import { newTraceId, type PageFetched } from '@newsflow/contracts';
import type { StageMessage } from '@newsflow/stage';

/** A news site's front page: teasers only, `og:type` website. */
export const FRONT = `<!DOCTYPE html><html lang="en"><head><title>Daily News — Home</title>
<meta property="og:type" content="website"></head><body><header><nav><a href="/world/">World</a></nav></header>
<main>${Array.from(
  { length: 12 },
  (_, i) =>
    `<article class="teaser"><h2><a href="/world/2024/06/18/story-${i}">Story number ${i} about the day</a></h2><p>Lead of story ${i}.</p></article>`,
).join('\n')}</main></body></html>`;

/** The `pages.fetched.v1` message of a page of source `daily`. */
export function fetchedPage(url: string, html: string, fields: Partial<PageFetched> = {}): StageMessage {
  const page: PageFetched = {
    schemaVersion: 1,
    traceId: newTraceId(),
    source: 'daily',
    url,
    finalUrl: url,
    status: 200,
    contentType: 'text/html',
    fetchedAt: new Date().toISOString(),
    depth: 0,
    html,
    ...fields,
  };
  return {
    topic: 'pages.fetched.v1',
    partition: 0,
    offset: '0',
    key: url,
    value: JSON.stringify(page),
    headers: {},
  };
}
