import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
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

/**
 * A temporary name next to `target` that no other writer uses (process id and random bytes),
 * so two processes writing the same output at once never write into one file; each renames
 * its own complete file into place, and the contents are the same whoever renames last.
 */
export function temporaryName(target: string): string {
  return `${target}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

/** Writes `text` to `target` through its own temporary file and a rename; no half-written file stays. */
export async function writeAtomically(target: string, text: string): Promise<void> {
  const tmp = temporaryName(target);
  try {
    await writeFile(tmp, text);
    await rename(tmp, target);
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Removes shards a stopped run left half-written: they hold personal data and are never reused. */
export async function discardPartialOutputs(outDir: string): Promise<void> {
  await rm(outputPaths(outDir).partial, { recursive: true, force: true });
}
