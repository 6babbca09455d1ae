import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import type { WordRun } from './word-layout.ts';

/**
 * The one module that relies on pdfkit's and fontkit's internals. Everything else uses pdfkit's
 * public API or the typed methods of `LetterDocument` below. Both packages are pinned to exact
 * versions in package.json; `checkPdfkitFence` verifies at start-up that the installed ones are
 * those versions with the shapes relied on here, and letters fall back to pdfkit's own text
 * output (`plain-text-writer.ts`) when they are not. A test renders the same letters both ways
 * and compares their text with pdftotext.
 */
export const pinnedVersions = { pdfkit: '0.20.2', fontkit: '2.0.4' } as const;

/** pdfkit's embedded font (a fontkit font wrapped by pdfkit), as far as letters use it. */
export interface EmbeddedFont {
  id: string;
  /** pdfkit's cache of laid-out words, one per font per file unless replaced. */
  layoutCache?: Record<string, unknown>;
  ascender: number;
  /** The parsed fontkit font, and the factor from its units to 1/1000 of the size. */
  font: Font;
  scale: number;
  /** Lays out one word (pdfkit's `layout` splits text at spaces), on a miss of `layoutCache`. */
  layoutRun(text: string, features?: unknown): WordRun;
  encode(
    text: string,
  ): [string[], { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }[]];
  widthOfString(text: string, size: number): number;
  lineHeight(size: number, includeGap?: boolean): number;
  ref(): unknown;
}

interface Marking {
  tag: string;
  options?: Record<string, unknown>;
}

interface PageInternals {
  fonts: Record<string, unknown>;
  xobjects: Record<string, unknown>;
  markings: Marking[];
  write(chunk: Uint8Array): void;
}

/** pdfkit's indirect object, as far as `ref` below touches it before pdfkit finalises it. */
interface ReferenceInternals {
  compress: boolean;
  buffer: Uint8Array[];
  finalize(): void;
}

/**
 * zlib level of the streams (page contents, shared text blocks, fonts). pdfkit always uses
 * zlib's default, 6; a letter's page contents are a few kilobytes of text operators, where level
 * 1 costs about a quarter less CPU for about 8% more compressed stream bytes (under 2% of a file:
 * most of a file is the uncompressed structure tree).
 */
const streamLevel = 1;

/** Compresses a stream at `streamLevel`, then lets pdfkit write it as it is (already compressed). */
function finalizeAtLevel(this: ReferenceInternals): void {
  if (this.compress && this.buffer.length) {
    this.buffer = [deflateSync(Buffer.concat(this.buffer), { level: streamLevel })];
    this.compress = false;
  }
  Object.getPrototypeOf(this).finalize.call(this);
}

interface DocumentInternals {
  _offset: number;
  _font: EmbeddedFont;
  page: PageInternals;
}

const simpleName = /^[A-Za-z0-9]+$/;

/**
 * pdfkit's document with the hot spots of writing a hundred small objects per letter replaced,
 * each with the same output (the PDF tests check text, tags, fonts and byte-identical reruns):
 *
 * - `push`: pdfkit hands every piece of output to its readable stream. Here the pieces are only
 *   collected, and taken once per letter with `takeOutput()` (see batch-writer.ts).
 * - `_write` and `addContent`: pdfkit turns each string into bytes one character at a time in
 *   JavaScript. Strings are kept as they are and converted natively (latin1 is the same
 *   byte-per-character mapping), runs of strings in one go.
 * - `markContent` for the two shapes letters use (a structure's MCID, an artifact's type), with
 *   nothing else open on the page: written directly instead of through pdfkit's general
 *   dictionary serialiser. Everything else goes to pdfkit's own method.
 */
export class LetterDocument extends PDFDocument {
  // Filled by pdfkit's constructor (the file header) before fields could be initialised.
  declare private pieces: (Uint8Array | string)[] | undefined;

  private get internals(): DocumentInternals {
    return this as unknown as DocumentInternals;
  }

  /** Every indirect object; those with a stream are compressed at `streamLevel` (see above). */
  override ref(data: object = {}): PDFKit.PDFKitReference {
    const made = super.ref(data);
    (made as unknown as ReferenceInternals).finalize = finalizeAtLevel;
    return made;
  }

  override push(chunk: Uint8Array | null): boolean {
    if (chunk) (this.pieces ??= []).push(chunk);
    return true;
  }

  /** Called by pdfkit for every line of the file outside content streams. */
  _write(data: Uint8Array | string): void {
    const pieces = (this.pieces ??= []);
    if (typeof data === 'string') {
      const line = `${data}\n`;
      pieces.push(line);
      this.internals._offset += line.length;
    } else {
      pieces.push(data);
      this.internals._offset += data.length;
    }
  }

  override addContent(data: Uint8Array | string): this {
    this.internals.page.write(typeof data === 'string' ? Buffer.from(`${data}\n`, 'latin1') : data);
    return this;
  }

  override markContent(tag: string, options: PDFKit.Mixins.MarkingOptions | null = null): this {
    const page = this.internals.page;
    const values = options as Record<string, unknown> | null;
    const keys = values ? Object.keys(values) : [];
    const only = keys.length === 1 ? keys[0] : undefined;
    if (page.markings.length === 0 && values && simpleName.test(tag)) {
      if (only === 'mcid' && Number.isInteger(values.mcid)) {
        page.markings.push({ tag, options: values });
        page.write(Buffer.from(`/${tag} <</MCID ${String(values.mcid)}>> BDC\n`, 'latin1'));
        return this;
      }
      if (tag === 'Artifact' && only === 'type' && simpleName.test(String(values.type))) {
        page.markings.push({ tag, options: values });
        page.write(Buffer.from(`/Artifact <</Type /${String(values.type)}>> BDC\n`, 'latin1'));
        return this;
      }
    }
    return super.markContent(tag, options ?? undefined);
  }

