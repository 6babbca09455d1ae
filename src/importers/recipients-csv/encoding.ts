import type { Localized } from '../../core/i18n/lang.ts';

/**
 * The text encodings a recipients file can be read in. Excel on a Dutch Windows PC saves "CSV
 * (gescheiden door lijstscheidingsteken)" in Windows-1252; "CSV UTF-8" adds a byte order mark.
 * ISO-8859-1 is read as Windows-1252, as every browser does (WHATWG Encoding): the two differ
 * only in bytes 0x80–0x9F, which ISO-8859-1 uses for invisible control characters.
 */
export const recipientEncodings = ['utf-8', 'windows-1252'] as const;
export type RecipientEncoding = (typeof recipientEncodings)[number];

/** Names a user may give with `--encoding` or on the upload page, without case or punctuation. */
const encodingLabels: Record<string, RecipientEncoding> = {
  utf8: 'utf-8',
  utf8bom: 'utf-8',
  unicode: 'utf-8',
  windows1252: 'windows-1252',
  cp1252: 'windows-1252',
  win1252: 'windows-1252',
  ansi: 'windows-1252',
  iso88591: 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
};

/** The encoding a label stands for, or undefined for an unknown label. */
export function encodingFromLabel(label: string): RecipientEncoding | undefined {
  return encodingLabels[label.toLowerCase().replace(/[^a-z0-9]/g, '')];
}

/** How the encoding of a file was decided, for the CLI output and the report. */
export interface EncodingFinding {
  encoding: RecipientEncoding;
  /** `bom`: UTF-8 byte order mark; `valid-utf-8`: every byte sequence is UTF-8; `not-utf-8`: a byte is not; `chosen`: given by the user. */
  reason: 'bom' | 'valid-utf-8' | 'not-utf-8' | 'chosen';
  bom: boolean;
}

/** What one pass of `Utf8Scan` found. */
export interface Utf8Verdict {
  valid: boolean;
  /** Whether any byte above 0x7F was seen (a file of plain ASCII reads the same in both). */
  nonAscii: boolean;
  /** Whether a correct multi-byte UTF-8 sequence came before the first bad byte. */
  utf8BeforeBad: boolean;
  /** Physical line (1-based) of the first byte that is not UTF-8. */
  firstBadLine?: number;
}

/**
 * Checks, chunk by chunk and in constant memory, whether a byte stream is UTF-8 (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF) and on which line it first is not.
 */
export class Utf8Scan {
  private need = 0; // continuation bytes still expected
  private low = 0x80; // allowed range of the next continuation byte
  private high = 0xbf;
  private line = 1;
  private verdict: Utf8Verdict = { valid: true, nonAscii: false, utf8BeforeBad: false };

  push(chunk: Buffer): void {
    if (!this.verdict.valid) return;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (this.need > 0) {
        if (b < this.low || b > this.high) return this.bad();
        this.need--;
        this.low = 0x80;
        this.high = 0xbf;
        if (this.need === 0) this.verdict.utf8BeforeBad = true;
        continue;
      }
      if (b < 0x80) {
        if (b === 0x0a) this.line++;
        continue;
      }
      this.verdict.nonAscii = true;
      if (b >= 0xc2 && b <= 0xdf) this.need = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        this.need = 2;
        if (b === 0xe0) this.low = 0xa0;
        if (b === 0xed) this.high = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        this.need = 3;
        if (b === 0xf0) this.low = 0x90;
        if (b === 0xf4) this.high = 0x8f;
      } else return this.bad();
    }
  }

  end(): Utf8Verdict {
    if (this.need > 0 && this.verdict.valid) this.bad();
    return this.verdict;
  }

  private bad(): void {
    this.verdict.valid = false;
    this.verdict.firstBadLine = this.line;
    this.verdict.nonAscii = true;
  }
}

/** Why a file cannot be read faithfully, with the way out, in both languages. */
export function encodingRefusal(
  file: string,
  kind: 'bad-utf-8' | 'mixed' | 'utf-8-as-1252',
  line?: number,
): Localized {
  if (kind === 'utf-8-as-1252')
    return {
      nl: `${file} is in UTF-8 geschreven. Als Windows-1252 gelezen worden namen verminkt (zoals "Ã«" in plaats van "ë"). Kies UTF-8 of laat de keuze aan ons over (--encoding weglaten).`,
      en: `${file} is written in UTF-8. Read as Windows-1252, names would be garbled (such as "Ã«" instead of "ë"). Choose UTF-8 or let us detect it (leave out --encoding).`,
    };
  if (kind === 'mixed')
    return {
      nl: `${file} is deels UTF-8 en deels iets anders (regel ${line}). Zo kunnen we niet elke naam goed lezen. Sla het bestand in Excel opnieuw op als "CSV UTF-8 (door komma's gescheiden)", of lever een .xlsx.`,
      en: `${file} is partly UTF-8 and partly something else (line ${line}). We cannot read every name correctly. Save the file again in Excel as "CSV UTF-8 (Comma delimited)", or upload the .xlsx.`,
    };
  return {
    nl: `${file} is geen geldige UTF-8 (regel ${line}). Is het bestand in Excel op Windows opgeslagen als gewone CSV? Kies dan Windows-1252 (--encoding windows-1252), of sla het opnieuw op als "CSV UTF-8".`,
    en: `${file} is not valid UTF-8 (line ${line}). If Excel on Windows saved it as a plain CSV, choose Windows-1252 (--encoding windows-1252), or save it again as "CSV UTF-8".`,
  };
}

/** Text that was decoded twice: UTF-8 bytes read as Windows-1252 or Latin-1 (`Ã«`, `Ã¼`, `Â `). */
const mojibake =
  /[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/;
/** C1 controls: bytes 0x80–0x9F that Windows-1252 leaves undefined, or that Latin-1 never prints. */
const c1Controls = /[\u0080-\u009f]/;
const win1252 = new TextDecoder('windows-1252');
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Why one row cannot be read as text; the row is rejected, never repaired by guessing. */
export const rowEncodingReasons = {
  notUtf8: {
    nl: 'Deze regel is geen geldige UTF-8. Sla het bestand opnieuw op als "CSV UTF-8".',
    en: 'This line is not valid UTF-8. Save the file again as "CSV UTF-8".',
  },
  undefinedByte: {
    nl: 'Deze regel heeft een teken dat in Windows-1252 niet bestaat. Sla het bestand opnieuw op als "CSV UTF-8".',
    en: 'This line has a byte that Windows-1252 does not define. Save the file again as "CSV UTF-8".',
  },
  mojibake: {
    nl: 'Deze regel heeft verminkte tekens (zoals "Ã«" voor "ë"): de tekst is ergens twee keer omgezet. Herstel de namen in het bronbestand.',
    en: 'This line has garbled characters (such as "Ã«" for "ë"): the text was converted twice somewhere. Fix the names in the source file.',
  },
} satisfies Record<string, Localized>;

/** Decodes one record's bytes, or says why that cannot be done faithfully. */
export function decodeRecord(
  bytes: Buffer,
  encoding: RecipientEncoding,
): { ok: true; text: string } | { ok: false; reason: Localized } {
  let text: string;
  if (encoding === 'utf-8') {
    try {
      text = utf8.decode(bytes);
    } catch {
      return { ok: false, reason: rowEncodingReasons.notUtf8 };
    }
  } else {
    text = win1252.decode(bytes);
    if (c1Controls.test(text)) return { ok: false, reason: rowEncodingReasons.undefinedByte };
  }
  if (mojibake.test(text)) return { ok: false, reason: rowEncodingReasons.mojibake };
  return { ok: true, text };
}
