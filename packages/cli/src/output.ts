/** Where a command writes: results to stdout, progress and errors to stderr (a TTY gets a bar). */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal: progress bars redraw in place there. */
  interactive: boolean;
  json: boolean;
}

export function processOutput(json: boolean): Output {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    interactive: Boolean(process.stderr.isTTY),
    json,
  };
}

/** Rows as aligned text columns, the header first. */
export function table(rows: (string | number | null | undefined)[][]): string {
  const cells = rows.map((row) =>
    row.map((cell) => (cell === null || cell === undefined ? '–' : String(cell))),
  );
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  return cells
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** A progress bar on a terminal (redrawn in place), plain lines every `step` percent otherwise. */
export class ProgressBar {
  readonly #output: Output;
  readonly #label: string;
  #lastPercent = -1;
  static readonly WIDTH = 30;
  /** Non-terminal output logs at most every this many percent, to keep CI logs short. */
  static readonly STEP = 10;

  constructor(output: Output, label: string) {
    this.#output = output;
    this.#label = label;
  }

  update(done: number, total: number, detail = ''): void {
    if (this.#output.json) return;
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const percent = Math.floor(ratio * 100);
    if (this.#output.interactive) {
      const filled = Math.round(ratio * ProgressBar.WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(ProgressBar.WIDTH - filled)}`;
      process.stderr.write(`\r${this.#label} ${bar} ${percent}% ${done}/${total} ${detail}`.padEnd(80));
    } else if (
      percent >= this.#lastPercent + ProgressBar.STEP ||
      (percent === 100 && this.#lastPercent < 100)
    ) {
      this.#output.err(`${this.#label}: ${percent}% (${done}/${total}) ${detail}`.trimEnd());
      this.#lastPercent = percent;
    }
  }

  finish(): void {
    if (this.#output.interactive && !this.#output.json) process.stderr.write('\n');
  }
}
