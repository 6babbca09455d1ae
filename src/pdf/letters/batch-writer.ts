import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { letterChecksum } from '../../core/letters/checksum.ts';
import type { Lang } from '../../core/i18n/lang.ts';
import type { Letter } from '../../core/letters/types.ts';
import { fontSource, loadLetterFonts } from './fonts.ts';
import { layout, mm } from './layout.ts';
import { fontNames, renderLetter, stampPageNumbers, type LetterCanvas } from './render-letter.ts';
import { checkPdfkitFence, LetterDocument } from './pdfkit-fence.ts';
import { createPlainTextWriter } from './plain-text-writer.ts';
import { createTextWriter } from './text-writer.ts';

export interface LetterBatchOptions {
  /** Folder the PDF files are written to; it must exist. */
  directory: string;
  /** Letters per PDF file; a mail house usually wants a few hundred to a few thousand. */
  lettersPerFile: number;
  /** File name for the n-th file (0-based), e.g. `(n) => \`shard-3-${n}.pdf\``. */
  fileName?: (index: number) => string;
  /** Index of the first file, so that shards or a resumed job continue the numbering. */
  firstFileIndex?: number;
  /** Title of each file in its metadata; must not hold personal data. */
  title: string;
  /** Fixed creation date: with it, the same letters give byte-identical files. */
  creationDate: Date;
  /** Main language of the files (default Dutch); each letter also carries its own language. */
  lang?: Lang;
  /**
   * `fenced` writes text through `LetterDocument` (fast, relies on pinned pdfkit internals);
   * `plain` through pdfkit's public API. Default: fenced when the start-up check passes.
   */
  engine?: 'fenced' | 'plain';
}

/** Output pdfkit produced since the last `take()`. */
interface OutputSink {
  take(): Buffer | null;
}

/** Where one letter ended up, for the manifest. */
export interface PlacedLetter {
  row: number;
  file: string;
  /** 1-based page in the file where the letter starts. */
  firstPage: number;
  pageCount: number;
  /** SHA-256 of the letter's content model (see `letterChecksum`). */
  checksum: string;
}

export interface LetterBatchWriter {
  /** Renders a letter into the current file, opening the next file when it is full. */
  add(letter: Letter): Promise<PlacedLetter>;
  /** Finishes the open file; resolves when every file is fully on disk. */
  close(): Promise<string[]>;
}

interface OpenFile extends LetterCanvas {
  fd: number;
  /** What pdfkit produced since the last write to disk. */
  output: OutputSink;
  name: string;
  letters: number;
  pages: number;
}

/**
 * Writes letters into PDF files of `lettersPerFile` letters each, streaming to disk: pages are
 * flushed after every letter, so memory does not grow with the size of a file. Font files are
 * read once per process; each PDF file embeds the subset it uses.
 */
export function createLetterBatchWriter(options: LetterBatchOptions): LetterBatchWriter {
  if (!Number.isInteger(options.lettersPerFile) || options.lettersPerFile < 1) {
    throw new RangeError('lettersPerFile must be a whole number of at least 1');
  }
  const fonts = loadLetterFonts();
  const name = options.fileName ?? ((i: number) => `letters-${String(i).padStart(5, '0')}.pdf`);
  let index = options.firstFileIndex ?? 0;
  let current: OpenFile | undefined;
  const written: string[] = [];

  const engine = options.engine ?? (checkPdfkitFence(fontSource(fonts.regular)).ok ? 'fenced' : 'plain');

  function open(): OpenFile {
    const settings: PDFKit.PDFDocumentOptions = {
      size: 'A4',
      autoFirstPage: false,
      bufferPages: true,
      margins: {
        top: mm(layout.marginTop),
        bottom: mm(layout.marginBottom),
        left: mm(layout.marginLeft),
        right: mm(layout.marginRight),
      },
      pdfVersion: '1.7',
      tagged: true,
      lang: options.lang === 'en' ? 'en-GB' : 'nl-NL',
      displayTitle: true,
      info: { Title: options.title, Creator: 'Datalekwijzer', CreationDate: options.creationDate },
    };
    // pdfkit pushes every object and line it writes into its readable side, in many small
    // chunks. Piped into a file stream they waited in the stream's buffer until the shard ended
    // (a stream only flows between event-loop turns), and the stream machinery cost more than
    // a tenth of the rendering. So the output is collected and written to the file at once
    // after each letter: by `LetterDocument` itself, or read from pdfkit's stream buffer.
    const fenced = engine === 'fenced' ? new LetterDocument(settings) : undefined;
    const doc = fenced ?? new PDFDocument(settings);
    const output: OutputSink = fenced
      ? { take: () => fenced.takeOutput() }
      : { take: () => doc.read() as Buffer | null };
    doc.registerFont(fontNames.regular, fontSource(fonts.regular));
    doc.registerFont(fontNames.bold, fontSource(fonts.bold));
    doc.registerFont(fontNames.mono, fontSource(fonts.mono));
    const fileName = name(index++);
    const fd = openSync(join(options.directory, fileName), 'w');
    // One Document element holds every letter, so the structure tree has a single root.
    const root = doc.struct('Document');
    doc.addStructure(root);
    const text = fenced ? createTextWriter(fenced) : createPlainTextWriter(doc);
    return { doc, text, root, fd, output, name: fileName, letters: 0, pages: 0 };
  }

  function flush(file: OpenFile): void {
    const bytes = file.output.take();
    if (bytes) writeSync(file.fd, bytes);
  }

  function finish(file: OpenFile): void {
    file.root.end();
    file.doc.end(); // writes the remaining objects, cross-reference table and trailer
    flush(file);
    closeSync(file.fd);
    written.push(file.name);
  }

  return {
    async add(letter) {
      if (current && current.letters >= options.lettersPerFile) {
        finish(current);
        current = undefined;
      }
      current ??= open();
      const file = current;
      const first = file.doc.bufferedPageRange().start + file.doc.bufferedPageRange().count;
      const pageCount = renderLetter(file, letter);
      stampPageNumbers(file, letter, first, pageCount);
      file.doc.flushPages();
      file.letters++;
      const placed = {
        row: letter.row,
        file: file.name,
        firstPage: file.pages + 1,
        pageCount,
        checksum: letterChecksum(letter),
      };
      file.pages += pageCount;
      flush(file);
      return placed;
    },
    async close() {
      if (current) finish(current);
      current = undefined;
      // Everything above is synchronous. Let the event loop turn once, so that callbacks pdfkit
      // and its stream queued with process.nextTick run and release the finished documents: a
      // caller that renders shard after shard without ever waiting would otherwise keep every
      // document of every shard in memory.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return [...written];
    },
  };
}
