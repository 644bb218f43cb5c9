import { queryString } from '../api-client.ts';
import { table } from '../output.ts';
import { ago, type CommandContext, printJson, stringOption, UsageError } from './context.ts';

interface PageNotStoredView {
  url: string;
  source: string;
  pageType: string;
  reason: string;
  count: number;
  lastSeenAt: string;
}

interface ReasonCounts {
  since: string;
  data: { reason: string; pages: number; sightings: number }[];
}

/** `newsflow pages-not-stored list|reasons`: pages the parser did not store, with the reason. */
export async function pagesNotStoredCommand(context: CommandContext): Promise<void> {
  const [action] = context.positionals;
  const source = stringOption(context, 'source');
  if (action === 'list') {
    const page = await context.api.get<{ data: PageNotStoredView[]; nextCursor: string | null }>(
      `/v1/pages-not-stored${queryString({ source, reason: stringOption(context, 'reason'), limit: stringOption(context, 'limit') })}`,
    );
    if (context.output.json) return printJson(context, page.data);
    context.output.out(
      table([
        ['last seen', 'reason', 'source', 'page type', 'count', 'url'],
        ...page.data.map((p) => [ago(p.lastSeenAt), p.reason, p.source, p.pageType, p.count, p.url]),
      ]),
    );
    if (page.nextCursor) context.output.err('(more: narrow with --source/--reason or raise --limit)');
  } else if (action === 'reasons') {
    const counts = await context.api.get<ReasonCounts>(
      `/v1/pages-not-stored/reasons${queryString({ source, since: stringOption(context, 'since') })}`,
    );
    if (context.output.json) return printJson(context, counts);
    context.output.out(
      table([
        ['reason', 'pages', 'sightings'],
        ...counts.data.map((row) => [row.reason, row.pages, row.sightings]),
      ]),
    );
    context.output.err(`(pages last seen since ${counts.since})`);
  } else {
    throw new UsageError(
      'pages-not-stored: list [--source S] [--reason R] [--limit N] | reasons [--source S] [--since ISO]',
    );
  }
}
