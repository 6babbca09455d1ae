import { join } from 'node:path';

/**
 * The layout of a job's output folder. Everything in it holds personal data (names,
 * addresses, codes): it is for the organisation and its mail house only.
 */
export function outputPaths(outDir: string) {
  return {
    /** Finished shard files: `letters-00001.pdf`, or one `.eml` per letter in e-mail jobs. */
    letters: join(outDir, 'letters'),
    /** Per-shard manifest and rejection parts, joined into the two files below at the end. */
    parts: join(outDir, 'parts'),
    /** Shards being written; removed when a shard completes. Never read as output. */
    partial: join(outDir, '.partial'),
    manifest: join(outDir, 'manifest.csv'),
    report: join(outDir, 'validation-report.csv'),
    summary: join(outDir, 'summary.json'),
  };
}
