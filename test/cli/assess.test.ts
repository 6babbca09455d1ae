import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import type { CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { assessmentSchema } from '../../src/core/assessment/output-schema.ts';
import { buildIncident, cases } from '../core/assessment/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'dlw-assess-'));
after(() => rmSync(dir, { recursive: true, force: true }));

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

describe('datalekwijzer assess', () => {
  test('prints the assessment of facts on standard input as JSON that matches the output schema', async () => {
    const { code, stdout } = await run(
      ['assess', '--json', '--now', '2025-07-07T08:00:00Z'],
      JSON.stringify(cases.labCase),
    );
    assert.equal(code, 0);
    const assessment = assessmentSchema.parse(JSON.parse(stdout));
    assert.equal(assessment.severity.level, 'very_high');
    assert.equal(assessment.notifyAuthority.required, true);
    assert.equal(assessment.deadline.hoursLeft, 48);
  });

  test('reads the facts from a file argument', async () => {
    const file = join(dir, 'incident.json');
    writeFileSync(file, JSON.stringify(cases.misdirectedToTrusted));
    const { code, stdout } = await run(['assess', file, '--json']);
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).notifyAuthority.required, false);
  });

  test('prints a readable Dutch report by default', async () => {
    const { code, stdout } = await run(['assess'], JSON.stringify(cases.labCase));
    assert.equal(code, 0);
    assert.match(stdout, /Beoordeling van het datalek/);
    assert.match(stdout, /4 × 1 \+ 1 = 5 → zeer hoog/);
    assert.match(stdout, /Melden bij de Autoriteit Persoonsgegevens \(art\. 33\): ja/);
  });

  test('prints the report in English with --lang en, naming the exception', async () => {
    const { stdout } = await run(['assess', '--lang', 'en'], JSON.stringify(cases.lostEncryptedLaptop));
    assert.match(
      stdout,
      /Inform the people \(Art\. 34\): no \(exception: data unintelligible \(encrypted\)\)/,
    );
  });

  test('exits with 2 and names each wrong field with what is expected', async () => {
    const input = { ...buildIncident(), peopleCount: 'many', categories: ['name', 'blood'], colour: 'red' };
    const { code, stderr, stdout } = await run(['assess', '--json'], JSON.stringify(input));
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /3 field\(s\)/);
    assert.match(stderr, /- peopleCount: Give a whole number\./);
    assert.match(stderr, /- categories\[1\]: Choose one of: bsn, .*, other\./);
    assert.match(stderr, /- colour: Unknown field/);
  });

  test('exits with 2 on text that is not JSON', async () => {
    const { code, stderr } = await run(['assess'], '{ not json');
    assert.equal(code, 2);
    assert.match(stderr, /standard input is not valid JSON/);
  });

  test('exits with 2 on an unknown language or a bad --now', async () => {
    assert.equal((await run(['assess', '--lang', 'de'], JSON.stringify(buildIncident()))).code, 2);
    assert.equal((await run(['assess', '--now', 'tomorrow'], JSON.stringify(buildIncident()))).code, 2);
  });
});
