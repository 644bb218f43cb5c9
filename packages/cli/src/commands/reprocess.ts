import { ProgressBar } from '../output.ts';
import { type CommandContext, printJson, stringOption, UsageError } from './context.ts';

interface Progress {
  action: 'reparse' | 'reenrich';
  selected: number;
  published: number;
  missingRawPage: number;
  done: boolean;
  error?: string;
}

/** `newsflow reprocess reparse|reenrich [--source --from --to --extractor-version]`, with a progress bar. */
export async function reprocessCommand(context: CommandContext): Promise<void> {
  const action = context.positionals[0];
  if (action !== 'reparse' && action !== 'reenrich')
    throw new UsageError('reprocess: reparse | reenrich [filters]');
  const body = Object.fromEntries(
    Object.entries({
      action,
      source: stringOption(context, 'source'),
      from: stringOption(context, 'from'),
      to: stringOption(context, 'to'),
      extractorVersion: stringOption(context, 'extractor-version'),
    }).filter(([, value]) => value !== undefined),
  );
  const bar = new ProgressBar(context.output, action);
  let last: Progress | undefined;
  for await (const progress of context.api.ndjson<Progress>('/v1/reprocess', body)) {
    if (progress.error) throw new Error(`reprocess stopped: ${progress.error}`);
    last = progress;
    bar.update(progress.published + progress.missingRawPage, progress.selected);
  }
  bar.finish();
  if (!last?.done) throw new Error('reprocess: the API closed the stream before the end');
  if (context.output.json) return printJson(context, last);
  context.output.out(
    `${action}: ${last.published} of ${last.selected} articles sent` +
      (last.missingRawPage ? `, ${last.missingRawPage} without a kept raw page` : ''),
  );
}
