import type { ApiClient } from '../api-client.ts';
import type { Output } from '../output.ts';

/** What every command gets: the API, where to write, its parsed arguments and the environment. */
export interface CommandContext {
  api: ApiClient;
  output: Output;
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
  env: Record<string, string | undefined>;
  /** Asks the operator a question and returns the line they answer (absent: no one to ask). */
  ask?: (question: string) => Promise<string>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export function stringOption(context: CommandContext, name: string): string | undefined {
  const value = context.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function requireOption(context: CommandContext, name: string): string {
  const value = stringOption(context, name);
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

export function printJson(context: CommandContext, value: unknown): void {
  context.output.out(JSON.stringify(value, null, 2));
}

export function ago(iso: string | null | undefined): string {
  if (!iso) return '–';
  const minutes = Math.round((Date.now() - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  return minutes < 120 ? `${minutes} min ago` : `${Math.round(minutes / 60)} h ago`;
}
