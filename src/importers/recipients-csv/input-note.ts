import type { Localized } from '../../core/i18n/lang.ts';
import type { EncodingFinding, RecipientEncoding } from './encoding.ts';

/** How a recipients file was read, as a job stores it. */
export interface ReadInput {
  kind?: 'csv' | 'xlsx';
  sheet?: string;
  /** Absent in jobs from before encodings were detected: UTF-8. */
  encoding?: RecipientEncoding;
  /** Why this encoding; a string in stored jobs, one of `EncodingFinding['reason']`. */
  encodingReason?: string;
}

const encodingNames: Record<RecipientEncoding, string> = { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252' };

/** Why, as the end of a sentence after "because" / "omdat" (Dutch verb last). */
const why: Record<EncodingFinding['reason'], Localized> = {
  bom: {
    nl: 'het met het UTF-8-kenmerk (byte order mark) begint',
    en: 'it starts with a UTF-8 byte order mark',
  },
  'valid-utf-8': { nl: 'elk teken geldige UTF-8 is', en: 'every byte is valid UTF-8' },
  'not-utf-8': {
    nl: 'het geen geldige UTF-8 is; zo bewaart Excel op Windows een gewone CSV',
    en: 'it is not valid UTF-8, as Excel on Windows saves a plain CSV',
  },
  chosen: { nl: 'dat zo gekozen is', en: 'it was chosen so' },
};

/**
 * One sentence, in Dutch and English, on how the rows were read: from which sheet of a
 * workbook, or in which encoding and why. The CLI prints it after the file's name and the
 * validation report starts with it, so whoever meets a garbled name knows at once which
 * encoding was used, and that it can be chosen.
 */
export function inputNote(input: ReadInput): Localized {
  if (input.kind === 'xlsx') {
    const sheet = input.sheet ?? '';
    return {
      nl: `Gelezen uit werkblad "${sheet}" van een Excel-werkmap (.xlsx).`,
      en: `Read from sheet "${sheet}" of an Excel workbook (.xlsx).`,
    };
  }
  const name = encodingNames[input.encoding ?? 'utf-8'];
  const reason = why[(input.encodingReason ?? 'valid-utf-8') as EncodingFinding['reason']];
  if (!reason) return { nl: `Gelezen als ${name}.`, en: `Read as ${name}.` };
  return { nl: `Gelezen als ${name}, omdat ${reason.nl}.`, en: `Read as ${name}, because ${reason.en}.` };
}
