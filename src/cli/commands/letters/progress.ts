import type { LetterJobProgress } from '../../../letters-pipeline/index.ts';
import type { CliIo } from '../../io.ts';

/**
 * Progress on stderr: a redrawn bar when stderr is a terminal, otherwise a plain line at
 * most every few seconds (logs of a CI job or a mail-house batch run stay readable).
 */
export function progressReporter(io: CliIo, now: () => number = Date.now) {
  const tty = Boolean((io.stderr as { isTTY?: boolean }).isTTY);
  const started = now();
  let lastLine = 0;
  return {
    update(p: LetterJobProgress) {
      const share = p.received ? p.processed / p.received : 1;
      const seconds = Math.max(0.001, (now() - started) / 1000);
      const rate = Math.round(p.generated / seconds);
      const text = `${p.processed}/${p.received} rows, ${p.generated} letters, ${p.rejected} rejected, ${rate} letters/s`;
      if (tty) {
        const width = 30;
        const filled = Math.round(share * width);
        io.stderr.write(
          `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(share * 100)}% ${text}`,
        );
      } else if (now() - lastLine >= 5000 || p.processed === p.received) {
        lastLine = now();
        io.stderr.write(`progress: ${Math.floor(share * 100)}% ${text}\n`);
      }
    },
    end() {
      if (tty) io.stderr.write('\n');
    },
  };
}
