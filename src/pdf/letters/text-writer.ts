import { createLineCache, breakLines, fitLine } from './line-breaker.ts';

/** The fonts a letter uses, registered on every document under these names. */
export const fontNames = { regular: 'LetterSans', bold: 'LetterSansBold', mono: 'LetterMono' } as const;
export type FontName = (typeof fontNames)[keyof typeof fontNames];

export interface TextStyle {
  font: FontName;
  size: number;
}

/** A line placed on the page: `y` is the top of the line, in pdfkit's top-down points. */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
}

/**
 * The parts of pdfkit's embedded font this module relies on. They are not in pdfkit's public
 * typings; pdfkit is pinned, and the PDF tests (text, fonts, tags, QR) fail if they change.
 */
interface EmbeddedFont {
  id: string;
  ascender: number;
  encode(
    text: string,
  ): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
  widthOfString(text: string, size: number): number;
  lineHeight(size: number, includeGap?: boolean): number;
  ref(): unknown;
}
interface DocumentInternals {
  _font: EmbeddedFont;
  page: { height: number; fonts: Record<string, unknown> };
}

/**
 * Adds operators to the page's content stream. Given a string, pdfkit copies it into bytes one
 * character at a time in JavaScript; content operators are ASCII, so hand it bytes made natively.
 */
export function writeContent(doc: PDFKit.PDFDocument, operators: string): void {
  doc.addContent(Buffer.from(`${operators}\n`, 'latin1'));
}

const num = (value: number): string => String(Math.round(value * 100) / 100);

/** Paragraphs broken into lines, shared by every document in this process (or thread). */
const lineCache = createLineCache();

/**
 * Writes text into a pdfkit document without pdfkit's per-call text layout. A letter batch
 * repeats the same paragraphs in every letter, so the expensive parts are done once: line
 * breaks once per process, and glyph encoding once per file (glyph numbers belong to the font
 * subset of one file). pdfkit still embeds the fonts, writes ToUnicode maps and the structure
 * tree; this only emits the text operators, as pdfkit's own `text()` would.
 */
export function createTextWriter(doc: PDFKit.PDFDocument) {
  const internals = doc as unknown as DocumentInternals;
  const fonts = new Map<FontName, EmbeddedFont>();
  const encoded = new Map<string, string | null>();

  function font(name: FontName): EmbeddedFont {
    let found = fonts.get(name);
    if (!found) {
      doc.font(name);
      found = internals._font;
      fonts.set(name, found);
    }
    return found;
  }

  /** `[<glyphs> kern <glyphs>] TJ` for a line, or null when glyphs need their own offsets. */
  function showText(face: EmbeddedFont, text: string): string | null {
    const key = `${face.id}\u0000${text}`;
    const cached = encoded.get(key);
    if (cached !== undefined) return cached;
    const [glyphs, positions] = face.encode(text);
    let ops: string | null = '';
    let last = 0;
    for (let i = 0; i < positions.length; i++) {
      const pos = positions[i] as (typeof positions)[number];
      if (pos.xOffset || pos.yOffset) {
        ops = null;
        break;
      }
      const kern = pos.xAdvance - pos.advanceWidth;
      if (kern !== 0) {
        ops += `<${glyphs.slice(last, i + 1).join('')}> ${num(-kern)} `;
        last = i + 1;
      }
    }
    if (ops !== null) {
      if (last < glyphs.length) ops += `<${glyphs.slice(last).join('')}>`;
      ops = `[${ops.trimEnd()}] TJ`;
    }
    encoded.set(key, ops);
    return ops;
  }

  function measure(style: TextStyle, text: string): number {
    return font(style.font).widthOfString(text, style.size);
  }

  return {
    lineHeight(style: TextStyle): number {
      return font(style.font).lineHeight(style.size, true);
    },
    measure,
    /** The lines of a paragraph at this width; cached across letters and files. */
    breakLines(style: TextStyle, text: string, width: number): string[] {
      return lineCache(`${style.font}|${style.size}|${num(width)}|${text}`, () =>
        breakLines(text, width, (s) => measure(style, s)),
      );
    },
    /** One line cut to `width` with an ellipsis when needed. */
    fitLine(style: TextStyle, text: string, width: number): string {
      // Cached too: cutting a long line measures it once per character it removes.
      const key = `fit|${style.font}|${style.size}|${num(width)}|${text}`;
      return lineCache(key, () => [fitLine(text, width, (s) => measure(style, s))])[0] as string;
    },
    /** Writes lines in one style as a single text object. */
    write(style: TextStyle, lines: readonly PlacedLine[]): void {
      const face = font(style.font);
      const page = internals.page;
      page.fonts[face.id] ??= face.ref();
      const baseline = (face.ascender / 1000) * style.size;
      const parts = ['BT', `/${face.id} ${num(style.size)} Tf`];
      for (const line of lines) {
        if (!line.text) continue;
        const shown = showText(face, line.text);
        if (shown === null) {
          // Rare (combining marks placed by the font): let pdfkit place each glyph.
          parts.push('ET');
          writeContent(doc, parts.join('\n'));
          parts.length = 0;
          doc.font(style.font).fontSize(style.size).text(line.text, line.x, line.y, { lineBreak: false });
          parts.push('BT', `/${face.id} ${num(style.size)} Tf`);
          continue;
        }
        // pdfkit's page space runs top-down; the flipped text matrix keeps glyphs upright.
        parts.push(`1 0 0 -1 ${num(line.x)} ${num(line.y + baseline)} Tm`, shown);
      }
      parts.push('ET');
      writeContent(doc, parts.join('\n'));
    },
  };
}

export type TextWriter = ReturnType<typeof createTextWriter>;
