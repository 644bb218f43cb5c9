// The `newsflow` command (bin/newsflow.js starts this file).
import { createInterface } from 'node:readline/promises';
import { runCli } from './cli.ts';
import { processOutput } from './output.ts';

/** One line from stdin (a terminal or a pipe), after writing the question to stderr. */
async function ask(question: string): Promise<string> {
  const lines = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  process.stderr.write(question);
  try {
    for await (const line of lines) return line;
    return '';
  } finally {
    lines.close();
  }
}

process.exitCode = await runCli(process.argv.slice(2), processOutput, process.env, ask);
