/** Wraps `text` to `width` columns; every line starts with `indent`, the first with `first` if given. */
export function wrap(text: string, width: number, indent = '', first = indent): string {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
      empty = true;
    }
    line += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

/** The width to wrap to: the terminal's, or $COLUMNS, or 80; kept between 40 and 100. */
export function outputWidth(stdout: object, env: NodeJS.ProcessEnv): number {
  const columns =
    'columns' in stdout && typeof stdout.columns === 'number' ? stdout.columns : Number(env.COLUMNS ?? 80);
  return Math.max(40, Math.min(100, Number.isFinite(columns) && columns > 0 ? columns : 80));
}
