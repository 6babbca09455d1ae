import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutgoingEmail } from './compose-letter-email.ts';

/** The `.eml` file name for a message: the recipient row, zero-padded, so files sort in order. */
export function emlFileName(email: OutgoingEmail): string {
  return `${String(email.row).padStart(9, '0')}.eml`;
}

/**
 * Writes a composed message as an `.eml` file (RFC 5322) and returns its file name. Written to a
 * temporary name first and then renamed, so a killed job never leaves half a message.
 */
export async function writeEml(directory: string, email: OutgoingEmail): Promise<string> {
  const name = emlFileName(email);
  const path = join(directory, name);
  await writeFile(`${path}.partial`, email.raw);
  await rename(`${path}.partial`, path);
  return name;
}
