import { createHash, randomBytes } from 'node:crypto';
import { type Model, Schema } from 'mongoose';

export type ApiRole = 'reader' | 'admin';

/**
 * An API key as stored: only its SHA-256 (keys are 256 random bits, so a fast hash is enough: there
 * is nothing to brute-force), its role and its own rate limit.
 */
export interface ApiKey {
  /** SHA-256 of the key, hex. */
  _id: string;
  name: string;
  role: ApiRole;
  /** Requests per minute; null = the API's default. */
  rateLimitPerMinute: number | null;
  createdAt: Date;
  revokedAt: Date | null;
}

export type ApiKeyModel = Model<ApiKey>;

export const apiKeySchema = new Schema<ApiKey>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    role: { type: String, enum: ['reader', 'admin'], required: true },
    rateLimitPerMinute: { type: Number, default: null },
    createdAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
  },
  { versionKey: false },
);

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Creates a key and returns it in clear once; only its hash is kept. */
async function createApiKey(
  apiKeys: ApiKeyModel,
  options: { name: string; role: ApiRole; rateLimitPerMinute?: number | null },
): Promise<{ key: string; id: string }> {
  const key = `nf_${randomBytes(32).toString('base64url')}`;
  const id = hashApiKey(key);
  await apiKeys.create({
    _id: id,
    name: options.name,
    role: options.role,
    rateLimitPerMinute: options.rateLimitPerMinute ?? null,
    createdAt: new Date(),
    revokedAt: null,
  });
  return { key, id };
}

/** The active key with this clear text, or null. */
async function findApiKey(apiKeys: ApiKeyModel, key: string): Promise<ApiKey | null> {
  const found = await apiKeys.findById(hashApiKey(key)).lean<ApiKey>();
  return found && !found.revokedAt ? found : null;
}

/** The `api_keys` collection's operations. */
export function apiKeyOperations(apiKeys: ApiKeyModel) {
  return {
    create: (options: { name: string; role: ApiRole; rateLimitPerMinute?: number | null }) =>
      createApiKey(apiKeys, options),
    find: (key: string) => findApiKey(apiKeys, key),
    /** Revokes the active keys whose id (hex hash) starts with this prefix; returns how many. */
    async revokeByIdPrefix(prefix: string, now = new Date()): Promise<number> {
      const result = await apiKeys.updateMany(
        { _id: { $gte: prefix, $lt: `${prefix}g` }, revokedAt: null },
        { $set: { revokedAt: now } },
      );
      return result.modifiedCount;
    },
  };
}

export type ApiKeyOperations = ReturnType<typeof apiKeyOperations>;
