// The .xlsx reader keeps memory flat however many distinct texts a workbook has: its
// shared-strings table (one entry per distinct name, so a million for a million people) is
// read by position from a table on disk, not held in memory. Checked by heap growth, not time.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { convertXlsxToCsv } from '../../../src/importers/recipients-csv/index.ts';
import { SpilledStrings } from '../../../src/importers/recipients-csv/spilled-strings.ts';

const rows = 100_000;
/** A distinct name and street per row, long enough that a table of them in memory shows. */
function person(i: number): string[] {
  return [
    `Marie-Louise Anneke Wilhelmina van den Hoogenband-Ouderkerk ${i}`,
    `Burgemeester van Walsum de Jongestraat ${i}`,
    String((i % 300) + 1),
    '3011 AB',
    'Rotterdam',
    'bevestigd',
  ];
}

describe('convertXlsxToCsv', () => {
  test(`turns a workbook of ${rows} distinct names into CSV without holding its shared strings`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlw-xlsx-big-'));
    const path = join(dir, 'ontvangers.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
    const sheet = writer.addWorksheet('Ontvangers');
    sheet.addRow(['Naam', 'Straat', 'Huisnummer', 'Postcode', 'Plaats', 'Groep']).commit();
    for (let i = 0; i < rows; i++) sheet.addRow(person(i)).commit();
    sheet.commit();
    await writer.commit();

    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    // Samples between the converter's awaits; what is measured is memory, never how long it took.
    const sampler = setInterval(() => {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 250);
    try {
      await convertXlsxToCsv(path, join(dir, 'ontvangers.csv'));
    } finally {
      clearInterval(sampler);
    }
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);

    const lines = readFileSync(join(dir, 'ontvangers.csv'), 'utf8').trimEnd().split('\n');
    assert.equal(lines.length, rows + 1);
    assert.equal(lines[rows], person(rows - 1).join(','), 'the last row has its own texts');
    assert.equal(lines[1], person(0).join(','));
    // The distinct texts alone are ~15 MB as text and far more as strings in a table.
    const grew = peak - before;
    assert.ok(grew < 12 * 1024 * 1024, `heap grew by ${Math.round(grew / 1e6)} MB`);
  });

  test('the on-disk table gives back every text by position: empty, non-Latin, across blocks, larger than its buffer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlw-strings-'));
    const table = new SpilledStrings(join(dir, 'data'), join(dir, 'offsets'));
    const texts: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      const text =
        i % 997 === 0
          ? ''
          : i === 5000
            ? 'ş'.repeat(700_000)
            : `Nguyễn Thị Łucja Ĳsbrand ${i} ${'x'.repeat(i % 50)}`;
      texts.push(text);
      table.add(text);
    }
    try {
      for (const i of [0, 1, 4999, 5000, 5001, 39_999, 997, 20_000, 3, 39_998, 2])
        assert.equal(table.get(i), texts[i], `text ${i}`);
      for (let i = 0; i < texts.length; i++) assert.equal(table.get(i), texts[i]);
      assert.equal(table.get(40_000), undefined);
      assert.equal(table.get(-1), undefined);
    } finally {
      table.close();
    }
  });
});
