import { createHmac } from 'node:crypto';
import { generateCode } from '../core/codes/index.ts';

/**
 * Codes are derived, not drawn: each person's code is HMAC-SHA-256 of a per-job seed and their
 * row number, turned into code symbols by `generateCode`. A job that is killed and started
 * again therefore prints exactly the same code for the same row, with nothing to store but the
 * keyed hash. The seed is itself derived from the server's CODE_SECRET, the breach and the
 * round, so it is never stored: the database alone cannot reproduce a single code.
 */
export function jobSeed(codeSecret: string, breachId: string, round: number): Buffer {
  return createHmac('sha256', codeSecret).update(`letters|${breachId}|${round}`).digest();
}

/** The code for one data row of a job: same seed and row, same code. */
export function codeForRow(seed: Buffer, row: number): string {
  let block = 0;
  return generateCode((size) => {
    const out = Buffer.alloc(size);
    for (let filled = 0; filled < size; block++) {
      const bytes = createHmac('sha256', seed).update(`row|${row}|${block}`).digest();
      filled += bytes.copy(out, filled);
    }
    return out;
  });
}
