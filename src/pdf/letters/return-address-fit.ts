import { loadLetterFonts } from './fonts.ts';
import { layout } from './layout.ts';

/** The smallest size the return address is printed at; below it the post cannot read it. */
export const smallestReturnAddressSize = 6;

/** Lines the return address may take above the window at 6 pt before it would touch the address. */
export const returnAddressMaxLines = 2;

/**
 * Whether a return address fits above the address window at the smallest size in the letter
 * font, on at most two lines (words wrapped as the PDF writer wraps them). The PDF writer prints
 * it smaller (7.5 pt down to 6 pt) and then wraps it; the sender form refuses an address that
 * would need a third line, so it is never cut.
 */
export function returnAddressFits(text: string): boolean {
  // fontkit's typings leave layout() untyped: the two numbers used here are in its documented API.
  const font = loadLetterFonts().regular as unknown as {
    layout(text: string): { advanceWidth: number };
    unitsPerEm: number;
  };
  const measure = (t: string) => (font.layout(t).advanceWidth / font.unitsPerEm) * smallestReturnAddressSize;
  const width = (layout.returnLine.width * 72) / 25.4;
  let lines = 1;
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (measure(next) <= width) current = next;
    else if (measure(word) > width) return false;
    else {
      lines++;
      current = word;
    }
  }
  return lines <= returnAddressMaxLines;
}
