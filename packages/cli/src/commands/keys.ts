import { type ApiRole, connectStore } from '@newsflow/store';
import { type CommandContext, printJson, requireOption, stringOption, UsageError } from './context.ts';

/**
 * `newsflow keys create --name N --role reader|admin [--rate-limit N]` and `keys revoke <id>`:
 * straight in the store (MONGODB_URI, MONGODB_DB), since the first admin key cannot come from
 * the API it unlocks. The key is printed once; only its hash is kept.
 */
export async function keysCommand(context: CommandContext): Promise<void> {
  const [action, id] = context.positionals;
  const uri = stringOption(context, 'mongodb-uri') ?? context.env.MONGODB_URI;
  if (!uri) throw new UsageError('keys: --mongodb-uri or MONGODB_URI is required');
  if (action !== 'create' && action !== 'revoke')
    throw new UsageError('keys: create --name N --role R | revoke <id>');
  const store = await connectStore({
    uri,
    dbName: stringOption(context, 'mongodb-db') ?? context.env.MONGODB_DB,
  });
  try {
    if (action === 'create') {
      const role = requireOption(context, 'role');
      if (role !== 'reader' && role !== 'admin') throw new UsageError('--role must be reader or admin');
      const limit = stringOption(context, 'rate-limit');
      const created = await store.apiKeys.create({
        name: requireOption(context, 'name'),
        role: role as ApiRole,
        rateLimitPerMinute: limit ? Number(limit) : null,
      });
      if (context.output.json) return printJson(context, created);
      context.output.out(created.key);
      context.output.err(
        `key ${created.id.slice(0, 16)} (${role}) created: store it now, it is not shown again`,
      );
    } else {
      if (!id || !/^[0-9a-f]{8,64}$/.test(id))
        throw new UsageError('keys revoke: the key id (hex) is required');
      const revoked = await store.apiKeys.revokeByIdPrefix(id);
      if (context.output.json) return printJson(context, { revoked });
      context.output.out(`revoked ${revoked} key(s)`);
    }
  } finally {
    await store.close();
  }
}
