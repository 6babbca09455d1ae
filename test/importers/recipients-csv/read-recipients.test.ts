import assert from 'node:assert/strict';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, test } from 'node:test';
import {
  readRecipientFileHead,
  readRecipients,
  suggestMapping,
  type RecipientEntry,
  type ValidationContext,
} from '../../../src/importers/recipients-csv/index.ts';
import { buildContext, buildRow, dutchHeader, writeCsv } from './builders.ts';

async function readAll(path: string, context: ValidationContext = buildContext()): Promise<RecipientEntry[]> {
  const head = await readRecipientFileHead(path);
  const out: RecipientEntry[] = [];
  for await (const entry of readRecipients({ path, head, mapping: suggestMapping(head.headers), context }))
    out.push(entry);
  return out;
}

function rejections(entries: RecipientEntry[]) {
  return entries.flatMap((e) =>
    e.type === 'rejected'
      ? e.rejection.problems.map((p) => ({ row: e.rejection.row, line: e.rejection.line, field: p.field }))
      : [],
  );
}

describe('readRecipients', () => {
  test('reads a semicolon file with a byte order mark and CRLF line endings', async () => {
    const path = writeCsv([buildRow(), buildRow({ naam: 'Émile Öztürk' })], { bom: true });
    const head = await readRecipientFileHead(path);
    assert.equal(head.format.delimiter, ';');
    assert.equal(head.headers[0], 'naam');
    const entries = await readAll(path);
    assert.deepEqual(
      entries.map((e) => e.type),
      ['accepted', 'accepted'],
    );
    const second = entries[1];
    assert.ok(second?.type === 'accepted');
    assert.equal(second.recipient.name, 'Émile Öztürk');
    assert.equal(second.recipient.line, 3);
  });

  test('reads a comma file with quoted fields holding commas, quotes and a line break', async () => {
    const path = writeCsv(
      [
        buildRow({ naam: 'Vries, Sam "Sammy" de', gegevens: 'bsn,email' }),
        buildRow({ straat: 'Lange\nLaan' }),
        buildRow(),
      ],
      { delimiter: ',', eol: '\n' },
    );
    const entries = await readAll(path);
    const [first, second, third] = entries;
    assert.ok(first?.type === 'accepted' && second?.type === 'accepted' && third?.type === 'accepted');
    assert.equal(first.recipient.name, 'Vries, Sam "Sammy" de');
    assert.deepEqual(first.recipient.kinds, ['bsn', 'email']);
    assert.equal(second.recipient.address?.street, 'Lange Laan 12');
    assert.equal(third.recipient.row, 3);
    assert.equal(
      third.recipient.line,
      5,
      'the line break inside the quoted street moves later rows down one line',
    );
  });

  test('normalises a Dutch postcode, keeps a foreign address with its country, defaults language to Dutch', async () => {
    const header = [...dutchHeader, 'land'];
    const path = writeCsv(
      [
        [...buildRow({ postcode: '1234ab', taal: '' }), ''],
        [...buildRow({ postcode: 'SW1A 1AA', woonplaats: 'London', taal: 'en' }), 'United Kingdom'],
      ],
      { header },
    );
    const entries = await readAll(path);
    const [nl, uk] = entries;
    assert.ok(nl?.type === 'accepted' && uk?.type === 'accepted');
    assert.deepEqual(nl.recipient.address, {
      street: 'Dorpsstraat 12',
      postcode: '1234 AB',
      city: 'UTRECHT',
      country: 'NL',
    });
    assert.equal(nl.recipient.language, 'nl');
    assert.equal(uk.recipient.address?.country, 'United Kingdom');
    assert.equal(uk.recipient.language, 'en');
  });

  test('keeps the salutation as given and leaves it neutral when empty', async () => {
    const path = writeCsv([
      buildRow({ aanhef: 'Beste Sam' }),
      buildRow({ aanhef: '' }),
      buildRow({ aanhef: 'neutraal' }),
    ]);
    const salutations = (await readAll(path)).map((e) =>
      e.type === 'accepted' ? e.recipient.salutation : 'rejected',
    );
    assert.deepEqual(salutations, ['Beste Sam', undefined, undefined]);
  });

  test('accepts HIBP data-class names in the kinds column', async () => {
    const path = writeCsv([buildRow({ gegevens: 'Email addresses|Bank account numbers' })]);
    const [entry] = await readAll(path);
    assert.ok(entry?.type === 'accepted');
    assert.deepEqual(entry.recipient.kinds, ['email', 'iban']);
  });

  test('reports each kind of bad row with its row, line and field', async () => {
    const path = writeCsv([
      buildRow({ naam: '' }), // row 1
      buildRow({ postcode: '0123 AB' }), // row 2
      buildRow({ postcode: '1234 SS' }), // row 3
      buildRow({ 'e-mail': 'sam@@example' }), // row 4
      buildRow({ taal: 'fr' }), // row 5
      buildRow({ groep: 'everyone' }), // row 6
      buildRow({ gegevens: 'bsn|shoe_size' }), // row 7
      buildRow({ gegevens: '' }), // row 8
      buildRow({ straat: 'Dorpsstraat', huisnummer: '' }), // row 9
      buildRow({ woonplaats: '' }), // row 10
      buildRow(), // row 11, good
    ]);
    const found = rejections(await readAll(path));
    assert.deepEqual(found, [
      { row: 1, line: 2, field: 'name' },
      { row: 2, line: 3, field: 'postcode' },
      { row: 3, line: 4, field: 'postcode' },
      { row: 4, line: 5, field: 'email' },
      { row: 5, line: 6, field: 'language' },
      { row: 6, line: 7, field: 'group' },
      { row: 7, line: 8, field: 'kinds' },
      { row: 8, line: 9, field: 'kinds' },
      { row: 9, line: 10, field: 'houseNumber' },
      { row: 10, line: 11, field: 'city' },
    ]);
  });

  test('reports a row with too few columns and a broken quote without losing the rows after them', async () => {
    const good = buildRow().join(';');
    const lines = [
      dutchHeader.join(';'),
      good,
      'Alleen;twee',
      `"Sam "de" Vries;${buildRow().slice(1).join(';')}`,
      good,
      `"Niet gesloten;${buildRow().slice(1).join(';')}`,
      good,
    ];
    const path = writeCsv([]);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const entries = await readAll(path);
    assert.deepEqual(
      entries.map((e) => e.type),
      ['accepted', 'rejected', 'rejected', 'accepted', 'rejected', 'accepted'],
    );
    assert.deepEqual(rejections(entries), [
      { row: 2, line: 3, field: 'row' },
      { row: 3, line: 4, field: 'row' },
      { row: 5, line: 6, field: 'row' },
    ]);
    const last = entries[5];
    assert.ok(last?.type === 'accepted');
    assert.equal(last.recipient.line, 7);
  });

  test('gives every reason in Dutch and English', async () => {
    const path = writeCsv([buildRow({ 'e-mail': 'geen-adres' })]);
    const [entry] = await readAll(path);
    assert.ok(entry?.type === 'rejected');
    const reason = entry.rejection.problems[0]?.reason;
    assert.match(reason?.nl ?? '', /e-mailadres/);
    assert.match(reason?.en ?? '', /e-mail address/);
  });

  test('checks a personal code from an earlier round with the given checker', async () => {
    const header = [...dutchHeader, 'code'];
    const path = writeCsv(
      [
        [...buildRow(), 'ABC-123'],
        [...buildRow(), 'goed'],
      ],
      { header },
    );
    const context = buildContext({
      checkCode: (raw) => (raw === 'goed' ? 'GOED' : undefined),
      requireCode: true,
    });
    const entries = await readAll(path, context);
    assert.deepEqual(rejections(entries), [{ row: 1, line: 2, field: 'code' }]);
    assert.ok(entries[1]?.type === 'accepted' && entries[1].recipient.code === 'GOED');
  });

  test('totals add up: every data row is accepted or rejected exactly once', async () => {
    const rows = Array.from({ length: 500 }, (_, i) =>
      buildRow(i % 7 === 0 ? { postcode: 'fout' } : { naam: `Persoon ${i}` }),
    );
    const entries = await readAll(writeCsv(rows));
    const accepted = entries.filter((e) => e.type === 'accepted').length;
    const rejected = entries.filter((e) => e.type === 'rejected').length;
    assert.equal(accepted + rejected, 500);
    assert.equal(rejected, Math.ceil(500 / 7));
    const rowNumbers = entries.map((e) => (e.type === 'accepted' ? e.recipient.row : e.rejection.row));
    assert.deepEqual(
      rowNumbers,
      Array.from({ length: 500 }, (_, i) => i + 1),
    );
  });

  test('streams a file of 300,000 rows without holding it in memory', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dlw-big-')), 'groot.csv');
    const out = createWriteStream(path);
    out.write(`${dutchHeader.join(';')}\n`);
    const rows = 300_000;
    for (let i = 0; i < rows; i++) {
      const line = `${buildRow({ naam: `Persoon ${i}`, postcode: i % 1000 === 0 ? 'x' : '1234 AB' }).join(';')}\n`;
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let accepted = 0;
    let rejected = 0;
    const head = await readRecipientFileHead(path);
    for await (const entry of readRecipients({
      path,
      head,
      mapping: suggestMapping(head.headers),
      context: buildContext(),
    })) {
      if (entry.type === 'accepted') accepted++;
      else rejected++;
      if ((accepted + rejected) % 50_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    assert.equal(accepted + rejected, rows);
    assert.equal(rejected, rows / 1000);
    // The file is ~25 MB and its rows as objects would take far more; the reader keeps one chunk.
    assert.ok(peak - before < 16 * 1024 * 1024, `heap grew by ${Math.round((peak - before) / 1e6)} MB`);
  });
});
