import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Localized } from '../../core/i18n/lang.ts';
import { AppError } from '../../errors/catalogue.ts';
import { CsvRecordSplitter, parseCsvFields, splitCsvRecords, type RawRecord } from './csv-records.ts';
import { detectCsvFormat, type CsvFormat } from './detect-format.ts';
import { duplicateReason, personKey, type DuplicateIndex } from './duplicates.ts';
import { decodeRecord, type RecipientEncoding } from './encoding.ts';
import { detectFileEncoding } from './file-encoding.ts';
import {
  mappedColumns,
  recipientFields,
  resolveMapping,
  type RecipientField,
  type RecipientMapping,
} from './mapping.ts';
import {
  validateRecipient,
  type FieldProblem,
  type ValidationContext,
  type ValidRecipient,
} from './validate-recipient.ts';

/** The header of a recipients file and where its data rows begin. */
export interface RecipientFileHead {
  format: CsvFormat;
  headers: string[];
  /** Byte offset of the first data row. */
  dataOffset: number;
  /** Physical line of the first data row. */
  dataLine: number;
}

/** A row that was not accepted, with everything the organisation needs to find and fix it. */
export interface Rejection {
  file: string;
  row: number;
  line: number;
  problems: FieldProblem[];
  /** For a row that repeats a person: the line of the first row of that person. */
  duplicateOf?: number;
}

export type RecipientEntry =
  { type: 'accepted'; recipient: ValidRecipient } | { type: 'rejected'; rejection: Rejection };

/**
 * Reads the header line and the format of a recipients file. The encoding is decided over the
 * whole file (one streaming pass, constant memory) unless `encoding` gives it.
 */
export async function readRecipientFileHead(
  path: string,
  options: { encoding?: RecipientEncoding } = {},
): Promise<RecipientFileHead> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const format = detectCsvFormat(head.subarray(0, bytesRead));
    const found = await detectFileEncoding(path, {
      bom: format.skipBytes === 3,
      ...(options.encoding ? { chosen: options.encoding } : {}),
    });
    format.encoding = found.encoding;
    format.encodingReason = found.reason;
    const source = createReadStream(path, { start: format.skipBytes });
    try {
      for await (const record of splitCsvRecords(source, {
        delimiter: format.delimiter.charCodeAt(0),
        startOffset: format.skipBytes,
      })) {
        const decoded = decodeRecord(record.bytes, found.encoding);
        const text = decoded.ok ? decoded.text : record.bytes.toString('latin1');
        const headers = parseCsvFields(text, format.delimiter).map((h) => h.trim());
        return { format, headers, dataOffset: record.end, dataLine: record.line + 1 };
      }
    } finally {
      source.destroy();
    }
    throw new AppError('validation_failed', {
      detail: 'The recipients file is empty.',
      fieldErrors: [
        {
          path: 'recipients',
          message: {
            nl: 'Het bestand heeft geen kopregel. Zet de namen van de kolommen op de eerste regel.',
            en: 'The file has no header line. Put the column names on the first line.',
          },
        },
      ],
    });
  } finally {
    await handle.close();
  }
}

export interface ReadRecipientsOptions {
  path: string;
  head: RecipientFileHead;
  mapping: RecipientMapping;
  context: ValidationContext;
  /** Read only part of the file (a shard): byte range and the data row it starts with. */
  range?: { start: number; end: number; firstRow: number; firstLine: number };
  /** Rows known to repeat an earlier person (from the job plan): row → line of the first. */
  duplicates?: ReadonlyMap<number, number>;
  /** Find repeated persons while reading the whole file in order (the plan, the upload check). */
  findDuplicates?: DuplicateIndex;
}

const malformedReason: Record<NonNullable<RawRecord['malformed']>, Localized> = {
  quote_not_closed: {
    nl: 'Een aanhalingsteken (") wordt niet gesloten. Deze regel is niet gelezen.',
    en: 'A quotation mark (") is not closed. This line was not read.',
  },
  text_after_quote: {
    nl: 'Na een aanhalingsteken (") staat tekst binnen hetzelfde veld. Deze regel is niet gelezen.',
    en: 'There is text after a quotation mark (") in the same field. This line was not read.',
  },
};

function columnCount(found: number, expected: number): Localized {
  return {
    nl: `Deze regel heeft ${found} kolommen, de kopregel heeft er ${expected}.`,
    en: `This row has ${found} columns, the header has ${expected}.`,
  };
}

/**
 * Streams the data rows of a recipients file (or one shard of it) as accepted recipients and
 * rejections, in file order. Memory stays constant whatever the size of the file.
 */
