import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import { defaultContentDir } from '../../src/content-files/load-knowledge.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: Readable.from([]),
    env: {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'dlw-content-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('datalekwijzer content review-sheet', () => {
  test('writes one self-contained HTML sheet in the chosen language', async () => {
    const file = join(dir, 'sheet-en.html');
    const { code, stderr } = await run([
      'content',
      'review-sheet',
      '--lang',
      'en',
      '--out',
      file,
      '--date',
      '2026-12-06',
    ]);
    assert.equal(code, 0, stderr);
    const html = readFileSync(file, 'utf8');
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.match(html, /<h1>Review sheet: the advice of Datalekwijzer<\/h1>/);
    assert.match(html, /Made on 2026-12-06/);
    assert.match(html, /still outstanding for \d+ of the \d+ items/);
    assert.match(html, /☐ The source does not say this/);
    assert.doesNotMatch(html, /<script|<link|\bsrc=/, 'no scripts and nothing loaded from elsewhere');
  });

  test('prints the Dutch sheet to standard output without --out, with text escaped', async () => {
    const { code, stdout } = await run(['content', 'review-sheet', '--date', '2026-12-06']);
    assert.equal(code, 0);
    assert.match(stdout, /<html lang="nl">/);
    assert.match(stdout, /Is dit bericht echt\?&#39; \(\/echt\)/);
  });

  test('refuses an unknown language or a malformed date with status 2', async () => {
    assert.equal((await run(['content', 'review-sheet', '--lang', 'de'])).code, 2);
    const bad = await run(['content', 'review-sheet', '--date', '6-12-2026']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--date: expected a date written YYYY-MM-DD/);
  });
});

describe('datalekwijzer content review-status', () => {
  test('exits 0 when every item is reviewed against its current text, and says expert review is outstanding', async () => {
    const { code, stdout } = await run(['content', 'review-status']);
    assert.equal(code, 0);
    assert.match(
      stdout,
      /^(\d+) of \1 items reviewed against their current text; expert review outstanding for \d+\.$/m,
    );
  });

  test('exits 1 and names the item whose text changed after its review', async () => {
    const content = join(dir, 'content');
    cpSync(defaultContentDir, content, { recursive: true });
    const file = join(content, 'actions.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('Kijk de komende maanden vaak', 'Kijk de komende weken vaak'),
    );
    const { code, stdout } = await run(['content', 'review-status', '--content', content]);
    assert.equal(code, 1);
    assert.match(
      stdout,
      /^action\.check_bank_regularly: text changed since the review of 2026-12-06; fingerprint now [0-9a-f]{8}$/m,
    );
    const json = await run(['content', 'review-status', '--content', content, '--json']);
    const items = (JSON.parse(json.stdout) as { items: { ref: string; state: string }[] }).items;
    assert.deepEqual(
      items.filter((i) => i.state !== 'current').map((i) => i.ref),
      ['action.check_bank_regularly'],
    );
  });
});
