import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors/catalogue.ts';
import { SpilledStrings } from './spilled-strings.ts';

/** Whether a file is a zip archive (an `.xlsx` workbook), whatever its name. */
export async function isZipFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

/** The text a spreadsheet shows for a cell value, without its formatting. */
export function cellText(value: unknown, strings?: SpilledStrings): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text?: string }[]; text?: unknown; result?: unknown; error?: string };
    if (typeof (value as { sharedString?: unknown }).sharedString === 'number')
      return strings?.get((value as { sharedString: number }).sharedString) ?? '';
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return '';
}

/** One CSV field: quoted when it holds a comma or a quote. Line breaks in a cell become spaces. */
function csvField(text: string): string {
  const flat = text.replace(/\r\n|[\r\n]/g, ' ');
  return /[",]/.test(flat) ? `"${flat.replaceAll('"', '""')}"` : flat;
}

export interface XlsxConversion {
  /** The sheet that was read. */
  sheet: string;
  /** All sheets of the workbook, in the zip's order, to name in a message. */
  sheets: string[];
}

function sheetMissing(file: string, wanted: string, sheets: string[]): AppError {
  const list = sheets.join(', ');
  return new AppError('validation_failed', {
    detail: `${file} has no sheet "${wanted}" (sheets: ${list}).`,
    fieldErrors: [
      {
        path: 'sheet',
        message: {
          nl: `${file} heeft geen werkblad "${wanted}". Kies uit: ${list}.`,
          en: `${file} has no sheet "${wanted}". Choose from: ${list}.`,
        },
      },
    ],
  });
}

/**
 * What ExcelJS 4.4's `WorkbookReader.parse()` yields (not in its type definitions): sheets and
 * hyperlinks as events, and with `sharedStrings: 'emit'` each shared string bare, as
 * `{ index, text }` (its own `read()` expects an event there, so only `parse()` gives them).
 */
type ReaderEvent =
  | { eventType: 'worksheet'; value: AsyncIterable<ExcelJS.Row> & { name: string } }
  | { eventType: 'hyperlinks'; value: unknown }
  | { eventType?: undefined; index: number; text: unknown };

/**
 * Streams one sheet of an `.xlsx` workbook into a UTF-8 CSV (comma, LF) in which line N is
 * row N of the sheet: empty rows become empty lines and line breaks inside a cell become
 * spaces, so every rejection names the row the organisation sees in Excel. The first sheet
 * unless `sheet` names one (by name, or by position from 1). Rows stream through ExcelJS's
 * WorkbookReader; the shared-strings table (one entry per distinct text: a million for a
 * million names) goes to a table on disk next to `target` instead of memory, so memory stays
 * flat whatever the size of the workbook (see `SpilledStrings`).
 */
export async function convertXlsxToCsv(
  path: string,
  target: string,
  options: { sheet?: string } = {},
): Promise<XlsxConversion> {
  const file = basename(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'emit',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const tmp = `${target}.${process.pid}.tmp`;
  const strings = new SpilledStrings(`${tmp}.strings`, `${tmp}.offsets`);
  const out = createWriteStream(tmp, { mode: 0o600 });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const seen: string[] = [];
  let chosen: string | undefined;
  try {
    const events = (reader as unknown as { parse(): AsyncIterable<ReaderEvent> }).parse();
    for await (const event of events) {
      if (event.eventType === undefined) {
        if (event.index !== strings.size) throw new Error(`shared string ${event.index} out of order`);
        strings.add(cellText(event.text));
        continue;
      }
      if (event.eventType !== 'worksheet') continue;
      const sheet = event.value;
      const name = sheet.name;
      seen.push(name);
      const model = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model;
      const order = model?.sheets?.map((s) => s.name) ?? [];
      const wanted = options.sheet;
      const take =
        chosen === undefined &&
        (wanted === undefined
          ? (order[0] ?? name) === name
          : name.toLowerCase() === wanted.toLowerCase() ||
            (/^\d+$/.test(wanted) && order[Number(wanted) - 1] === name));
      let width = 0;
      let line = 0;
      for await (const row of sheet) {
        if (!take) continue;
        const values = (row.values as unknown[]).slice(1).map((v) => cellText(v, strings));
        if (line === 0 && values.some(Boolean)) width = values.length;
        while (values.length > width && values[values.length - 1] === '') values.pop();
        while (values.length < width) values.push('');
        await write('\n'.repeat(Math.max(0, row.number - 1 - line)));
        await write(`${values.map(csvField).join(',')}\n`);
        line = row.number;
      }
      if (take) chosen = name;
    }
    out.end();
    await finished(out);
    if (chosen === undefined) throw sheetMissing(file, options.sheet ?? '1', seen);
    await rename(tmp, target);
    return { sheet: chosen, sheets: seen };
  } catch (error) {
    out.destroy();
    if (error instanceof AppError) throw error;
    throw new AppError('validation_failed', {
      detail: `${file} cannot be read as an Excel workbook: ${(error as Error).message}`,
      fieldErrors: [
        {
          path: 'recipients',
          message: {
            nl: `${file} is geen leesbaar Excel-bestand (.xlsx). Sla het opnieuw op in Excel, of lever een CSV.`,
            en: `${file} is not a readable Excel workbook (.xlsx). Save it again in Excel, or upload a CSV.`,
          },
        },
      ],
    });
  } finally {
    strings.close();
    await Promise.all([tmp, `${tmp}.strings`, `${tmp}.offsets`].map((f) => rm(f, { force: true })));
  }
}