export async function* readRecipients(options: ReadRecipientsOptions): AsyncGenerator<RecipientEntry> {
  const { head, context } = options;
  const columns = resolveMapping(options.mapping, head.headers, context.requirement);
  const mapped = recipientFields.filter((f) => columns[f] !== undefined);
  const range = options.range ?? {
    start: head.dataOffset,
    end: Infinity,
    firstRow: 1,
    firstLine: head.dataLine,
  };
  const file = basename(options.path);
  const source = createReadStream(options.path, {
    start: range.start,
    ...(Number.isFinite(range.end) ? { end: range.end - 1 } : {}),
    highWaterMark: 256 * 1024,
  });
  const splitter = new CsvRecordSplitter({
    delimiter: head.format.delimiter.charCodeAt(0),
    startOffset: range.start,
    startLine: range.firstLine,
  });
  const read: RowReader = {
    file,
    options,
    columns,
    mapped,
    encoding: head.format.encoding ?? 'utf-8',
    delimiter: head.format.delimiter,
    width: head.headers.length,
    row: range.firstRow - 1,
  };
  try {
    // The splitter is synchronous: one async step per chunk of the file, not per record.
    for await (const chunk of source as AsyncIterable<Buffer>) {
      for (const record of splitter.push(chunk)) yield entryOf(read, record);
    }
    for (const record of splitter.end()) yield entryOf(read, record);
  } finally {
    source.destroy();
  }
}

/** What `entryOf` needs of the file being read; `row` counts the data rows read so far. */
interface RowReader {
  file: string;
  options: ReadRecipientsOptions;
  columns: Partial<Record<RecipientField, number[]>>;
  mapped: readonly RecipientField[];
  encoding: RecipientEncoding;
  delimiter: string;
  width: number;
  row: number;
}

/** One record of the file as an accepted recipient or a rejection. */
function entryOf(read: RowReader, record: RawRecord): RecipientEntry {
  read.row++;
  const { file, options } = read;
  const position = { row: read.row, line: record.line };
  if (record.malformed)
    return reject(file, position, [{ field: 'row', reason: malformedReason[record.malformed] }]);
  const decoded = decodeRecord(record.bytes, read.encoding);
  if (!decoded.ok) return reject(file, position, [{ field: 'row', reason: decoded.reason }]);
  const fields = parseCsvFields(decoded.text, read.delimiter);
  if (fields.length !== read.width)
    return reject(file, position, [{ field: 'row', reason: columnCount(fields.length, read.width) }]);
  const values: Partial<Record<RecipientField, string>> = {};
  for (const field of read.mapped) values[field] = joinColumns(fields, read.columns[field] as number[]);
  const result = validateRecipient(values, position, options.context);
  if (!result.ok)
    return reject(
      file,
      position,
      result.problems.map((p) => withColumn(p, options.mapping)),
    );
  const first = firstOf(result.recipient, record.line, options);
  if (first === undefined) return { type: 'accepted', recipient: result.recipient };
  return {
    type: 'rejected',
    rejection: {
      file,
      row: position.row,
      line: position.line,
      problems: [{ field: 'row', reason: duplicateReason(first) }],
      duplicateOf: first,
    },
  };
}

function firstOf(recipient: ValidRecipient, line: number, options: ReadRecipientsOptions) {
  const known = options.duplicates?.get(recipient.row);
  if (known !== undefined || !options.findDuplicates) return known;
  return options.findDuplicates.seen(personKey(recipient, options.context.requirement), line);
}

/** A composed field: its columns' values joined by one space, empty parts left out. */
function joinColumns(fields: readonly string[], indexes: readonly number[]): string {
  if (indexes.length === 1) return fields[indexes[0] as number] ?? '';
  let joined = '';
  for (const i of indexes) {
    const part = (fields[i] ?? '').trim();
    if (part) joined = joined ? `${joined} ${part}` : part;
  }
  return joined;
}

/** Names the file's own column header(s) next to our field, so the report speaks the file's language. */
function withColumn(problem: FieldProblem, mapping: RecipientMapping): FieldProblem {
  if (problem.field === 'row') return problem;
  const headers = mappedColumns(mapping, problem.field);
  return headers.length ? { ...problem, column: headers.join(' + ') } : problem;
}

function reject(
  file: string,
  position: { row: number; line: number },
  problems: FieldProblem[],
): RecipientEntry {
  // Fields named one by one: an object spread costs more than the rest of a row's checks.
  return { type: 'rejected', rejection: { file, row: position.row, line: position.line, problems } };
}
