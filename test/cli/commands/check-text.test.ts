import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import type { CliIo } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';

const dir = mkdtempSync(join(tmpdir(), 'dlw-check-text-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function writeText(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function run(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: Readable.from([stdin]),
    env: {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('datalekwijzer check-text', () => {
  test('prints each finding with line:column and its plain alternative, and exits with 1', async () => {
    const file = writeText('letter.txt', 'Beste klant,\n\nDe verwerkingsverantwoordelijke belt u.\n');
    const { code, stdout } = await run(['check-text', file, '--lang', 'nl']);
    assert.equal(code, 1);
    assert.match(stdout, new RegExp(`${file}:3:4  warning  jargon  "verwerkingsverantwoordelijke"`));
    assert.match(stdout, /Schrijf liever: "de organisatie die uw gegevens beheert"/);
  });

  test('exits with 0 for a plain text read from standard input', async () => {
    const { code, stdout } = await run(
      ['check-text', '-', '--lang', 'en'],
      'We lost your name. Change your password.',
    );
    assert.equal(code, 0);
    assert.match(stdout, /^0 findings\. 2 sentences, 7 words/);
  });

  test('writes one finding, one sentence and one word in the singular', async () => {
    const { stdout } = await run(
      ['check-text', '-', '--lang', 'nl', '--max-sentence-words', '1'],
      'Klaar nu.',
    );
    assert.match(stdout, /^1 finding\. 1 sentence, 2 words,/mu);
  });

  test('counts hints only with --strict', async () => {
    const text = 'Your data was stolen.';
    assert.equal((await run(['check-text', '--lang', 'en'], text)).code, 0);
    assert.equal((await run(['check-text', '--lang', 'en', '--strict'], text)).code, 1);
  });

  test('allows as many warnings as --max-warnings says', async () => {
    const text = 'Wij dienen te bellen.';
    assert.equal((await run(['check-text', '--max-warnings', '1'], text)).code, 0);
    assert.equal((await run(['check-text', '--max-warnings', '0'], text)).code, 1);
  });

  test('prints JSON with offsets, line and column', async () => {
    const { code, stdout } = await run(['check-text', '--lang', 'nl', '--json'], 'Zo.\nU dient te bellen.');
    const report = JSON.parse(stdout) as {
      passed: boolean;
      findings: { start: number; line: number; column: number; suggestions: string[] }[];
    };
    assert.equal(code, 1);
    assert.equal(report.passed, false);
    assert.deepEqual(
      report.findings.map((f) => [f.start, f.line, f.column, f.suggestions]),
      [[6, 2, 3, ['moeten']]],
    );
  });

  test('exits with 2 for a wrong language, a missing file or a bad number', async () => {
    const wrongLang = await run(['check-text', '--lang', 'de'], 'Hallo.');
    assert.equal(wrongLang.code, 2);
    assert.match(wrongLang.stderr, /--lang expects nl or en/);
    assert.equal((await run(['check-text', join(dir, 'missing.txt')])).code, 2);
    assert.equal((await run(['check-text', '--max-warnings', 'many'], 'Hallo.')).code, 2);
  });
});
