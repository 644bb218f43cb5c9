import { readFile } from 'node:fs/promises';
import { type SourceConfig, SourcesFile } from '@newsflow/contracts';
import type { SourceModel } from '@newsflow/store';
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
export async function upsertSources(sources: SourceModel, configs: SourceConfig[]): Promise<void> {
  for (const config of configs) {
    const upsert = () =>
      sources.updateOne(
        { _id: config.name },
        { $set: { ...config }, $setOnInsert: { lastCrawlAt: null, lastNewArticleAt: null } },
        { upsert: true },
      );
    // Two crawler processes starting together race to insert the same source: the loser's
    // upsert fails on the duplicate _id and, retried, updates the winner's document.
    await upsert().catch((error: { code?: number }) => {
      if (error.code === 11000) return upsert();
      throw error;
    });
  }
}
