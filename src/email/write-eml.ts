import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutgoingEmail } from './compose-letter-email.ts';

/** The `.eml` file name for a message: the recipient row, zero-padded, so files sort in order. */
export function emlFileName(email: OutgoingEmail): string {
  return `${String(email.row).padStart(9, '0')}.eml`;
}

/**
 * Writes a composed message as an `.eml` file (RFC 5322) into `directory` and returns its file
 * name. The directory must be private to the writer (a shard's temporary folder): files become
 * visible only when the shard renames them into place, so no temporary name is needed here. The
 * write is synchronous because it runs on a render thread, where waiting on the file system's
 * shared thread pool for every message cost more than the write itself (docs/benchmarks.md).
 */
export function writeEml(directory: string, email: OutgoingEmail): string {
  const name = emlFileName(email);
  writeFileSync(join(directory, name), email.raw);
  return name;
}
