import type { Font, Glyph } from 'fontkit';

/** A word laid out as pdfkit's `layoutRun` gives it: advances in 1/1000 of the font size. */
export interface WordRun {
  glyphs: Glyph[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[];
  advanceWidth: number;
}

/** What a pair of characters does in fontkit's layout, in font units: extra advance of each. */
type Pair = readonly [number, number] | null;

/**
 * Characters the quick layout takes: printable ASCII, Latin-1 and Latin Extended-A letters. Not
 * `f`, with which DejaVu's ligatures (fi, fl, ffi …) start: words with an `f` go through fontkit.
 * None of these is a combining mark, so the fonts' mark positioning and the `ccmp` rules for i
 * and j before a mark never apply; what remains is per-glyph advances and pair kerning.
 */
function quickChar(code: number): boolean {
  if (code >= 0x20 && code <= 0x7e) return code !== 0x66;
  return code >= 0xc0 && code <= 0x17f && code !== 0xd7 && code !== 0xf7;
}

/** Letters are of the Latin script for fontkit; the rest of the quick characters are Common. */
const isLatin = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0xc0;

/**
 * A cheaper layout of words that are not in the layout cache yet (names, house numbers,
 * postcodes, codes): the same glyphs and advances fontkit gives, from each glyph's advance and
 * the kerning of each pair of neighbours. fontkit applies pair kerning (GPOS type 2) pair by
 * pair, so a word's kerning is the sum of its pairs'; each pair is laid out once by fontkit, in
 * the script fontkit would pick for the word (the fonts kern Latin text with more rules than
 * text of digits and signs alone). A pair fontkit substitutes or offsets is not taken, and the
 * word goes to fontkit. `test/pdf/word-layout.test.ts` compares both on many words.
 */
export function createWordLayout(font: Font, scale: number): (text: string) => WordRun | null {
  const glyphs = new Map<number, Glyph | null>();
  // Per script: Latin (key + 0) and Common (key + 1).
  const pairs = new Map<number, Pair>();

  function glyphFor(code: number): Glyph | null {
    let glyph = glyphs.get(code);
    if (glyph === undefined) {
      const run = font.layout(String.fromCharCode(code));
      const only = run.glyphs[0];
      const pos = run.positions[0];
      const plain = run.glyphs.length === 1 && only && pos && !pos.xOffset && !pos.yOffset && !pos.yAdvance;
      glyph = plain && pos.xAdvance === only.advanceWidth ? only : null;
      glyphs.set(code, glyph);
    }
    return glyph;
  }

  function pairOf(a: number, b: number, latin: boolean): Pair {
    const key = (a * 0x10000 + b) * 2 + (latin ? 0 : 1);
    let pair = pairs.get(key);
    if (pair === undefined) {
      const first = glyphFor(a);
      const second = glyphFor(b);
      const text = String.fromCharCode(a, b);
      const run = latin ? font.layout(text, undefined, 'latn') : font.layout(text);
      const [p, q] = run.positions;
      pair =
        first && second && p && q && run.glyphs[0] === first && run.glyphs[1] === second
          ? !p.xOffset && !p.yOffset && !p.yAdvance && !q.xOffset && !q.yOffset && !q.yAdvance
            ? [p.xAdvance - first.advanceWidth, q.xAdvance - second.advanceWidth]
            : null
          : null;
      pairs.set(key, pair);
    }
    return pair;
  }

  return (text) => {
    const length = text.length;
    if (length === 0) return null;
    let latin = false;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (!quickChar(code)) return null;
      if (isLatin(code)) latin = true;
    }
    const run: WordRun = { glyphs: [], positions: [], advanceWidth: 0 };
    const advances: number[] = [];
    for (let i = 0; i < length; i++) {
      const glyph = glyphFor(text.charCodeAt(i));
      if (!glyph) return null;
      run.glyphs.push(glyph);
      advances.push(glyph.advanceWidth);
    }
    for (let i = 0; i + 1 < length; i++) {
      const pair = pairOf(text.charCodeAt(i), text.charCodeAt(i + 1), latin);
      if (!pair) return null;
      (advances[i] as number) += pair[0];
      (advances[i + 1] as number) += pair[1];
    }
    // As pdfkit does: fontkit's units scaled to 1/1000 of the size, summed in order.
    for (let i = 0; i < length; i++) {
      const xAdvance = (advances[i] as number) * scale;
      const advanceWidth = (run.glyphs[i] as Glyph).advanceWidth * scale;
      run.positions.push({ xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth });
      run.advanceWidth += xAdvance;
    }
    return run;
  };
}