  /** Everything pdfkit wrote since the last call, as one buffer; null when nothing. */
  takeOutput(): Buffer | null {
    const pieces = this.pieces;
    if (!pieces?.length) return null;
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
  }

  /** Makes `name` the current font and returns pdfkit's embedded font for it. */
  embeddedFont(name: string): EmbeddedFont {
    this.font(name);
    return this.internals._font;
  }

  /** Adds a font to the current page's resources, as pdfkit's own text output does. */
  useFontOnPage(face: EmbeddedFont): void {
    this.internals.page.fonts[face.id] ??= face.ref();
  }

  /** Adds a form XObject to the current page's resources under `name`. */
  useXObjectOnPage(name: string, ref: unknown): void {
    this.internals.page.xobjects[name] ??= ref;
  }
}

/** What the start-up check found: fenced output is used only when `ok`. */
export interface FenceCheck {
  ok: boolean;
  /** What differs from the pinned versions and shapes, in English. */
  problems: string[];
}

/** The version in the package.json of an installed package (its `exports` hide that file). */
function installedVersion(name: string): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const found = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (found.name === name) return found.version ?? 'unknown';
    } catch {
      // no package.json at this level: go up
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}

function shapeProblems(fontSource: PDFKit.Mixins.PDFFontSource): string[] {
  const problems: string[] = [];
  const need = (what: string, ok: boolean) => {
    if (!ok) problems.push(what);
  };
  const proto = PDFDocument.prototype as unknown as Record<string, unknown>;
  for (const method of ['push', '_write', 'addContent', 'markContent', 'font', 'ref'])
    need(`PDFDocument.${method} is a method`, typeof proto[method] === 'function');
  if (problems.length) return problems;
  const doc = new LetterDocument({ autoFirstPage: false, tagged: true });
  doc.registerFont('Probe', fontSource);
  doc.addPage();
  const internals = doc as unknown as Partial<DocumentInternals>;
  need('document._offset is a number', typeof internals._offset === 'number');
  const page = internals.page as Partial<PageInternals> | undefined;
  need('page.fonts is an object', typeof page?.fonts === 'object');
  need('page.xobjects is an object', typeof page?.xobjects === 'object');
  need('page.markings is an array', Array.isArray(page?.markings));
  need('page.write is a method', typeof page?.write === 'function');
  const probeRef = doc.ref({}) as unknown as Partial<ReferenceInternals>;
  need('reference.compress is a boolean', typeof probeRef.compress === 'boolean');
  need('reference.buffer is an array', Array.isArray(probeRef.buffer));
  const refProto = Object.getPrototypeOf(probeRef) as Partial<ReferenceInternals>;
  need('reference.finalize is a method', typeof refProto.finalize === 'function');
  doc.font('Probe');
  const face = internals._font as Partial<EmbeddedFont> | undefined;
  need('font.id is a string', typeof face?.id === 'string');
  need('font.ascender is a number', typeof face?.ascender === 'number');
  need('font.layoutCache is an object', typeof face?.layoutCache === 'object');
  need('font.scale is a number', typeof face?.scale === 'number');
  need('font.font is a fontkit font', typeof face?.font?.layout === 'function');
  for (const method of ['encode', 'widthOfString', 'lineHeight', 'ref', 'layoutRun'] as const)
    need(`font.${method} is a method`, typeof face?.[method] === 'function');
  if (typeof face?.encode === 'function') {
    const [glyphs, positions] = face.encode('Ab');
    need(
      'font.encode gives glyph ids and positions with advances',
      glyphs.length === 2 &&
        typeof glyphs[0] === 'string' &&
        typeof positions[0]?.xAdvance === 'number' &&
        typeof positions[0]?.advanceWidth === 'number',
    );
  }
  return problems;
}

/** How the installed versions differ from the pinned ones; empty when they are the same. */
export function versionProblems(installed: Record<keyof typeof pinnedVersions, string>): string[] {
  return (['pdfkit', 'fontkit'] as const)
    .filter((name) => installed[name] !== pinnedVersions[name])
    .map((name) => `${name} ${installed[name]} is installed, ${pinnedVersions[name]} is pinned`);
}

let checked: FenceCheck | undefined;

/**
 * Checks once per process (or thread) that the installed pdfkit and fontkit are the pinned
 * versions and still have the methods and fields `LetterDocument` and the text writer use.
 * Takes the font to probe with, so no font file is read twice.
 */
export function checkPdfkitFence(fontSource: PDFKit.Mixins.PDFFontSource): FenceCheck {
  if (checked) return checked;
  const problems = versionProblems({
    pdfkit: installedVersion('pdfkit'),
    fontkit: installedVersion('fontkit'),
  });
  try {
    problems.push(...shapeProblems(fontSource));
  } catch (error) {
    problems.push(`probing pdfkit failed: ${(error as Error).message}`);
  }
  checked = { ok: problems.length === 0, problems };
  if (!checked.ok)
    process.emitWarning(
      `pdfkit's internals differ from the pinned version (${problems.join('; ')}); letters use pdfkit's own text output, which is slower.`,
      { code: 'DLW_PDFKIT_FENCE' },
    );
  return checked;
}
