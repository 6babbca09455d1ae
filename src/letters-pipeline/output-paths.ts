import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The layout of a job's output folder. Everything in it holds personal data (names,
 * addresses, codes): it is for the organisation and its mail house only.
 */
export function outputPaths(outDir: string) {
  return {
    /**
     * Finished shard files: `letters-00001.pdf`, or in e-mail jobs a folder per shard with one
     * `.eml` per letter (`00001/000000001.eml`).
     */
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

/**
 * Moves a finished file or folder from a shard's temporary folder to `target`. A file replaces
 * what is there in one rename. A folder cannot replace a folder that holds files, which happens
 * when a shard is rendered again (after a crash, or by a second worker that took over a stalled
 * claim): the old folder, with the same contents, is first moved aside into `partial` and removed.
 */
export async function moveIntoPlace(source: string, target: string, partial: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(source, target);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || attempt === 3) throw error;
    }
    const aside = join(partial, `replaced-${process.pid}-${randomBytes(6).toString('hex')}`);
    await mkdir(partial, { recursive: true });
    await rename(target, aside).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error; // another worker moved it first
    });
    await rm(aside, { recursive: true, force: true });
  }
}

/** Removes shards a stopped run left half-written: they hold personal data and are never reused. */
export async function discardPartialOutputs(outDir: string): Promise<void> {
  await rm(outputPaths(outDir).partial, { recursive: true, force: true });
}
