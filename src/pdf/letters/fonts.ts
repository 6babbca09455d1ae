import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The font files a letter uses, read once per process and shared by every PDF file. */
export interface LetterFonts {
  regular: Buffer;
  bold: Buffer;
  mono: Buffer;
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
  cached = {
    regular: readFileSync(join(dir, 'DejaVuSans.ttf')),
    bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')),
    mono: readFileSync(join(dir, 'DejaVuSansMono-Bold.ttf')),
  };
  return cached;
}
