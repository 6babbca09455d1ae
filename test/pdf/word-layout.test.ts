import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fontSource, loadLetterFonts } from '../../src/pdf/letters/fonts.ts';
import { LetterDocument, type EmbeddedFont } from '../../src/pdf/letters/pdfkit-fence.ts';
import { createWordLayout, type WordRun } from '../../src/pdf/letters/word-layout.ts';

const fonts = loadLetterFonts();
const doc = new LetterDocument({ autoFirstPage: false });
doc.addPage();

/** pdfkit's embedded font for each letter font, and pdfkit's own (fontkit) word layout. */
function embedded(name: keyof typeof fonts): { face: EmbeddedFont; pdfkit: (text: string) => WordRun } {
  doc.registerFont(name, fontSource(fonts[name]));
  const face = doc.embeddedFont(name);
  const proto = Object.getPrototypeOf(face) as EmbeddedFont;
  return { face, pdfkit: (text) => proto.layoutRun.call(face, text) };
}

const plain = (run: WordRun) => ({
  glyphs: run.glyphs.map((g) => [g.id, g.codePoints]),
  positions: run.positions.map((p) => ({ ...p })),
  advanceWidth: run.advanceWidth,
});

const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
const latin = 'ÀÁÂÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÖØÙÚÛÜÝßàáâäåæçèéêëìíîïñòóôöøùúûüýÿĀāĞğİıĲĳŁłŒœŞşŠšŸŽž';
const alphabet = ascii + latin;

/** A fixed pseudo-random sequence, so a failure can be repeated. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const words = [
  'Noëlle',
  'van den Brïnk',
  'Yılmaz',
  'IJsselmeer',
  'Ĳmuiden',
  "'s-Hertogenbosch",
  'Kerkstraat',
  '12-ü',
  '2993',
  '2993 ',
  'AB ',
  'BENCH-2026-1-1993',
  'E93-RKV-CRP-PM7-TVC-MT6',
  'Pagina 1 van 2',
  'Wij werken niet meer met dit laboratorium. ',
  'AVAVAV',
  'To. Ty, Yo; LT WA',
  'Daniël Çelik',
  'hoofd',
  'fi',
];

for (const name of ['regular', 'bold', 'mono'] as const) {
  describe(`the quick word layout (${name})`, () => {
    const { face, pdfkit } = embedded(name);
    const quick = createWordLayout(face.font, face.scale);
    let taken = 0;
    let tried = 0;
    const check = (text: string) => {
      const run = quick(text);
      tried++;
      if (run === null) return; // left to fontkit: always allowed
      taken++;
      assert.deepEqual(plain(run), plain(pdfkit(text)), JSON.stringify(text));
    };

    it('gives the glyphs and advances fontkit gives, for every pair of ASCII characters', () => {
      for (const a of ascii) for (const b of ascii) check(a + b);
    });

    it('gives the same for names, addresses, codes and random words, Latin or digits alone', () => {
      for (const word of words) check(word);
      const next = random(name.length);
      for (let n = 0; n < 3000; n++) {
        const length = 1 + Math.floor(next() * 14);
        let word = '';
        for (let i = 0; i < length; i++) word += alphabet[Math.floor(next() * alphabet.length)];
        check(word);
        check(word.replace(/[^0-9 .-]/g, ''));
      }
    });

    it('takes most words, and leaves those with an f (ligatures) to fontkit', () => {
      assert.ok(taken > tried * 0.8, `${taken} of ${tried}`);
      assert.equal(quick('hoofd'), null);
      assert.equal(quick('Noëlle\u0301'), null);
    });
  });
}
