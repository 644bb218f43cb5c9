// The `newsflow` command (bin/newsflow.js starts this file).
import { runCli } from './cli.ts';
import { processOutput } from './output.ts';

process.exitCode = await runCli(process.argv.slice(2), processOutput);
