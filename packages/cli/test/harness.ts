import { runCli } from '../src/cli.ts';
import type { Output } from '../src/output.ts';

/** Runs the CLI in-process and keeps what it wrote; `answer` is what the operator types when asked. */
export async function cli(args: string[], env: Record<string, string | undefined> = {}, answer?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(
    args,
    (json): Output => ({ out: (t) => out.push(t), err: (t) => err.push(t), interactive: false, json }),
    env,
    answer === undefined
      ? undefined
      : async (question) => {
          err.push(question);
          return answer;
        },
  );
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}
