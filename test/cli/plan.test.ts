import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import { defaultContentDir } from '../../src/content-files/load-knowledge.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import type { Plan } from '../../src/core/plan/types.ts';

async function run(argv: string[], columns?: number) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t), ...(columns ? { columns } : {}) } as CliIo['stdout'],
    stderr: { write: (t: string) => (stderr += t) },
    stdin: Readable.from([]),
    env: {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('datalekwijzer plan', () => {
  test('prints a readable Dutch plan for HIBP data classes, with headings, numbered actions and why-lines', async () => {
    const { code, stdout } = await run([
      'plan',
      '--hibp-classes',
      'Email addresses,Bank account numbers',
      '--lang',
      'nl',
    ]);
    assert.equal(code, 0);
    assert.match(stdout, /^WAT DIT VOOR U KAN BETEKENEN$/m);
    assert.match(stdout, /^WAT U KUNT DOEN$/m);
    assert.match(stdout, /^Doe dit nu:$/m);
    assert.match(stdout, /^ {2}1\. /m);
    assert.match(stdout, /Dit komt door deze gegevens van u: IBAN/);
    assert.match(stdout, /Binnen 8\s+weken/);
    assert.match(stdout, /tot 13\s+maanden\s+later/);
    assert.doesNotMatch(stdout, /\/10\b/, 'risk levels in words only');
  });

  test('wraps every line to the terminal width', async () => {
    const { stdout } = await run(['plan', '--categories', 'bsn,name,address', '--lang', 'en'], 60);
    const long = stdout.split('\n').filter((l) => l.length > 60 && !/\S{40,}/.test(l));
    assert.deepEqual(long, []);
    assert.match(stdout, /^WHAT YOU CAN DO$/m);
  });

  test('prints the plan as JSON with --json', async () => {
    const { code, stdout } = await run(['plan', '--categories', 'email,password', '--lang', 'en', '--json']);
    assert.equal(code, 0);
    const plan = JSON.parse(stdout) as Plan;
    assert.equal(plan.schemaVersion, 2);
    assert.equal(plan.lang, 'en');
    assert.equal(plan.certainty, 'confirmed');
    assert.deepEqual(
      plan.categories.map((c) => c.id),
      ['email', 'password'],
    );
    assert.equal(plan.risks[0]!.id, 'account_takeover');
    assert.equal(plan.actionGroups[0]!.actions[0]!.id, 'change_password');
    assert.ok(Array.isArray(plan.questions) && Array.isArray(plan.sources) && Array.isArray(plan.contacts));
  });

  test('passes certainty and publication to the plan', async () => {
    const { stdout } = await run([
      'plan',
      '--categories',
      'email',
      '--certainty',
      'possibly',
      '--published',
      '--json',
    ]);
    const plan = JSON.parse(stdout) as Plan;
    assert.equal(plan.certainty, 'possibly');
    assert.equal(plan.exposure.published, true);
    assert.equal(plan.notes.length, 1);
  });

  test('exits with status 2 on an unknown HIBP name and lists the valid names', async () => {
    const { code, stdout, stderr } = await run(['plan', '--hibp-classes', 'Email addresses,Shoe sizes']);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /Unknown HIBP data class: Shoe sizes/);
    assert.match(stderr, /Valid names: .*Bank account numbers/);
  });

  test('exits with status 2 on an unknown category id and lists the valid ids', async () => {
    const { code, stderr } = await run(['plan', '--categories', 'bsn,shoe_size']);
    assert.equal(code, 2);
    assert.match(stderr, /Unknown category id: shoe_size/);
    assert.match(stderr, /Valid ids: bsn, id_document_copy/);
  });

  test('exits with status 1 and names file and path when the knowledge base is broken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlw-plan-content-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(defaultContentDir, dir, { recursive: true });
    const file = join(dir, 'contacts.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('website: bkr.nl', 'website: bkr.nl\n    phone: 0900-0000'),
    );
    const { code, stderr } = await run(['plan', '--categories', 'bsn', '--content', dir]);
    assert.equal(code, 1);
    assert.match(stderr, /contacts\.yaml: contacts\[\d+\]\.source: expected a source for the phone number/);
  });

  test('exits with status 2 on an unknown certainty or language, or without any data', async () => {
    assert.equal((await run(['plan', '--categories', 'bsn', '--certainty', 'maybe'])).code, 2);
    assert.equal((await run(['plan', '--categories', 'bsn', '--lang', 'de'])).code, 2);
    assert.equal((await run(['plan'])).code, 2);
  });
});

describe('datalekwijzer categories', () => {
  test('lists every category with its HIBP data classes as JSON', async () => {
    const { code, stdout } = await run(['categories', '--json']);
    assert.equal(code, 0);
    const { categories } = JSON.parse(stdout) as {
      categories: { id: string; name: { nl: string; en: string }; hibpDataClasses: string[] }[];
    };
    const bsn = categories.find((c) => c.id === 'bsn')!;
    assert.deepEqual(bsn.hibpDataClasses, ['Social security numbers']);
    assert.equal(bsn.name.nl, 'BSN');
    assert.equal(
      categories.reduce((n, c) => n + c.hibpDataClasses.length, 0),
      168,
    );
  });

  test('lists the categories as text', async () => {
    const { code, stdout } = await run(['categories', '--lang', 'en']);
    assert.equal(code, 0);
    assert.match(stdout, /^email — Email address \(low\)$/m);
    assert.match(stdout, /HIBP: Email addresses, Recovery email addresses/);
  });
});
