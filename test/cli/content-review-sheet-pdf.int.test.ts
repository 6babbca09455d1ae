import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import type { CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';

const pdftotext = process.env.DLW_PDFTOTEXT;
const skip = pdftotext
  ? false
  : 'DLW_PDFTOTEXT is not set: pdftotext (Debian package poppler-utils) is needed to read the PDF back';
const dir = mkdtempSync(join(tmpdir(), 'dlw-review-sheet-pdf-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('datalekwijzer content review-sheet --pdf', { skip }, () => {
  test('writes a tagged Dutch PDF that reads back with the status, the claims and the six cases', async () => {
    const io: CliIo = {
      stdout: { write: () => true },
      stderr: { write: () => true },
      stdin: Readable.from([]),
      env: {},
    };
    const pdf = join(dir, 'sheet.pdf');
    const code = await main(
      ['content', 'review-sheet', '--out', join(dir, 'sheet.html'), '--pdf', pdf, '--date', '2026-12-06'],
      io,
    );
    assert.equal(code, 0);
    const bytes = readFileSync(pdf);
    assert.ok(bytes.subarray(0, 8).toString('latin1').startsWith('%PDF-1.7'));
    assert.match(bytes.toString('latin1'), /\/Lang \(nl-NL\)/);
    const text = execFileSync(pdftotext ?? 'pdftotext', ['-enc', 'UTF-8', pdf, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    assert.match(text, /Beoordelingsblad: het advies van Datalekwijzer/);
    assert.match(text, /staat nog open voor \d+ van de \d+ items/);
    assert.match(text, /action\.check_bank_regularly — Blijf uw rekening controleren/);
    assert.match(text, /Melding Onterechte Incasso/);
    assert.match(text, /Het plan voor zes gewone gevallen/);
  });
});
