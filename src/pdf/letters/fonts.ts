import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';

/**
 * The fonts a letter uses, parsed once per process (or worker thread) and shared by every PDF
 * file: pdfkit takes a parsed font as well as a file, and parsing a font's tables for every file
 * of a few hundred letters cost a few per cent of the rendering. Each file still embeds its own
 * subset of the glyphs it uses.
 */
export interface LetterFonts {
  regular: Font;
  bold: Font;
  mono: Font;
}

let cached: LetterFonts | undefined;

/**
 * DejaVu Sans (regular, bold) and DejaVu Sans Mono Bold from the `dejavu-fonts-ttf` npm package:
 * full Latin coverage (ë, é, ï, ü, ĳ …), embedded as subsets, no system fonts needed.
 */
export function loadLetterFonts(): LetterFonts {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const load = (file: string) => create(readFileSync(join(dir, file)));
  cached = {
    regular: load('DejaVuSans.ttf'),
    bold: load('DejaVuSans-Bold.ttf'),
    mono: load('DejaVuSansMono-Bold.ttf'),
  };
  return cached;
}

/** A parsed font as pdfkit's `registerFont` takes it (its typings list only files and bytes). */
export const fontSource = (font: Font): PDFKit.Mixins.PDFFontSource =>
  font as unknown as PDFKit.Mixins.PDFFontSource;
