import { createLineCache, breakLines, fitLine } from './line-breaker.ts';
import type { EmbeddedFont, LetterDocument } from './pdfkit-fence.ts';
import { createWordLayout, type WordRun } from './word-layout.ts';

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

/** Measures, breaks and writes a letter's text into one PDF document. */
export interface TextWriter {
  lineHeight(style: TextStyle): number;
  measure(style: TextStyle, text: string): number;
  /** The lines of a paragraph at this width; cached across letters and files. */
  breakLines(style: TextStyle, text: string, width: number): string[];
  /** One line cut to `width` with an ellipsis when needed. */
  fitLine(style: TextStyle, text: string, width: number): string;
  /** Writes lines in one style; the caller's marked content encloses them. */
  write(style: TextStyle, lines: readonly PlacedLine[]): void;
  /** Writes lines that many letters share; may be the same as `write`. */
  writeShared(style: TextStyle, lines: readonly PlacedLine[]): void;
}

/** Paragraphs broken into lines, shared by every document in this process (or thread). */
const lineCache = createLineCache();

/**
 * Adds operators to the page's content stream. Given a string, pdfkit copies it into bytes one
 * character at a time in JavaScript; content operators are ASCII, so hand it bytes made natively.
 */
export function writeContent(doc: PDFKit.PDFDocument, operators: string): void {
  doc.addContent(Buffer.from(`${operators}\n`, 'latin1'));
}

const num = (value: number): string => String(Math.round(value * 100) / 100);

/**
 * The clip box of a shared text block, around its top-left corner: larger than an A4 page in
 * every direction, so it never cuts text wherever the block is placed.
 */
const formBox = [-600, -850, 600, 850];

/** Identifies a shared block by font, size and each line's text and place relative to the first. */
function formKey(
  face: { id: string },
  style: TextStyle,
  lines: readonly PlacedLine[],
  first: PlacedLine,
): string {
  let key = `${face.id}|${style.size}`;
  for (const line of lines) key += `\n${num(line.x - first.x)},${num(line.y - first.y)},${line.text}`;
  return key;
}

/**
 * Words laid out by fontkit (glyphs and advances), shared by every file of this process: pdfkit
 * keeps one such cache per font per file, so each new file laid out every word again. A layout
 * depends only on the font, which is parsed once per process (see fonts.ts). Names, addresses and
 * codes add words for ever, so the cache is emptied when it grows past a bound.
 */
const layoutCaches = new Map<FontName, Record<string, unknown>>();
const layoutCacheLimit = 5_000;

function sharedLayoutCache(name: FontName): Record<string, unknown> {
  let cache = layoutCaches.get(name);
  // Checked once per font per file (a few hundred letters), so counting the keys costs little.
  if (!cache || Object.keys(cache).length > layoutCacheLimit) {
    cache = Object.create(null) as Record<string, unknown>;
    layoutCaches.set(name, cache);
  }
  return cache;
}

/** Quick layouts of new words, one per font per process (the parsed fonts are shared too). */
const wordLayouts = new WeakMap<EmbeddedFont['font'], (text: string) => WordRun | null>();

/** Lets `face` lay out new words with the quick layout, and with fontkit what it does not take. */
function useWordLayout(face: EmbeddedFont): void {
  let quick = wordLayouts.get(face.font);
  if (!quick) {
    quick = createWordLayout(face.font, face.scale);
    wordLayouts.set(face.font, quick);
  }
  const full = face.layoutRun.bind(face);
  const layout = quick;
  face.layoutRun = (text, features) => (features ? null : layout(text)) ?? full(text, features);
}

/**
 * Writes text into a pdfkit document without pdfkit's per-call text layout. A letter batch
 * repeats the same paragraphs in every letter, so the expensive parts are done once: line
 * breaks once per process, and glyph encoding once per file (glyph numbers belong to the font
 * subset of one file). pdfkit still embeds the fonts, writes ToUnicode maps and the structure
 * tree; this only emits the text operators, as pdfkit's own `text()` would.
 */
export function createTextWriter(doc: LetterDocument): TextWriter {
  const fonts = new Map<FontName, EmbeddedFont>();
  const encoded = new Map<string, string | null>();
  /** Shared text blocks of this file: key → form XObject name, or null when one cannot be made. */
  const forms = new Map<string, { name: string; ref: unknown } | null>();

  /** `BT … ET` for lines in one style, offset by (-dx, -dy); null if a line needs pdfkit. */
  function textObject(
    face: EmbeddedFont,
    style: TextStyle,
    lines: readonly PlacedLine[],
    dx: number,
    dy: number,
  ): string | null {
    const baseline = (face.ascender / 1000) * style.size;
    const parts = ['BT', `/${face.id} ${num(style.size)} Tf`];
    for (const line of lines) {
      if (!line.text) continue;
      const shown = showText(face, line.text);
      if (shown === null) return null;
      // pdfkit's page space runs top-down; the flipped text matrix keeps glyphs upright.
      parts.push(`1 0 0 -1 ${num(line.x - dx)} ${num(line.y - dy + baseline)} Tm`, shown);
    }
    parts.push('ET');
    return parts.join('\n');
  }

  function font(name: FontName): EmbeddedFont {
    let found = fonts.get(name);
    if (!found) {
      found = doc.embeddedFont(name);
      found.layoutCache = sharedLayoutCache(name);
      useWordLayout(found);
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
      doc.useFontOnPage(face);
      const shown = textObject(face, style, lines, 0, 0);
      if (shown !== null) {
        writeContent(doc, shown);
        return;
      }
      // Rare (combining marks placed by the font): let pdfkit place each glyph of such a line.
      for (const line of lines) {
        if (!line.text) continue;
        const one = textObject(face, style, [line], 0, 0);
        if (one !== null) writeContent(doc, one);
        else doc.font(style.font).fontSize(style.size).text(line.text, line.x, line.y, { lineBreak: false });
      }
    },
    /**
     * Writes lines that many letters share (a paragraph of advice, a heading) as a reference to
     * one form XObject per file: the text is laid out, encoded and compressed once per file
     * instead of once per letter. The caller's marked-content sequence encloses the reference,
     * so the text belongs to the caller's structure element as if it were written inline.
     * Personal lines (name, address, code) go through `write`: they would never be reused.
     */
    writeShared(style: TextStyle, lines: readonly PlacedLine[]): void {
      const first = lines[0];
      if (!first) return;
      const face = font(style.font);
      const key = formKey(face, style, lines, first);
      let form = forms.get(key);
      if (form === undefined) {
        const shown = textObject(face, style, lines, first.x, first.y);
        form = null;
        if (shown !== null) {
          const ref = doc.ref({
            Type: 'XObject',
            Subtype: 'Form',
            BBox: formBox,
            Resources: { Font: { [face.id]: face.ref() } },
          });
          ref.end(Buffer.from(shown, 'latin1'));
          form = { name: `Tx${forms.size + 1}`, ref };
        }
        forms.set(key, form);
      }
      if (form === null) {
        this.write(style, lines);
        return;
      }
      doc.useXObjectOnPage(form.name, form.ref);
      writeContent(doc, `q 1 0 0 1 ${num(first.x)} ${num(first.y)} cm /${form.name} Do Q`);
    },
  };
}
