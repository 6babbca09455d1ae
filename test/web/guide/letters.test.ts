import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { createLogger } from '../../../src/web/logger.ts';
import { after, before, describe, test } from 'node:test';
import { loadKnowledge } from '../../../src/content-files/load-knowledge.ts';
import { openStorage, type Storage } from '../../../src/storage/open-storage.ts';
import { buildApp } from '../../../src/web/app.ts';
import { buildGuideWorld, cookiesFrom } from '../../support/guide.ts';
import { buildConfig, normalizeHtml } from '../../support/web.ts';
import type { FastifyInstance } from 'fastify';

/** Everything the app logs, as text, at the most talkative level. */
let logged = '';
let app: FastifyInstance;
let storage: Storage;
let world: Awaited<ReturnType<typeof buildGuideWorld>>;

before(async () => {
  const config = buildConfig({ LOG_LEVEL: 'trace' });
  storage = await openStorage({ url: config.databaseUrl });
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logged += String(chunk);
      done();
    },
  });
  const logger = createLogger({ level: 'trace', destination: sink });
  app = await buildApp({
    config,
    storage,
    knowledge: loadKnowledge(),
    clock: () => new Date('2026-11-25T12:00:00Z'),
    logger,
  });
  await app.ready();
  world = await buildGuideWorld(storage);
});
after(async () => {
  await app.close();
  await storage.close();
});

/** A letter form as a victim fills it in. */
function buildLetterForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    datalek: world.breachA.slug,
    soort: 'access_request',
    taal: 'nl',
    naam: 'Jozefien Vermeulen-Ünal',
    straat: 'Kastanjelaan 17',
    postcode: '9712 AB',
    plaats: 'Groningen',
    email: '',
    kenmerk: 'KL-99812',
    toelichting: '',
    bedrag: '',
    klachtdatum: '',
    formaat: 'txt',
    ...overrides,
  };
}

const postLetter = (fields: Record<string, string>, cookie = '') =>
  app.inject({
    method: 'POST',
    url: '/brieven',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    payload: new URLSearchParams(fields).toString(),
  });

