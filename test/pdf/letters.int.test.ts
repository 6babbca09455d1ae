import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import jsQRModule from 'jsqr';
import {
  buildLetter,
  compileVariant,
  type Letter,
  type LetterRecipient,
} from '../../src/core/letters/index.ts';
import { createLetterBatchWriter, type PlacedLetter } from '../../src/pdf/letters/index.ts';
import type { Plan } from '../../src/core/plan/index.ts';
import { buildContext, buildRecipient, buildVariant, planFor, validCode } from '../support/letters.ts';

const pdftotext = process.env.DLW_PDFTOTEXT;
const skip = pdftotext ? false : 'pdftotext not available (set DLW_PDFTOTEXT; Debian package poppler-utils)';
const hasTool = (tool: string) => !spawnSync(tool, ['-v']).error;

// jsqr is CommonJS: its function is both module.exports and its `default` property.
const jsQR = jsQRModule.default;

/** Reads a binary PGM (P5) image, as `pdftoppm -gray` writes it. */
function readPgm(data: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 50).toString('latin1'));
  assert.ok(header, 'not a PGM image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: data.subarray(header[0].length, header[0].length + width * height) };
}

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

/** Text of pages first..last; with a crop box in points when given. */
function pageText(
  file: string,
  first: number,
  last: number,
  crop?: [number, number, number, number],
): string {
  const args = ['-enc', 'UTF-8', '-f', String(first), '-l', String(last)];
  if (crop)
    args.push(
      '-r',
      '72',
      '-x',
      String(crop[0]),
      '-y',
      String(crop[1]),
      '-W',
      String(crop[2]),
      '-H',
      String(crop[3]),
    );
  return run(pdftotext ?? 'pdftotext', [...args, file, '-']).replace(/\s+/g, ' ');
}

const people: LetterRecipient[] = [
  buildRecipient({ row: 2, code: validCode('K7MX4DEPRJ9AHWCT3') }),
  buildRecipient({
    row: 3,
    name: 'Daniël Çelik',
    addressLines: ['Daniël Çelik', 'Hoofdweg 12-ü', '9876 ZX Groningen'],
    categories: ['email', 'iban'],
    certainty: 'possibly',
    code: validCode('ACDEFHJKMNPRTVWXY'),
  }),
  buildRecipient({
    row: 4,
    name: 'Zoë Smith',
    addressLines: ['Zoë Smith', 'Canal Street 5', '1011 AB Amsterdam'],
    lang: 'en',
    categories: ['date_of_birth', 'gp_name'],
    code: validCode('34679ACDEFHJKMNPR'),
  }),
];

