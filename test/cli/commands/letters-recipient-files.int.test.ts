// Recipient files in the shapes organisations' own systems export them, through `letters
// generate`. Every fixture is written byte for byte here, after these real shapes:
// - Excel on a Dutch Windows PC, "CSV (gescheiden door lijstscheidingsteken)": Windows-1252,
//   `;` (the Dutch list separator), CRLF, no byte order mark.
// - Excel's "CSV UTF-8 (door komma's gescheiden)": UTF-8 with a byte order mark; on a Dutch
//   Windows PC still separated by `;`.
// - A BRP-like split of name and house number (voorletters, tussenvoegsel, achternaam,
//   huisnummer, huisletter, huisnummertoevoeging), as municipal and health-care exports have it.
// - An .xlsx written with ExcelJS: two sheets, numbers stored as numbers.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { CliIo } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { buildSetup, tempDir, testCodeSecret } from '../../letters-pipeline/builders.ts';
import { letterText, readManifest } from '../../letters-pipeline/output-readers.ts';

// Under CI a missing pdftotext fails the run instead of skipping the text checks.
const pdftotext = process.env.DLW_PDFTOTEXT ?? (process.env.CI === 'true' ? 'pdftotext' : undefined);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outDir: string;
  work: string;
}

async function generate(file: string, extra: string[] = [], work = tempDir('dlw-files-')): Promise<Run> {
  const setup = join(work, 'setup.json');
  writeFileSync(setup, JSON.stringify(buildSetup()));
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
    stdin: new PassThrough(),
    env: {
      DATABASE_URL: `sqlite:${join(work, 'db.sqlite')}`,
      CODE_SECRET: testCodeSecret,
      SESSION_SECRET: 'session-secret-for-tests-of-32-bytes-or-more',
      BASE_URL: 'https://datalekwijzer.example',
    },
  };
  const outDir = join(work, 'out');
  const args = ['letters', 'generate', '--breach', 'br-files', '--recipients', file, '--letters', setup];
  const code = await main([...args, '--out', outDir, '--threads', '1', ...extra], io);
  return { code, ...out, outDir, work };
}

function write(name: string, bytes: Buffer): string {
  const path = join(tempDir('dlw-fixture-'), name);
  writeFileSync(path, bytes);
  return path;
}

/** The rejections of the validation report as objects keyed by its own header. */
function report(outDir: string): Record<string, string>[] {
  return reportLines(outDir).filter((r) => r.field !== 'file');
}

/** Every line of the validation report, the note on how the file was read (field `file`) first. */
function reportLines(outDir: string): Record<string, string>[] {
  const text = readFileSync(join(outDir, 'validation-report.csv'), 'utf8').trimEnd();
  const [header, ...lines] = text.split('\n');
  const names = (header ?? '').split(',');
  return lines.map((line) => {
    const cells: string[] = [];
    for (const m of line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)) {
      if (m.index === line.length && m[0] === '') break;
      cells.push((m[1] ?? '').replace(/^"|"$/g, '').replaceAll('""', '"'));
    }
    return Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
  });
}

function totals(stdout: string) {
  const m = /Received (\d+) rows: (\d+) letters made, (\d+) rows rejected/.exec(stdout);
  assert.ok(m, stdout);
  return { received: Number(m[1]), generated: Number(m[2]), rejected: Number(m[3]) };
}

/** Every letter's text, by the line it came from. */
function lettersByLine(outDir: string): Map<number, string> {
  const texts = new Map<number, string>();
  for (const entry of readManifest(outDir))
    texts.set(entry.line, pdftotext ? letterText(pdftotext, outDir, entry) : '');
  return texts;
}

const splitHeader =
  'Voorletters;Tussenvoegsel;Achternaam;Straat;Huisnummer;Huisletter;Huisnummertoevoeging;Postcode;Woonplaats;Groep;Gegevens';

