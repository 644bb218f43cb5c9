import { queryString } from '../api-client.ts';
import { table } from '../output.ts';
import { ago, type CommandContext, printJson, stringOption, UsageError } from './context.ts';

interface FailureView {
  id: string;
  stage: string;
  reason: string;
  source: string | null;
  url: string | null;
  status: string;
  attempts: number;
  createdAt: string;
}

interface ReplayReport {
  replayed: number;
  skipped: number;
  errors: number;
  results: { id: string; outcome: string; detail?: string }[];
}

const filters = (context: CommandContext) => ({
  stage: stringOption(context, 'stage'),
  source: stringOption(context, 'source'),
  reason: stringOption(context, 'reason'),
});

/** `newsflow failures list|replay|purge`. */
export async function failuresCommand(context: CommandContext): Promise<void> {
  const [action, ...ids] = context.positionals;
  if (action === 'list') {
    const page = await context.api.get<{ data: FailureView[]; nextCursor: string | null }>(
      `/v1/failures${queryString({ ...filters(context), status: stringOption(context, 'status'), limit: stringOption(context, 'limit') })}`,
    );
    if (context.output.json) return printJson(context, page.data);
    context.output.out(
      table([
        ['id', 'when', 'stage', 'source', 'reason', 'status', 'url'],
        ...page.data.map((f) => [f.id, ago(f.createdAt), f.stage, f.source, f.reason, f.status, f.url]),
      ]),
    );
    if (page.nextCursor) context.output.err('(more: narrow with --stage/--source/--reason or raise --limit)');
  } else if (action === 'replay') {
    const filter = filters(context);
    const hasFilter = Object.values(filter).some(Boolean);
    if (ids.length === 0 && !hasFilter && !context.values.all)
      throw new UsageError('failures replay: give failure ids, a --stage/--source/--reason filter, or --all');
    const body = ids.length > 0 ? { ids } : Object.fromEntries(Object.entries(filter).filter(([, v]) => v));
    const report = await context.api.request<ReplayReport>('POST', '/v1/failures/replay', body);
    if (context.output.json) return printJson(context, report);
    context.output.out(`replayed ${report.replayed}, skipped ${report.skipped}, errors ${report.errors}`);
    for (const result of report.results.filter((r) => r.outcome === 'error'))
      context.output.err(`${result.id}: ${result.detail}`);
  } else if (action === 'purge') {
    const status = stringOption(context, 'status');
    if (!status && !Object.values(filters(context)).some(Boolean) && !context.values.all)
      throw new UsageError('failures purge: give --status, a filter, or --all');
    const result = await context.api.request<{ deleted: number }>(
      'DELETE',
      `/v1/failures${queryString({ ...filters(context), status })}`,
    );
    if (context.output.json) return printJson(context, result);
    context.output.out(`deleted ${result.deleted} failures`);
  } else {
    throw new UsageError(
      'failures: list | replay [id…] [--stage --source --reason | --all] | purge [--status …]',
    );
  }
}
