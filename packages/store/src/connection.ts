import mongoose, { type Connection } from 'mongoose';
import { type ApiKeyModel, apiKeySchema } from './api-keys.ts';
import { type ArticleModel, articleSchema } from './articles.ts';
import { type FailureModel, failureSchema } from './failures.ts';
import { type RawPageModel, rawPageSchema } from './raw-pages.ts';
import { type SourceModel, sourceSchema } from './sources.ts';
import { type StoryModel, storySchema } from './stories.ts';

export interface Store {
  connection: Connection;
  articles: ArticleModel;
  sources: SourceModel;
  failures: FailureModel;
  rawPages: RawPageModel;
  apiKeys: ApiKeyModel;
  stories: StoryModel;
  /** Resolves when the server answers a ping; for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Connects to MongoDB (or FerretDB, which speaks its protocol) with one connection per store, so
 * tests can hold several databases at once, and creates the indexes the queries rely on.
 * Only features both MongoDB and FerretDB 1.24 support are used (see DESIGN.md).
 */
export async function connectStore(options: { uri: string; dbName?: string | undefined }): Promise<Store> {
  const connection = mongoose.createConnection(options.uri, {
    ...(options.dbName ? { dbName: options.dbName } : {}),
    autoIndex: false,
    autoCreate: true,
    serverSelectionTimeoutMS: 10_000,
  });
  await connection.asPromise();
  const store: Store = {
    connection,
    articles: connection.model('Article', articleSchema, 'articles') as ArticleModel,
    sources: connection.model('Source', sourceSchema, 'sources') as SourceModel,
    failures: connection.model('Failure', failureSchema, 'failures') as FailureModel,
    rawPages: connection.model('RawPage', rawPageSchema, 'raw_pages') as RawPageModel,
    apiKeys: connection.model('ApiKey', apiKeySchema, 'api_keys') as ApiKeyModel,
    stories: connection.model('Story', storySchema, 'stories') as StoryModel,
    async ping() {
      await connection.db!.admin().command({ ping: 1 });
    },
    close: () => connection.close(),
  };
  await Promise.all([
    store.articles.createIndexes(),
    store.sources.createIndexes(),
    store.failures.createIndexes(),
    store.rawPages.createIndexes(),
    store.stories.createIndexes(),
    store.apiKeys.createIndexes(),
  ]);
  return store;
}