describe('letters generate with recipient files as organisations export them', () => {
  test('Excel on Windows: Windows-1252, ;, CRLF, split columns, duplicates, unknown labels, broken quoting', async () => {
    const lines = [
      splitHeader,
      'J.;;Müller;Lindenlaan;3;a;;1234ab;Zoetermeer;bevestigd;naam|adres|geboortedatum', // 2
      'Z.;de;Vries-Ørsted;Kerkstraat;12;;bis;2511 CV;Den Haag;mogelijk;Uitslag, huisarts', // 3
      'J.;;Müller;Lindenlaan;3;a;;1234ab;Zoetermeer;bevestigd;naam|adres|geboortedatum', // 4: exact duplicate of 2
      'J;;MÜLLER;Lindenlaan;3;A;;1234 AB;zoetermeer;bevestigd;naam', // 5: same person as 2
      'F.;van;Dijk;Dorpsstraat;1;;;3811 AB;Amersfoort;bevestigd;naam|schoenmaat', // 6: unknown label
      'A.;;"Janssen;Brink;4;;;3500 AA;Utrecht;bevestigd;naam', // 7: quote never closed
      'E.;;Çelik;Brink;5;;;3500 AA;Utrecht;bevestigd;Geboortedatum', // 8
    ];
    const file = write('ontvangers.csv', Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1'));
    const run = await generate(file);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /: Read as Windows-1252, because it is not valid UTF-8/);
    assert.match(run.stderr, /NL: Gelezen als Windows-1252, omdat het geen geldige UTF-8 is/);
    assert.match(run.stderr, /"name": \[\s*"Voorletters",\s*"Tussenvoegsel",\s*"Achternaam"\s*\]/);
    assert.match(
      run.stderr,
      /"houseNumber": \[\s*"Huisnummer",\s*"Huisletter",\s*"Huisnummertoevoeging"\s*\]/,
    );
    const t = totals(run.stdout);
    assert.deepEqual(t, { received: 7, generated: 3, rejected: 4 });
    assert.equal(t.received, t.generated + t.rejected);
    const rejected = report(run.outDir);
    assert.deepEqual(
      rejected.map((r) => [r.line, r.field]),
      [
        ['4', 'row'],
        ['5', 'row'],
        ['6', 'kinds'],
        ['7', 'row'],
      ],
    );
    assert.match(rejected[0]?.reason_en ?? '', /^Duplicate of line 2/);
    assert.match(rejected[1]?.reason_nl ?? '', /dezelfde persoon als op regel 2/);
    assert.equal(rejected[2]?.column, 'Gegevens');
    assert.match(rejected[2]?.reason_en ?? '', /"schoenmaat"/);
    assert.doesNotMatch(readFileSync(join(run.outDir, 'validation-report.csv'), 'utf8'), /\uFFFD|Ã/);
    const [note] = reportLines(run.outDir);
    assert.deepEqual([note?.row, note?.field], ['0', 'file'], 'the report starts with how the file was read');
    assert.match(note?.reason_nl ?? '', /^Gelezen als Windows-1252, omdat het geen geldige UTF-8 is/);
    assert.match(note?.reason_en ?? '', /^Read as Windows-1252, because it is not valid UTF-8/);
    const summary = JSON.parse(readFileSync(join(run.outDir, 'summary.json'), 'utf8')) as {
      input: { encoding: string; kind: string; encodingReason: string };
    };
    assert.deepEqual(summary.input, { encoding: 'windows-1252', kind: 'csv', encodingReason: 'not-utf-8' });
    const letters = lettersByLine(run.outDir);
    assert.deepEqual([...letters.keys()].sort(), [2, 3, 8]);
    if (pdftotext) {
      const muller = letters.get(2) ?? '';
      assert.match(muller, /J\. Müller/);
      assert.match(muller, /Lindenlaan 3 a/);
      assert.match(muller, /1234 AB/);
      assert.match(letters.get(3) ?? '', /Z\. de Vries-Ørsted/);
      assert.match(letters.get(3) ?? '', /Kerkstraat 12 bis/);
      assert.match(letters.get(8) ?? '', /E\. Çelik/);
      for (const text of letters.values()) assert.doesNotMatch(text, /\uFFFD|Ã/);
    }
  });

  test('Excel "CSV UTF-8": byte order mark, names beyond Latin-1', async () => {
    const names = ['Şükrü Yılmaz', 'Łukasz Wałęsa', 'Đorđe Petrović', 'Nguyễn Văn An', 'Ĳsbrand Ĳzerman'];
    const lines = ['Naam;Straat;Postcode;Woonplaats;Groep;Soorten gegevens'];
    names.forEach((n, i) => lines.push(`${n};Markt ${i + 1};1011 AB;Amsterdam;bevestigd;naam`));
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const file = write('ontvangers-utf8.csv', Buffer.concat([bom, Buffer.from(`${lines.join('\r\n')}\r\n`)]));
    const run = await generate(file);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /Read as UTF-8, because it starts with a UTF-8 byte order mark/);
    assert.deepEqual(totals(run.stdout), { received: 5, generated: 5, rejected: 0 });
    if (pdftotext) {
      const letters = lettersByLine(run.outDir);
      names.forEach((name, i) => {
        // pdftotext writes the Ĳ ligature as two letters; the PDF holds the character itself.
        const expected = name.replaceAll('Ĳ', '(Ĳ|IJ)');
        assert.match(letters.get(i + 2) ?? '', new RegExp(expected), name);
      });
    }
  });

  test('an .xlsx workbook, second sheet chosen with --sheet, numbers stored as numbers', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Toelichting').addRow(['Dit werkblad is geen lijst']);
    const sheet = book.addWorksheet('Ontvangers');
    sheet.addRow([
      'Voornaam',
      'Tussenvoegsel',
      'Achternaam',
      'Straat',
      'Huisnummer',
      'Toevoeging',
      'Postcode',
      'Plaats',
      'Groep',
      'Gegevens',
    ]);
    sheet.addRow([
      'Anne-Fleur',
      'van den',
      'Berg',
      'Stationsweg',
      17,
      'A',
      '3511ce',
      'Utrecht',
      'bevestigd',
      'naam, adres',
    ]);
    sheet.addRow([]);
    sheet.addRow(['Jürgen', '', 'Müller', 'Lindenlaan', 3, '', '1234 AB', 'Zoetermeer', 'mogelijk', 'BSN']);
    sheet.addRow(['Jürgen', '', 'Müller', 'Lindenlaan', 3, '', '1234AB', 'Zoetermeer', 'mogelijk', 'bsn']);
    const file = join(tempDir('dlw-fixture-'), 'ontvangers.xlsx');
    await book.xlsx.writeFile(file);
    const run = await generate(file, ['--sheet', 'Ontvangers']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /Read from sheet "Ontvangers" of an Excel workbook/);
    assert.deepEqual(totals(run.stdout), { received: 3, generated: 2, rejected: 1 });
    assert.deepEqual(
      report(run.outDir).map((r) => [r.line, (r.reason_en ?? '').slice(0, 22)]),
      [['5', 'Duplicate of line 4: t']],
    );
    if (pdftotext) {
      const letters = lettersByLine(run.outDir);
      assert.match(letters.get(2) ?? '', /Anne-Fleur van den Berg/);
      assert.match(letters.get(2) ?? '', /Stationsweg 17 A/);
      assert.match(letters.get(2) ?? '', /3511 CE/);
      assert.match(letters.get(4) ?? '', /Jürgen Müller/);
    }
    const missing = await generate(file, ['--sheet', 'Blad9']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no sheet "Blad9".*Toelichting, Ontvangers/);
  });

  test('refuses a guess when two columns fit one field, naming them (exit 2)', async () => {
    const file = write(
      'dubbel.csv',
      Buffer.from('Naam;Achternaam;Straat;Postcode;Plaats;Groep;Gegevens\r\n'),
    );
    const run = await generate(file);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /mapping\.name: More than one column fits the name: "Naam", "Achternaam"/);
  });

  test('refuses to read a UTF-8 file as Windows-1252, and a partly UTF-8 file at all', async () => {
    const utf8 = write(
      'a.csv',
      Buffer.from(
        'Naam;Straat;Postcode;Plaats;Groep;Gegevens\nZoë;Markt 1;1011 AB;Amsterdam;bevestigd;naam\n',
      ),
    );
    const chosen = await generate(utf8, ['--encoding', 'cp1252']);
    assert.equal(chosen.code, 2);
    assert.match(chosen.stderr, /written in UTF-8\. Read as Windows-1252, names would be garbled/);
    const mixed = Buffer.concat([
      Buffer.from(
        'Naam;Straat;Postcode;Plaats;Groep;Gegevens\nZoë;Markt 1;1011 AB;Amsterdam;bevestigd;naam\n',
      ),
      Buffer.from('Jürgen;Markt 2;1011 AB;Amsterdam;bevestigd;naam\n', 'latin1'),
    ]);
    const run = await generate(write('b.csv', mixed));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /partly UTF-8 and partly something else \(line 3\)/);
  });
});
