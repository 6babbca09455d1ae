import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import type { CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { buildNotificationRequest } from '../core/authority-notification/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'dlw-authority-'));
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

describe('datalekwijzer authority-notification', () => {
  test('prints the notification as JSON with every Art. 33(3) item and the completeness list', async () => {
    const { code, stdout } = await run(
      ['authority-notification', '--json'],
      JSON.stringify(buildNotificationRequest()),
    );
    assert.equal(code, 0);
    const n = JSON.parse(stdout);
    assert.equal(n.nature.approxPeople, 941000);
    assert.equal(n.contact.email, 'fg@lab-zuid.example');
    assert.ok(n.consequences.derived.length > 0);
    assert.equal(n.measures.taken.length, 1);
    assert.equal(n.completeness.complete, true);
  });

  test('writes a PDF with --pdf and says where', async () => {
    const out = join(dir, 'melding.pdf');
    const { code, stdout } = await run(
      ['authority-notification', '--pdf', out, '--lang', 'en'],
      JSON.stringify(buildNotificationRequest({ nature: undefined })),
    );
    assert.equal(code, 0);
    assert.ok(existsSync(out));
    assert.equal(readFileSync(out).subarray(0, 8).toString('latin1'), '%PDF-1.7');
    assert.match(stdout, /First notification: .*description of what happened/);
  });

  test('exits with 2 and names each wrong field', async () => {
    const request = { ...buildNotificationRequest(), preparedAt: 'gisteren', contact: { role: 'boss' } };
    const { code, stderr } = await run(['authority-notification', '--json'], JSON.stringify(request));
    assert.equal(code, 2);
    assert.match(stderr, /- preparedAt: Expected the moment this notification is made in ISO 8601/);
    assert.match(stderr, /- contact\.role: Choose one of: .*dpo, other\./);
  });
});
