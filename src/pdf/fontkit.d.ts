// The part of fontkit (pdfkit's font engine) this project calls directly; it ships no types.
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    /** In font units. */
    advanceWidth: number;
    codePoints: number[];
  }
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    /** In font units. */
    positions: GlyphPosition[];
  }
  export interface Font {
    postscriptName: string;
    /** Lays out `text`; without `script`, fontkit picks it from the text's first letters. */
    layout(text: string, features?: string[], script?: string): GlyphRun;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
