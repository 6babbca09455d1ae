import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildLetter, compileVariant, type LetterRecipient } from '../../src/core/letters/index.ts';
import type { Plan } from '../../src/core/plan/index.ts';
import { createLetterBatchWriter, type PlacedLetter } from '../../src/pdf/letters/index.ts';
import { fontSource, loadLetterFonts } from '../../src/pdf/letters/fonts.ts';
import { checkPdfkitFence, pinnedVersions, versionProblems } from '../../src/pdf/letters/pdfkit-fence.ts';
import { buildContext, buildRecipient, buildVariant, planFor, validCode } from '../support/letters.ts';

// In CI pdftotext is required: without it this test fails instead of skipping.
const pdftotext = process.env.DLW_PDFTOTEXT ?? (process.env.CI === 'true' ? 'pdftotext' : undefined);
const skip = pdftotext ? false : 'pdftotext not available (set DLW_PDFTOTEXT; Debian package poppler-utils)';

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

async function render(engine: 'fenced' | 'plain', dir: string): Promise<PlacedLetter[]> {
  const compiled = compileVariant(buildVariant(), buildContext(), ['nl', 'en']);
  const writer = createLetterBatchWriter({
    directory: dir,
    lettersPerFile: 3,
    title: 'Brieven test',
    creationDate: new Date('2026-11-25T00:00:00Z'),
    engine,
  });
  const placed: PlacedLetter[] = [];
  for (const p of people) placed.push(await writer.add(buildLetter(compiled, p, planFor(p) as Plan)));
  await writer.close();
  return placed;
}

function pageText(file: string, page: number): string {
  const result = spawnSync(
    pdftotext ?? 'pdftotext',
    ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'],
    { encoding: 'utf8' },
  );
  assert.equal(result.error, undefined, `pdftotext could not run: ${String(result.error)}`);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

describe('pdfkit behind its fence', () => {
  it('pins pdfkit and fontkit to the exact versions the fence was written for', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    assert.equal(manifest.dependencies.pdfkit, pinnedVersions.pdfkit);
    assert.equal(manifest.dependencies.fontkit, pinnedVersions.fontkit);
  });

  it('finds the installed pdfkit and fontkit to be the pinned versions with the shapes it relies on', () => {
    const check = checkPdfkitFence(fontSource(loadLetterFonts().regular));
    assert.deepEqual(check.problems, []);
    assert.equal(check.ok, true);
  });

  it('names a pdfkit or fontkit release other than the pinned one, so letters fall back to plain pdfkit', () => {
    assert.deepEqual(versionProblems({ pdfkit: '0.20.3', fontkit: pinnedVersions.fontkit }), [
      `pdfkit 0.20.3 is installed, ${pinnedVersions.pdfkit} is pinned`,
    ]);
    assert.deepEqual(versionProblems({ ...pinnedVersions }), []);
  });

  it(
    'gives the same text, page by page, through the fenced path as through plain pdfkit',
    { skip },
    async () => {
      const fencedDir = mkdtempSync(join(tmpdir(), 'dlw-fenced-'));
      const plainDir = mkdtempSync(join(tmpdir(), 'dlw-plain-'));
      try {
        const fenced = await render('fenced', fencedDir);
        const plain = await render('plain', plainDir);
        assert.deepEqual(
          plain.map((p) => [p.row, p.firstPage, p.pageCount]),
          fenced.map((p) => [p.row, p.firstPage, p.pageCount]),
          'the two paths break the letters into different pages',
        );
        const pages = fenced.reduce((n, p) => n + p.pageCount, 0);
        let compared = '';
        for (let page = 1; page <= pages; page++) {
          const expected = pageText(join(plainDir, 'letters-00000.pdf'), page);
          compared += expected;
          assert.equal(
            pageText(join(fencedDir, 'letters-00000.pdf'), page),
            expected,
            `page ${page} differs`,
          );
        }
        // Two files without text would agree too: every person's name must be in what was compared.
        for (const p of people) assert.ok(compared.includes(p.name), `${p.name} is missing from the text`);
      } finally {
        rmSync(fencedDir, { recursive: true, force: true });
        rmSync(plainDir, { recursive: true, force: true });
      }
    },
  );
});
