import { parseArgs } from 'node:util';
import { ApiClient, ApiError } from './api-client.ts';
import { type CommandContext, UsageError } from './commands/context.ts';
import { deploymentCommand } from './commands/deployment.ts';
import { failuresCommand } from './commands/failures.ts';
import { importWarcCommand } from './commands/import-warc.ts';
import { keysCommand } from './commands/keys.ts';
import { pagesNotStoredCommand } from './commands/pages-not-stored.ts';
import { reprocessCommand } from './commands/reprocess.ts';
import { crawlCommand, sourcesCommand } from './commands/sources.ts';
import { statusCommand } from './commands/status.ts';
import type { Output } from './output.ts';

export const USAGE = `newsflow: operate the newsflow pipeline through its API

usage: newsflow <command> [options] [--json] [--api URL] [--key KEY]

  status                                   lag, queues, DLQs, throughput, sources, services
  sources list
  sources add <name> --url U [--url U…] [--timezone TZ] [--language L] [--recrawl-minutes N] [--revisit-minutes M,M…|none] [--min-delay-ms N]
  sources disable|enable|delete <name>
  crawl <source>                           queue the source's start URLs now
  failures list [--stage S] [--source S] [--reason R] [--status open|replayed] [--limit N]
  failures replay [id…] [--stage S] [--source S] [--reason R] [--all]
  failures purge [--status replayed] [--stage S] [--source S] [--reason R] [--all]
  pages-not-stored list [--source S] [--reason R] [--limit N]   pages the parser did not store, with the reason
  pages-not-stored reasons [--source S] [--since ISO]         how many per reason (default: the last 24 h)
  reprocess reparse|reenrich [--source S] [--from ISO] [--to ISO] [--extractor-version V]
  import-warc <file.warc[.gz]> --source S [--timezone TZ] [--language L]   (KAFKA_BROKERS, TOPIC_PREFIX)
  keys create --name N --role reader|admin [--rate-limit N]               (MONGODB_URI, MONGODB_DB)
  keys revoke <key id>
  deployment drop [--yes]                  remove a deployment's database, Kafka topics and groups, Redis keys
                                           (MONGODB_URI, MONGODB_DB, KAFKA_BROKERS, TOPIC_PREFIX, REDIS_URL, QUEUE_PREFIX)

environment: NEWSFLOW_API_URL (default http://127.0.0.1:3000), NEWSFLOW_API_KEY`;

const OPTIONS = {
  api: { type: 'string' },
  key: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  all: { type: 'boolean' },
  url: { type: 'string', multiple: true },
  name: { type: 'string' },
  role: { type: 'string' },
  'rate-limit': { type: 'string' },
  timezone: { type: 'string' },
  language: { type: 'string' },
  'recrawl-minutes': { type: 'string' },
  'revisit-minutes': { type: 'string' },
  'min-delay-ms': { type: 'string' },
  stage: { type: 'string' },
  source: { type: 'string' },
  reason: { type: 'string' },
  status: { type: 'string' },
  limit: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  since: { type: 'string' },
  'extractor-version': { type: 'string' },
  'kafka-brokers': { type: 'string' },
  'topic-prefix': { type: 'string' },
  'mongodb-uri': { type: 'string' },
  'mongodb-db': { type: 'string' },
  'redis-url': { type: 'string' },
  'queue-prefix': { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
} as const;

const COMMANDS: Record<string, (context: CommandContext) => Promise<void>> = {
  status: statusCommand,
  sources: sourcesCommand,
  crawl: crawlCommand,
  failures: failuresCommand,
  'pages-not-stored': pagesNotStoredCommand,
  reprocess: reprocessCommand,
  'import-warc': importWarcCommand,
  keys: keysCommand,
  deployment: deploymentCommand,
};

/** Runs one CLI invocation; returns the exit status (0 ok, 1 failed, 2 usage). */
export async function runCli(
  argv: string[],
  makeOutput: (json: boolean) => Output,
  env: Record<string, string | undefined> = process.env,
  ask?: (question: string) => Promise<string>,
): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    makeOutput(false).err(`newsflow: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const output = makeOutput(Boolean(values.json));
  const [command, ...rest] = positionals;
  const run = command ? COMMANDS[command] : undefined;
  if (values.help || !run) {
    (run || values.help ? output.out : output.err)(USAGE);
    return values.help ? 0 : 2;
  }
  const api = new ApiClient({
    baseUrl: values.api ?? env.NEWSFLOW_API_URL ?? 'http://127.0.0.1:3000',
    apiKey: values.key ?? env.NEWSFLOW_API_KEY,
  });
  try {
    await run({ api, output, positionals: rest, values, env, ...(ask ? { ask } : {}) });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`newsflow ${command}: ${error.message}`);
      return 2;
    }
    output.err(
      `newsflow ${command}: ${error instanceof ApiError ? error.message : (error as Error).message}`,
    );
    return 1;
  }
}
