import { z } from 'zod';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Validates the environment against a schema shape. Throws a ConfigError whose message is one
 * line naming the first bad variable, e.g. `KAFKA_BROKERS: required`.
 */
export function parseConfig<Shape extends z.ZodRawShape>(
  shape: Shape,
  env: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<Shape>> {
  // Empty strings count as unset, as in most shells' `VAR=` usage.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = z.object(shape).safeParse(present);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = String(issue.path[0] ?? 'environment');
  const reason = present[name] === undefined ? 'required but not set' : `invalid value (${issue.message})`;
  throw new ConfigError(`${name}: ${reason}`);
}

/** Exit status of a configuration error (EX_CONFIG, sysexits.h): restart policies can tell it apart. */
export const CONFIG_ERROR_EXIT = 78;

/**
 * For a service's main: on a configuration error, print one clear line and exit with status 78
 * (EX_CONFIG); anything else is rethrown. Retrying cannot fix a bad configuration, and a stack
 * trace hides the one thing the operator must change.
 */
export function exitOnConfigError(service: string, error: unknown): never {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${service}: configuration error: ${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(CONFIG_ERROR_EXIT);
}

/** For a service's main: on a bad environment, print one clear line and exit with status 78 (EX_CONFIG). */
export function loadConfigOrExit<Shape extends z.ZodRawShape>(
  service: string,
  shape: Shape,
  env: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<Shape>> {
  try {
    return parseConfig(shape, env);
  } catch (error) {
    exitOnConfigError(service, error);
  }
}
