import type { Rejection } from './read-recipients.ts';

/**
 * Header of the validation report: one line per problem of a rejected row. `line` is the line
 * in the file as a spreadsheet or text editor numbers it (the header is line 1); `column` is
 * the file's own header of the field (`voornaam + tussenvoegsel + achternaam` for a composed
 * one); `field` is our name for it (`row` for a problem of the whole line).
 */
export const reportHeader = ['file', 'row', 'line', 'field', 'column', 'reason_nl', 'reason_en'] as const;

/** Quotes a CSV value when needed (RFC 4180). Values starting with = + - @ are prefixed to stop formula injection. */
export function csvValue(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (with `\n`) from values. */
export function csvLine(values: readonly (string | number)[], delimiter = ','): string {
  return `${values.map(csvValue).join(delimiter)}\n`;
}

/** The report lines for one rejected row: one per problem, so every field is named. */
export function rejectionLines(rejection: Rejection): string {
  let out = '';
  for (const problem of rejection.problems) {
    out += csvLine([
      rejection.file,
      rejection.row,
      rejection.line,
      problem.field,
      problem.column ?? '',
      problem.reason.nl,
      problem.reason.en,
    ]);
  }
  return out;
}

/** Counts that must always add up: received = accepted + rejected. */
export interface ImportTotals {
  received: number;
  accepted: number;
  rejected: number;
}
