import mongoose from 'mongoose';
import { type ApiKeyOperations, apiKeyOperations, apiKeySchema } from './api-keys.ts';
import { type ArticleOperations, articleOperations } from './article-operations.ts';
import { type Article, articleSchema } from './article-schema.ts';
import { type ArticleTerms, articleTermsSchema, moveLegacySearchTerms } from './article-terms.ts';
import { type ClusterOperations, clusterOperations } from './cluster-operations.ts';
import { type FailureOperations, failureOperations, failureSchema } from './failures.ts';
import {
  type PageNotStoredOperations,
  pageNotStoredOperations,
  pageNotStoredSchema,
} from './pages-not-stored.ts';
import { type RawPageOperations, rawPageOperations, rawPageSchema } from './raw-pages.ts';
import { type SourceOperations, sourceOperations, sourceSchema } from './sources.ts';
import { type StoryOperations, storyOperations, storySchema } from './stories.ts';

/**
 * The store: named operations per collection. Mongoose stays inside this package; services and
 * routes see only these operations, each shaped for an index (see the operation modules).
 */
export interface Store {
  articles: ArticleOperations;
  /** Enrichment saved apart from, and before, the clusterer's duplicate and story decisions. */
  clustering: ClusterOperations;
  stories: StoryOperations;
  sources: SourceOperations;
  failures: FailureOperations;
  /** Pages the parser did not store as articles, with the extractor's reason (issue 13). */
  pagesNotStored: PageNotStoredOperations;
  rawPages: RawPageOperations;
  apiKeys: ApiKeyOperations;
  /** The database's name (a test's or a deployment's). */
  readonly dbName: string;
  /** Resolves when the server answers a ping; for /readyz. */
  ping(): Promise<void>;
  /** Removes the whole database: a test's or a dropped deployment's data. */
  dropDatabase(): Promise<void>;
  /** Names of every database on the server (to check that a dropped one is gone). */
  listDatabases(): Promise<string[]>;
  close(): Promise<void>;
}

/** The raw collections, for the store's own tests and benchmarks (explain, bulk loading). */
export interface StoreInternals {
  collection(
    name:
      | 'articles'
      | 'article_terms'
      | 'stories'
      | 'sources'
      | 'failures'
      | 'pages_not_stored'
      | 'raw_pages'
      | 'api_keys',
  ): mongoose.mongo.Collection;
  articleModel: mongoose.Model<Article>;
  articleTermsModel: mongoose.Model<ArticleTerms>;
}

/**
 * Connects to MongoDB (or the local engine, FerretDB 2 on DocumentDB, which speaks its protocol)
 * with one connection per store, so tests can hold several databases at once, and creates the
 * indexes the operations rely on. Only features both engines support are used (see DESIGN.md).
 */
export async function connectStore(options: { uri: string; dbName?: string | undefined }): Promise<Store> {
  return (await connectStoreWithInternals(options)).store;
}

const internalsByStore = new WeakMap<Store, StoreInternals>();

/** The raw collections behind a connected store: for the store's tests and benchmarks only. */
export function internalsOf(store: Store): StoreInternals {
  const internals = internalsByStore.get(store);
  if (!internals) throw new Error('internalsOf: not a store made by connectStore');
  return internals;
}

export async function connectStoreWithInternals(options: {
  uri: string;
  dbName?: string | undefined;
}): Promise<{ store: Store; internals: StoreInternals }> {
  const connection = mongoose.createConnection(options.uri, {
    ...(options.dbName ? { dbName: options.dbName } : {}),
    autoIndex: false,
    autoCreate: true,
    serverSelectionTimeoutMS: 10_000,
  });
  await connection.asPromise();
  const models = {
    articles: connection.model('Article', articleSchema, 'articles'),
    articleTerms: connection.model('ArticleTerms', articleTermsSchema, 'article_terms'),
    sources: connection.model('Source', sourceSchema, 'sources'),
    failures: connection.model('Failure', failureSchema, 'failures'),
    pagesNotStored: connection.model('PageNotStored', pageNotStoredSchema, 'pages_not_stored'),
    rawPages: connection.model('RawPage', rawPageSchema, 'raw_pages'),
    apiKeys: connection.model('ApiKey', apiKeySchema, 'api_keys'),
    stories: connection.model('Story', storySchema, 'stories'),
  };
  await Promise.all(Object.values(models).map((model) => model.createIndexes()));
  await moveLegacySearchTerms(models.articles, models.articleTerms);
  const articles = articleOperations(models.articles, models.articleTerms);
  const store: Store = {
    articles,
    clustering: clusterOperations(models.articles),
    stories: storyOperations(models.stories, articles),
    sources: sourceOperations(models.sources),
    failures: failureOperations(models.failures),
    pagesNotStored: pageNotStoredOperations(models.pagesNotStored),
    rawPages: rawPageOperations(models.rawPages),
    apiKeys: apiKeyOperations(models.apiKeys),
    dbName: connection.name,
    async ping() {
      await connection.db!.admin().command({ ping: 1 });
    },
    async dropDatabase() {
      // The models create their collections when they load: let that finish, or it would
      // re-create the database right after the drop.
      await Promise.all(Object.values(models).map((model) => model.init()));
      await connection.dropDatabase();
    },
    async listDatabases() {
      const { databases } = await connection.db!.admin().listDatabases({ nameOnly: true });
      return databases.map((database) => database.name);
    },
    close: () => connection.close(),
  };
  const internals: StoreInternals = {
    collection: (name) => connection.collection(name),
    articleModel: models.articles,
    articleTermsModel: models.articleTerms,
  };
  internalsByStore.set(store, internals);
  return { store, internals };
}
