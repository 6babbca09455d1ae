/**
 * pdfkit internals a letter batch replaces on its own documents, each with the same output
 * (the PDF tests check text, tags, fonts and byte-identical reruns). pdfkit is pinned; these are
 * the hot spots of writing a hundred small objects per letter:
 *
 * - `push`: pdfkit hands every piece of output to its readable stream. Here the pieces are only
 *   collected, and written to the file once per letter (see batch-writer.ts).
 * - `_write` and `addContent`: pdfkit turns each string into bytes one character at a time in
 *   JavaScript. Strings are kept as they are and converted natively (latin1 is the same
 *   byte-per-character mapping), runs of strings in one go.
 * - `markContent` for the two shapes letters use (a structure's MCID, an artifact's type), with
 *   nothing else open on the page: written directly instead of through pdfkit's general
 *   dictionary serialiser. Everything else goes to pdfkit's own method.
 */

interface Marking {
  tag: string;
  options?: Record<string, unknown>;
}

interface DocumentInternals {
  _offset: number;
  page: { write(chunk: Uint8Array): void; markings: Marking[] };
  markContent(tag: string, options?: Record<string, unknown> | null): unknown;
}

/** Output pdfkit produced since the last `take()`, as bytes or binary strings. */
export interface OutputSink {
  /** Everything collected so far as one buffer; empties the sink. */
  take(): Buffer | null;
}

const simpleName = /^[A-Za-z0-9]+$/;

export function tuneDocument(doc: PDFKit.PDFDocument, first: Buffer | null): OutputSink {
  const internals = doc as unknown as DocumentInternals;
  const pieces: (Uint8Array | string)[] = first ? [first] : [];
  const originalMarkContent = internals.markContent.bind(doc);

  Object.assign(doc, {
    push(chunk: Uint8Array | null): boolean {
      if (chunk) pieces.push(chunk);
      return true;
    },
    _write(data: Uint8Array | string): void {
      if (typeof data === 'string') {
        const line = `${data}\n`;
        pieces.push(line);
        internals._offset += line.length;
      } else {
        pieces.push(data);
        internals._offset += data.length;
      }
    },
    addContent(data: Uint8Array | string) {
      internals.page.write(typeof data === 'string' ? Buffer.from(`${data}\n`, 'latin1') : data);
      return doc;
    },
    markContent(tag: string, options: Record<string, unknown> | null = null) {
      const page = internals.page;
      const keys = options ? Object.keys(options) : [];
      const only = keys.length === 1 ? keys[0] : undefined;
      if (page.markings.length === 0 && options && simpleName.test(tag)) {
        if (only === 'mcid' && Number.isInteger(options.mcid)) {
          page.markings.push({ tag, options });
          page.write(Buffer.from(`/${tag} <</MCID ${String(options.mcid)}>> BDC\n`, 'latin1'));
          return doc;
        }
        if (tag === 'Artifact' && only === 'type' && simpleName.test(String(options.type))) {
          page.markings.push({ tag, options });
          page.write(Buffer.from(`/Artifact <</Type /${String(options.type)}>> BDC\n`, 'latin1'));
          return doc;
        }
      }
      return originalMarkContent(tag, options);
    },
  });

  return {
    take(): Buffer | null {
      if (pieces.length === 0) return null;
      const buffers: Uint8Array[] = [];
      let text = '';
      for (const piece of pieces) {
        if (typeof piece === 'string') text += piece;
        else {
          if (text) buffers.push(Buffer.from(text, 'latin1'));
          text = '';
          buffers.push(piece);
        }
      }
      if (text) buffers.push(Buffer.from(text, 'latin1'));
      pieces.length = 0;
      return buffers.length === 1 ? (buffers[0] as Buffer) : Buffer.concat(buffers);
    },
  };
}