describe('PDF letter batches', { skip }, () => {
  let dir: string;
  let letters: Letter[];
  let plans: Plan[];
  let placed: PlacedLetter[];
  let files: string[];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dlw-pdf-'));
    const compiled = compileVariant(buildVariant(), buildContext(), ['nl', 'en']);
    plans = people.map((p) => planFor(p));
    letters = people.map((p, i) => buildLetter(compiled, p, plans[i] as Plan));
    const writer = createLetterBatchWriter({
      directory: dir,
      lettersPerFile: 2,
      title: 'Brieven test',
      creationDate: new Date('2026-11-25T00:00:00Z'),
    });
    placed = [];
    for (const letter of letters) placed.push(await writer.add(letter));
    files = await writer.close();
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one file per two letters and says where each letter starts', () => {
    assert.deepEqual(files, ['letters-00000.pdf', 'letters-00001.pdf']);
    assert.deepEqual(
      placed.map((p) => [p.row, p.file, p.firstPage]),
      [
        [2, 'letters-00000.pdf', 1],
        [3, 'letters-00000.pdf', 1 + (placed[0]?.pageCount ?? 0)],
        [4, 'letters-00001.pdf', 1],
      ],
    );
    for (const p of placed) assert.match(p.checksum, /^[0-9a-f]{64}$/);
  });

  it("puts each person's name, data, advice and code on that person's pages only", () => {
    const expectations = [
      { must: ['Beste Noëlle van den Brïnk', 'BSN', 'weten zeker'] },
      { must: ['Beste Daniël Çelik', 'IBAN', 'Misschien'] },
      { must: ['Dear Zoë Smith', 'What happened?'] },
    ];
    placed.forEach((p, i) => {
      const text = pageText(join(dir, p.file), p.firstPage, p.firstPage + p.pageCount - 1);
      for (const expected of expectations[i]?.must ?? [])
        assert.ok(text.includes(expected), `${expected} missing for row ${p.row}`);
      assert.ok(text.includes(letters[i]?.code.display ?? '-'), `code missing for row ${p.row}`);
      for (const [j, other] of letters.entries()) {
        if (j !== i)
          assert.ok(!text.includes(other.code.display), `row ${p.row} shows the code of row ${other.row}`);
      }
    });
  });

  it('prints the address on the first page inside the envelope window, and nothing secret there', () => {
    placed.forEach((p, i) => {
      const window: [number, number, number, number] = [57, 142, 255, 127]; // 20–110 mm × 50–95 mm
      const text = pageText(join(dir, p.file), p.firstPage, p.firstPage, window);
      for (const line of people[i]?.addressLines ?? [])
        assert.ok(text.includes(line), `${line} not in window`);
      // The return address is printed whole, smaller if need be, never cut short.
      assert.ok(text.includes('Bevolkingsonderzoek Voorbeeld, Postbus 123, 3500 AA Utrecht'), text);
      assert.ok(!text.includes(letters[i]?.code.display ?? '-'), 'the code shows through the window');
    });
  });

  it('writes byte-identical files when the same letters are written again', async () => {
    const again = mkdtempSync(join(tmpdir(), 'dlw-pdf-again-'));
    try {
      const writer = createLetterBatchWriter({
        directory: again,
        lettersPerFile: 2,
        title: 'Brieven test',
        creationDate: new Date('2026-11-25T00:00:00Z'),
      });
      for (const letter of letters) await writer.add(letter);
      for (const file of await writer.close()) {
        assert.ok(readFileSync(join(again, file)).equals(readFileSync(join(dir, file))), `${file} differs`);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it(
    "prints a QR code that scans to that person's own address",
    { skip: hasTool('pdftoppm') ? false : 'pdftoppm not available' },
    () => {
      placed.forEach((p, i) => {
        const pgm = spawnSync(
          'pdftoppm',
          // Only the right half of page 1 between 100 and 180 mm from the top: the code box.
          ['-gray', '-r', '150', '-f', String(p.firstPage), '-l', String(p.firstPage)].concat([
            '-x',
            '620',
            '-y',
            '590',
            '-W',
            '620',
            '-H',
            '472',
            join(dir, p.file),
          ]),
          { maxBuffer: 64 * 1024 * 1024 },
        );
        assert.equal(pgm.status, 0, String(pgm.stderr));
        const image = readPgm(pgm.stdout);
        const rgba = new Uint8ClampedArray(image.width * image.height * 4);
        image.pixels.forEach((v, j) => rgba.set([v, v, v, 255], j * 4));
        const decoded = jsQR(rgba, image.width, image.height);
        assert.equal(decoded?.data, letters[i]?.code.url);
      });
    },
  );

  it('numbers the pages of each letter', () => {
    const p = placed[0];
    assert.ok(p && p.pageCount >= 1);
    const last = pageText(join(dir, p.file), p.firstPage + p.pageCount - 1, p.firstPage + p.pageCount - 1);
    assert.match(last, new RegExp(`Pagina ${p.pageCount} van ${p.pageCount}`));
  });

  it('embeds every font', { skip: hasTool('pdffonts') ? false : 'pdffonts not available' }, () => {
    const lines = run('pdffonts', [join(dir, files[0] ?? '')])
      .trim()
      .split('\n')
      .slice(2);
    assert.ok(lines.length >= 2);
    for (const line of lines) assert.match(line, /\byes\s+yes\s+yes\b/, line);
  });

  it(
    'tags each file as one Document with an Art per letter, lists as L, LI and LBody, and words kept apart',
    { skip: hasTool('pdfinfo') ? false : 'pdfinfo not available' },
    () => {
      const tree = run('pdfinfo', ['-struct-text', join(dir, files[0] ?? '')]);
      const top = tree.split('\n').filter((line) => /^\S/.test(line));
      assert.deepEqual(top, ['Document']);
      assert.equal((tree.match(/^ {2}Art /gm) ?? []).length, 2);
      for (const tag of ['H1', 'H2', 'Sect', 'Div', 'Figure', 'L', 'LI', 'LBody', 'P'])
        assert.match(tree, new RegExp(`^\\s+${tag}\\b`, 'm'), `no ${tag} element`);
      // Bullets are artifacts: drawn, but not read out as text.
      assert.ok(!tree.includes('•'), 'a bullet is in the structure tree');
      assert.ok(
        run(pdftotext ?? 'pdftotext', [join(dir, files[0] ?? ''), '-']).includes('•'),
        'no bullets drawn',
      );
      // Lines of one paragraph are read as one text with spaces between the words.
      const instructions = letters[0]?.code.instructions ?? '-';
      assert.ok(tree.includes(`"${instructions}"`), 'the code instructions are not one text');
    },
  );

  it('is a tagged PDF 1.7', { skip: hasTool('pdfinfo') ? false : 'pdfinfo not available' }, () => {
    const info = run('pdfinfo', [join(dir, files[0] ?? '')]);
    assert.match(info, /Tagged:\s+yes/);
    assert.match(info, /PDF version:\s+1\.7/);
    assert.match(info, /Title:\s+Brieven test/);
  });
});
