// Loaded (`--import`) into every test file's process by scripts/test.ts. Under `--test-force-exit`
// a file's process exits as soon as its tests are done, while the last of its results may still
// wait in the pipe to the runner: the runner then counts fewer tests and still exits 0
// (nodejs/node#64833; seen here as the last six tests of one file missing from a CI run).
// Blocking writes on that pipe deliver every result before the exit.
const stdoutHandle = (
  process.stdout as unknown as { _handle?: { setBlocking?: (blocking: boolean) => void } }
)._handle;
stdoutHandle?.setBlocking?.(true);
