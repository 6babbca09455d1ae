/**
 * Splits a CSV byte stream into records without holding more than one record in memory.
 *
 * Why not csv-parse's own streaming: with `skip_records_with_error` it resynchronises badly
 * after a stray quote and silently drops the rows that follow (measured with csv-parse 7), and
 * "lose no one" is the first rule of a notification run. This splitter works on bytes (the
 * delimiter, quote and newline are ASCII, so UTF-8 sequences never contain them), knows the
 * exact byte offset and physical line of every record — which the job planner needs to cut a
 * file into shards that other threads or machines read on their own — and turns a broken
 * record into a reported row instead of a lost one.
 */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** One record as it stands in the file. */
export interface RawRecord {
  /** The record's bytes without its line ending. */
  bytes: Buffer;
  /** Physical line (1-based) on which the record starts. */
  line: number;
  /** Byte offset of the first byte after the record's line ending. */
  end: number;
  /** Physical line at `end`: where a reader starting at `end` begins counting. */
  nextLine: number;
  /** Why the record cannot be read as CSV (unclosed quote, text after a closing quote). */
  malformed?: 'quote_not_closed' | 'text_after_quote';
}

export interface SplitOptions {
  delimiter: number;
  /** Byte offset of the first byte of `source` in the file (for shards). */
  startOffset?: number;
  /** Physical line number of the first byte of `source`. */
  startLine?: number;
  /** A quoted field longer than this is treated as an unclosed quote. */
  maxRecordBytes?: number;
}

type State = 'field_start' | 'unquoted' | 'quoted' | 'quote_in_quoted' | 'after_quote_bad';

/**
 * The splitter as a push parser: give it chunks in order and it returns the records they
 * complete, synchronously. A reader that does more per record (decoding, checks) saves one
 * async step per record by using it directly instead of `splitCsvRecords`.
 *
 * A record whose quote does not close within `maxRecordBytes` (or before the end) is given as
 * malformed with only its first line, and scanning resumes on the next line, so one bad quote
 * cannot swallow the rest.
 */
export class CsvRecordSplitter {
  private readonly delimiter: number;
  private readonly maxRecordBytes: number;
  private offset: number; // file offset of pending[0]
  private line: number; // line at pending[0]
  private pending: Buffer = Buffer.alloc(0);

  constructor(options: SplitOptions) {
    this.delimiter = options.delimiter;
    this.maxRecordBytes = options.maxRecordBytes ?? 64 * 1024;
    this.offset = options.startOffset ?? 0;
    this.line = options.startLine ?? 1;
  }

  /** The records that `chunk` completes. */
  push(chunk: Buffer): RawRecord[] {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    return this.scan(false);
  }

  /** The last record, when the input did not end with a line break. */
  end(): RawRecord[] {
    return this.scan(true);
  }

  // Scans `pending` from its start; keeps what is left for the next chunk.
  private scan(final: boolean): RawRecord[] {
    const out: RawRecord[] = [];
    const pending = this.pending;
    const delimiter = this.delimiter;
    let start = 0;
    while (start < pending.length) {
      let state: State = 'field_start';
      let i = start;
      let newlinesInside = 0;
      let recordEnd = -1; // index of the LF ending the record, or pending.length at EOF
      let bad: RawRecord['malformed'];
      for (; i < pending.length; i++) {
        const b = pending[i];
        if (state === 'quoted') {
          if (b === QUOTE) state = 'quote_in_quoted';
          else if (b === LF) newlinesInside++;
          continue;
        }
        if (state === 'quote_in_quoted') {
          if (b === QUOTE) {
            state = 'quoted';
            continue;
          }
          state = 'unquoted';
          if (b !== delimiter && b !== LF && b !== CR) {
            state = 'after_quote_bad';
            bad = 'text_after_quote';
          }
        }
        if (b === LF) {
          recordEnd = i;
          break;
        }
        if (b === delimiter) {
          if (state !== 'after_quote_bad') state = 'field_start';
          continue;
        }
        if (state === 'field_start') state = b === QUOTE ? 'quoted' : 'unquoted';
      }
      const inQuote = state === 'quoted' && recordEnd < 0;
      // A broken record over several lines most likely swallowed the next person's line (a
      // stray quote closed by the quote that opens the next line): report its first line only.
      const brokenOverLines = recordEnd >= 0 && bad !== undefined && newlinesInside > 0;
      if (brokenOverLines || (inQuote && (final || i - start > this.maxRecordBytes))) {
        // An unclosed quote: report the first line only and read on from the next line.
        const firstLf = pending.indexOf(LF, start);
        const stop = firstLf < 0 ? pending.length : firstLf;
        const end = stop > start && pending[stop - 1] === CR ? stop - 1 : stop;
        const next = firstLf < 0 ? stop : stop + 1;
        out.push(this.record(start, end, next, this.line + 1, bad ?? 'quote_not_closed'));
        this.line += 1;
        start = firstLf < 0 ? pending.length : firstLf + 1;
        continue;
      }
      if (recordEnd < 0) {
        if (!final) break;
        recordEnd = pending.length;
      }
      const next = Math.min(recordEnd + 1, pending.length);
      let stop = recordEnd;
      if (stop > start && pending[stop - 1] === CR) stop--;
      if (stop > start) out.push(this.record(start, stop, next, this.line + 1 + newlinesInside, bad));
      this.line += 1 + newlinesInside;
      start = next;
    }
    this.offset += start;
    this.pending = pending.subarray(start);
    return out;
  }

  private record(
    start: number,
    stop: number,
    next: number,
    nextLine: number,
    malformed?: RawRecord['malformed'],
  ): RawRecord {
    // Copy: the record outlives the chunk it came from.
    const bytes = Buffer.from(this.pending.subarray(start, stop));
    const raw: RawRecord = { bytes, line: this.line, end: this.offset + next, nextLine };
    if (malformed) raw.malformed = malformed;
    return raw;
  }
}

/** Yields every non-empty record of `source` (see `CsvRecordSplitter`). */
export async function* splitCsvRecords(
  source: AsyncIterable<Buffer | string>,
  options: SplitOptions,
): AsyncGenerator<RawRecord> {
  const splitter = new CsvRecordSplitter(options);
  for await (const chunk of source) {
    yield* splitter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  yield* splitter.end();
}

/**
 * Splits one record into fields (RFC 4180 quoting, `""` inside quotes is one quote).
 * A quote inside an unquoted field is kept as text, as spreadsheet programs write it.
 */
export function parseCsvFields(text: string, delimiter: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          value += text.slice(i);
          i = text.length;
          break;
        }
        value += text.slice(i, q);
        if (text[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const d = text.indexOf(delimiter, i);
      fields.push(value + (d < 0 ? text.slice(i) : text.slice(i, d)));
      if (d < 0) return fields;
      i = d + 1;
    } else {
      const d = text.indexOf(delimiter, i);
      if (d < 0) {
        fields.push(text.slice(i));
        return fields;
      }
      fields.push(text.slice(i, d));
      i = d + 1;
    }
  }
}
