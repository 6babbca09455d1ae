import type { EncodingFinding, RecipientEncoding } from './encoding.ts';

/** How a recipients file is written: found from its bytes; the encoding may be chosen by the user. */
export interface CsvFormat {
  /** Bytes to skip at the start (3 for a UTF-8 byte order mark, else 0). */
  skipBytes: number;
  delimiter: ';' | ',';
  /** Text encoding of the rows; absent in jobs planned before encodings were detected (UTF-8). */
  encoding?: RecipientEncoding;
  /** How the encoding was decided, for the CLI output and the report. */
  encodingReason?: EncodingFinding['reason'];
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Detects the byte order mark and the delimiter from the header line: whichever of `;` and
 * `,` occurs more often outside quotes. Dutch Excel writes `;`, most other tools `,`.
 */
export function detectCsvFormat(head: Buffer): CsvFormat {
  const skipBytes = head.subarray(0, 3).equals(BOM) ? 3 : 0;
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = skipBytes; i < head.length; i++) {
    const b = head[i];
    if (b === 0x22) quoted = !quoted;
    else if (!quoted && b === 0x0a) break;
    else if (!quoted && b === 0x3b) semicolons++;
    else if (!quoted && b === 0x2c) commas++;
  }
  return { skipBytes, delimiter: semicolons >= commas && semicolons > 0 ? ';' : ',' };
}
