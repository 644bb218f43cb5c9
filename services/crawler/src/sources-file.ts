import { readFile } from 'node:fs/promises';
import { type SourceConfig, SourcesFile } from '@newsflow/contracts';
import type { SourceOperations, SourceSettings } from '@newsflow/store';
import { parse as parseYaml } from 'yaml';

/** Reads and validates a sources.yaml (`sources: [...]`); errors name the file and the field. */
export async function readSourcesFile(path: string): Promise<SourceConfig[]> {
  const text = await readFile(path, 'utf8');
  const result = SourcesFile.safeParse(parseYaml(text));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data.sources;
}

/** Upserts configured sources into the `sources` collection, keeping their crawl history. */
export async function upsertSources(sources: SourceOperations, configs: SourceConfig[]): Promise<void> {
  for (const config of configs) await sources.upsert(config as SourceSettings);
}
