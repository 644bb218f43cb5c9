import { readFile } from 'node:fs/promises';
import { ConfigError } from '@newsflow/config';
import { type SourceConfig, SourcesFile } from '@newsflow/contracts';
import type { SourceOperations, SourceSettings } from '@newsflow/store';
import { isNode, LineCounter, parseDocument } from 'yaml';

/**
 * Reads and validates a sources.yaml (`sources: [...]`). Every problem is a ConfigError of one
 * line naming the variable, the file and the line, e.g.
 * `SOURCES_FILE: sources.yaml:7:9: sources.1.startUrls.0: Invalid URL`: the crawler then stops
 * with exit 78 instead of a stack trace and a restart loop (issue 12).
 */
export async function readSourcesFile(path: string): Promise<SourceConfig[]> {
  const fail = (where: string, message: string): never => {
    throw new ConfigError(`SOURCES_FILE: ${path}${where}: ${firstLine(message)}`);
  };
  const text = await readFile(path, 'utf8').catch((error: Error) =>
    fail('', `cannot read (${(error as NodeJS.ErrnoException).code ?? error.message})`),
  );
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const syntax = document.errors[0];
  if (syntax) {
    const at = lines.linePos(syntax.pos[0]);
    fail(`:${at.line}:${at.col}`, syntax.message);
  }
  const result = SourcesFile.safeParse(document.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.') || '(root)';
    // The line of the field, else of the nearest enclosing node that exists in the file.
    let where = '';
    for (let depth = issue.path.length; depth >= 0 && !where; depth--) {
      const node = document.getIn(issue.path.slice(0, depth) as Array<string | number>, true);
      if (isNode(node) && node.range) {
        const at = lines.linePos(node.range[0]);
        where = `:${at.line}:${at.col}`;
      }
    }
    fail(where, `${field}: ${issue.message}`);
  }
  return result.data!.sources;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

/** Upserts configured sources into the `sources` collection, keeping their crawl history. */
export async function upsertSources(sources: SourceOperations, configs: SourceConfig[]): Promise<void> {
  for (const config of configs) await sources.upsert(config as SourceSettings);
}