describe('victim letters', () => {
  // First, before the breach context is cached: the workspace stored where privacy requests go.
  test('the letter is addressed to the privacy postal and e-mail address from the breach record, and the page says how to send it', async () => {
    await storage.db
      .updateTable('breaches')
      .set({
        privacy_email: 'privacy@lab-noord.example',
        privacy_postal_address: 'Postbus 77, 9700 AA Groningen',
      })
      .where('id', '=', world.breachA.id)
      .execute();
    const form = normalizeHtml((await app.inject(`/brieven?datalek=${world.breachA.slug}`)).body);
    assert.match(form, /href="mailto:privacy@lab-noord\.example"/);
    assert.match(form, /per post: Postbus 77, 9700 AA Groningen/);
    assert.match(form, /Bewaar een kopie van de brief\./);
    assert.match(form, /binnen één maand antwoorden \(artikel 12 lid 3 AVG\)/);
    const text = (await postLetter(buildLetterForm())).body;
    assert.match(
      text,
      /Laboratorium Noord\nT\.a\.v\. de functionaris gegevensbescherming\nPostbus 77\n9700 AA Groningen\nE-mail: privacy@lab-noord\.example/,
    );
  });

  test('"preview first" shows the letter on the page above the filled-in form, and downloads nothing', async () => {
    const response = await postLetter(buildLetterForm({ actie: 'bekijken' }));
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /text\/html/);
    assert.equal(response.headers['content-disposition'], undefined);
    const page = normalizeHtml(response.body);
    assert.match(page, /<h2[^>]*id="voorbeeld-titel">Zo ziet uw brief eruit<\/h2>/);
    assert.match(page, /Inzageverzoek over het datalek/);
    assert.match(page, /value="Kastanjelaan 17"/, 'the form keeps what was filled in');
  });

  test('the form names the breach and explains the order: organisation first, then the AP', async () => {
    const response = await app.inject(`/brieven?datalek=${world.breachA.slug}`);
    assert.equal(response.statusCode, 200);
    const page = normalizeHtml(response.body);
    assert.match(page, /Hack bij Laboratorium Noord — Laboratorium Noord/);
    assert.match(page, /verwacht dat u eerst bij de organisatie klaagt/);
    assert.match(page, /kleine bedragen toegekend, of niets als de schade niet bewezen was/);
    assert.match(page, /We bewaren ze niet\./);
  });

  test('an access request as text holds the filled-in name, address and reference, and the GDPR article', async () => {
    const response = await postLetter(buildLetterForm());
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /text\/plain/);
    assert.match(
      String(response.headers['content-disposition']),
      /attachment; filename="inzageverzoek-artikel-15-avg\.txt"/,
    );
    assert.equal(response.headers['cache-control'], 'no-store');
    const text = response.body;
    assert.match(text, /^Jozefien Vermeulen-Ünal\nKastanjelaan 17\n9712 AB Groningen\n/);
    assert.match(text, /Laboratorium Noord\nT\.a\.v\. de functionaris gegevensbescherming/);
    assert.match(text, /Groningen, 25 november 2026/);
    assert.match(text, /artikel 15 van de Algemene verordening gegevensbescherming/);
    assert.match(text, /Mijn klantnummer of kenmerk is: KL-99812\./);
    assert.match(text, /binnen één maand/);
  });

  test('with the code cookie the letter names the data from the person’s own letter', async () => {
    const posted = await app.inject({
      method: 'POST',
      url: '/code',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `code=${world.codes.confirmed.code}`,
    });
    const response = await postLetter(buildLetterForm(), cookiesFrom(posted.headers['set-cookie']));
    assert.match(response.body, /het om deze gegevens: naam, BSN en uitslag van een medisch onderzoek\./);
  });

  test('a claim in English as PDF holds the name and the amount', async (context) => {
    const response = await postLetter(
      buildLetterForm({
        soort: 'damages_claim',
        taal: 'en',
        formaat: 'pdf',
        bedrag: '250',
        toelichting: 'I lost a day of work.',
      }),
    );
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/pdf');
    const bytes = response.rawPayload;
    assert.ok(bytes.subarray(0, 8).toString('latin1').startsWith('%PDF-1.7'));
    assert.match(bytes.toString('latin1'), /\/Lang \(en-GB\)/);
    const pdftotext = process.env.DLW_PDFTOTEXT;
    if (!pdftotext) return context.skip('DLW_PDFTOTEXT is not set: the text of the PDF is not checked');
    const dir = mkdtempSync(join(tmpdir(), 'dlw-letter-'));
    try {
      writeFileSync(join(dir, 'letter.pdf'), bytes);
      const text = execFileSync(pdftotext, ['-enc', 'UTF-8', join(dir, 'letter.pdf'), '-'], {
        encoding: 'utf8',
      });
      assert.match(text, /Jozefien Vermeulen-Ünal/);
      assert.match(text, /€ 250/);
      assert.match(text, /Article 82/);
      assert.match(text, /I lost a day of work\./);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a complaint to the AP names the date of the complaint to the organisation', async () => {
    const response = await postLetter(
      buildLetterForm({ soort: 'complaint_authority', klachtdatum: '2026-10-01' }),
    );
    assert.match(response.body, /Ik heb op 1 oktober 2026 een klacht ingediend bij Laboratorium Noord\./);
    assert.match(response.body, /^Autoriteit Persoonsgegevens$/m);
  });

  test('missing fields show the form again with every error listed and the values kept', async () => {
    const response = await postLetter(
      buildLetterForm({ naam: '', postcode: '', soort: '', bedrag: '12,50' }),
    );
    assert.equal(response.statusCode, 400);
    const page = normalizeHtml(response.body);
    assert.match(page, /href="#naam">Vul uw naam in\./);
    assert.match(page, /href="#postcode">Vul uw postcode in\./);
    assert.match(page, /href="#soort-access_request">Kies welke brief u wilt maken\./);
    assert.match(page, /href="#bedrag">Vul een bedrag in hele euro/);
    assert.match(page, /value="Kastanjelaan 17"/);
  });

  test('nothing of the letter is stored in the database or written to the log', async () => {
    await postLetter(buildLetterForm({ toelichting: 'Mijn buurvrouw Truus kreeg ook een brief.' }));
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
      storage.db,
    );
    for (const { name } of tables.rows) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(storage.db);
      const dump = JSON.stringify(rows.rows);
      assert.ok(!dump.includes('Vermeulen'), `table ${name} holds the name`);
      assert.ok(!dump.includes('Kastanjelaan'), `table ${name} holds the address`);
      assert.ok(!dump.includes('Truus'), `table ${name} holds the explanation`);
    }
    assert.ok(logged.length > 0, 'the logger captured the requests');
    assert.ok(!logged.includes('Vermeulen') && !logged.includes('Kastanjelaan') && !logged.includes('Truus'));
  });

  test('no code ever reaches the log: QR address, form, genuineness check and personal page', async () => {
    const { code } = world.codes.possibly;
    await app.inject(`/c/${code}`);
    await app.inject(`/c/${code.toLowerCase()}`);
    await app.inject(`/c/${code}/extra`);
    await app.inject(`/en/c/${code}`);
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const posted = await app.inject({ method: 'POST', url: '/code', headers: form, payload: `code=${code}` });
    await app.inject({ method: 'POST', url: '/echt', headers: form, payload: `code=${code}` });
    await app.inject({ url: '/mijn-plan', headers: { cookie: cookiesFrom(posted.headers['set-cookie']) } });
    assert.match(logged, /"path":"\/mijn-plan"/, 'requests are logged');
    for (const form of [code, code.toLowerCase(), world.codes.possibly.codeHash]) {
      assert.ok(!logged.includes(form), `the log holds ${form === code ? 'the code' : 'a form of the code'}`);
    }
  });
});
