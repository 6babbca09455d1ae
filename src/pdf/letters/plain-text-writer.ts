import { breakLines, createLineCache, fitLine } from './line-breaker.ts';
import type { PlacedLine, TextStyle, TextWriter } from './text-writer.ts';

/** Line breaks of the plain path, kept apart from the fenced path's so each is its own check. */
const lineCache = createLineCache();
const num = (value: number): string => String(Math.round(value * 100) / 100);

/**
 * Writes a letter's text with pdfkit's public API only: `widthOfString`, `currentLineHeight`
 * and `text` at a fixed place without line breaking. Used when the start-up check finds that
 * pdfkit's internals differ from the pinned version (see pdfkit-fence.ts), and by the test that
 * proves the fenced path gives the same text. Slower: pdfkit lays out every line of every letter.
 */
export function createPlainTextWriter(doc: PDFKit.PDFDocument): TextWriter {
  function use(style: TextStyle): PDFKit.PDFDocument {
    return doc.font(style.font).fontSize(style.size);
  }
  function measure(style: TextStyle, text: string): number {
    return use(style).widthOfString(text);
  }
  function write(style: TextStyle, lines: readonly PlacedLine[]): void {
    use(style);
    for (const line of lines) {
      // `lineBreak: false` places the line as it is: no wrapping and no new page.
      if (line.text) doc.text(line.text, line.x, line.y, { lineBreak: false });
    }
  }
  return {
    lineHeight: (style) => use(style).currentLineHeight(true),
    measure,
    breakLines: (style, text, width) =>
      lineCache(`${style.font}|${style.size}|${num(width)}|${text}`, () =>
        breakLines(text, width, (s) => measure(style, s)),
      ),
    fitLine: (style, text, width) =>
      lineCache(`fit|${style.font}|${style.size}|${num(width)}|${text}`, () => [
        fitLine(text, width, (s) => measure(style, s)),
      ])[0] as string,
    write,
    writeShared: write,
  };
}
