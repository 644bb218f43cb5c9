import { table } from '../output.ts';
import { ago, type CommandContext, printJson, requireOption, stringOption, UsageError } from './context.ts';

interface SourceView {
  name: string;
  startUrls: string[];
  enabled: boolean;
  language: string | null;
  lastCrawlAt: string | null;
  lastNewArticleAt: string | null;
}

function sourceName(context: CommandContext): string {
  const name = context.positionals[0];
  if (!name) throw new UsageError('a source name is required');
  return encodeURIComponent(name);
}

/** `newsflow sources list|add|disable|enable|delete`. */
export async function sourcesCommand(context: CommandContext): Promise<void> {
  const [action, ...rest] = context.positionals;
  const sub = { ...context, positionals: rest };
  if (action === 'list') {
    const { data } = await context.api.get<{ data: SourceView[] }>('/v1/sources');
    if (context.output.json) return printJson(context, data);
    context.output.out(
      table([
        ['source', 'enabled', 'language', 'start URLs', 'last crawl', 'last new article'],
        ...data.map((s) => [
          s.name,
          s.enabled ? 'yes' : 'no',
          s.language,
          s.startUrls.length,
          ago(s.lastCrawlAt),
          ago(s.lastNewArticleAt),
        ]),
      ]),
    );
  } else if (action === 'add') {
    const urls = context.values.url;
    const startUrls = Array.isArray(urls) ? urls : typeof urls === 'string' ? [urls] : [];
    if (startUrls.length === 0) throw new UsageError('at least one --url is required');
    const recrawl = stringOption(context, 'recrawl-minutes');
    const minDelay = stringOption(context, 'min-delay-ms');
    const revisit = stringOption(context, 'revisit-minutes');
    const created = await context.api.request<SourceView>('POST', '/v1/sources', {
      name: rest[0] ?? requireOption(context, 'name'),
      startUrls,
      ...(stringOption(context, 'timezone') ? { timezone: stringOption(context, 'timezone') } : {}),
      ...(stringOption(context, 'language') ? { language: stringOption(context, 'language') } : {}),
      ...(recrawl ? { recrawlIntervalMinutes: Number(recrawl) } : {}),
      ...(minDelay ? { minDelayMs: Number(minDelay) } : {}),
      // "60,1440", or "none" to fetch articles once; the API validates the numbers.
      ...(revisit
        ? { revisitAfterMinutes: revisit === 'none' ? [] : revisit.split(',').map((m) => Number(m.trim())) }
        : {}),
    });
    if (context.output.json) return printJson(context, created);
    context.output.out(`source ${created.name} added (${created.startUrls.length} start URLs)`);
  } else if (action === 'disable' || action === 'enable') {
    const updated = await context.api.request<SourceView>('PATCH', `/v1/sources/${sourceName(sub)}`, {
      enabled: action === 'enable',
    });
    if (context.output.json) return printJson(context, updated);
    context.output.out(`source ${updated.name} ${updated.enabled ? 'enabled' : 'disabled'}`);
  } else if (action === 'delete') {
    await context.api.request('DELETE', `/v1/sources/${sourceName(sub)}`);
    if (context.output.json) return printJson(context, { deleted: rest[0] });
    context.output.out(`source ${rest[0]} deleted`);
  } else {
    throw new UsageError(
      'sources: list | add <name> --url U… | disable <name> | enable <name> | delete <name>',
    );
  }
}

/** `newsflow crawl <source>`: queue the source's start URLs now. */
export async function crawlCommand(context: CommandContext): Promise<void> {
  const result = await context.api.request<{ source: string; queued: number }>(
    'POST',
    `/v1/sources/${sourceName(context)}/crawl`,
  );
  if (context.output.json) return printJson(context, result);
  context.output.out(`${result.source}: ${result.queued} start URLs queued for fetching`);
}
