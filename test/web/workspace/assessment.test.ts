import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadBreach } from '../../../src/storage/repositories/breaches.ts';
import { getLatestAssessment } from '../../../src/use-cases/get-latest-assessment.ts';
import { signIn, workspaceWorld, type Client } from './support.ts';

type World = Awaited<ReturnType<typeof workspaceWorld>>;

/** The facts form filled in for the lab case: medical results copied out and offered online. */
function labFacts(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    incidentKind: 'hacking',
    categories: ['name', 'medical_test_result', 'bsn'],
    childrenOrVulnerable: 'no',
    peopleCount: '485000',
    recordCount: '',
    awareDate: '2026-11-24',
    awareTime: '10:00',
    encrypted: 'no',
    keySafe: '',
    copiedOut: 'yes',
    publishedOrOffered: 'yes',
    integrity: 'not_affected',
    'availability.lost': 'no',
    'availability.restoredFromBackup': '',
    'availability.hoursUnavailable': '',
    recipientTrusted: 'no',
    maliciousIntent: 'yes',
    measuresMakeHighRiskUnlikely: 'no',
    disproportionateEffort: 'no',
    publicCommunicationPlanned: 'no',
    identification: '',
    ...overrides,
  };
}

async function count(
  w: World,
  table: 'breach_assessments' | 'breach_authority_notifications',
): Promise<number> {
  const row = await w.storage.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('assessment, notification and register in the workspace', () => {
  let w: World;
  let editor: Client;
  const base = () => `/werkruimte/datalekken/${w.breachA.id}`;

  before(async () => {
    w = await workspaceWorld();
    editor = await signIn(w.app, w.world.editorA.email, w.world.editorA.password);
  });
  after(() => w.close());

  test('the notification page asks for an assessment first', async () => {
    const page = await editor.get(`${base()}/melding`);
    assert.match(page.body, /Beoordeel het datalek eerst/);
  });

  test('before any assessment, a viewer opening the result is sent to the breach page, an editor to the form', async () => {
    const viewer = await signIn(w.app, w.world.viewerA.email, w.world.viewerA.password);
    const asViewer = await viewer.get(`${base()}/beoordeling/laatste`);
    assert.equal(asViewer.headers.location, base());
    const asEditor = await editor.get(`${base()}/beoordeling/laatste`);
    assert.equal(asEditor.headers.location, `${base()}/beoordeling`);
    assert.match((await viewer.get(base())).body, /Dit datalek is nog niet beoordeeld\./);
  });

  test('the facts form starts from the breach: its kinds of data, its count and its discovery day', async () => {
    const page = await editor.get(`${base()}/beoordeling`);
    assert.match(page.body, /id="categories--email"[^>]*checked/);
    assert.match(page.body, /name="peopleCount"\s+value="1200"/);
    assert.match(page.body, /name="awareDate"\s+value="2026-02-01"/);
  });

  test('wrong facts give a message at each field, in Dutch, and store nothing', async () => {
    const before = await count(w, 'breach_assessments');
    const response = await editor.post(`${base()}/beoordeling`, {
      ...labFacts({ encrypted: 'yes', keySafe: '', awareTime: '25:00', childrenOrVulnerable: '' }),
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /href="#awareTime"/);
    assert.match(response.body, /href="#childrenOrVulnerable"/);
    assert.match(response.body, /Schrijf de tijd als UU:MM/);
    assert.equal(await count(w, 'breach_assessments'), before);
    const crossField = await editor.post(
      `${base()}/beoordeling`,
      labFacts({ encrypted: 'yes', keySafe: '' }),
    );
    assert.equal(crossField.statusCode, 400);
    assert.match(crossField.body, /href="#keySafe"/);
    assert.match(crossField.body, /Kies of de sleutel veilig is gebleven/);
    assert.equal(await count(w, 'breach_assessments'), before);
  });

  test('an assessment is stored with the breach, audit-logged, and its result shows every ENISA part and decision', async () => {
    const saved = await editor.post(`${base()}/beoordeling`, labFacts());
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `${base()}/beoordeling/laatste`);
    const stored = await getLatestAssessment({ db: w.storage.db }, w.breachA.id);
    assert.ok(stored);
    assert.equal(stored.facts.awareAt, '2026-11-24T09:00:00.000Z', 'Dutch winter time is UTC+1');
    assert.equal(stored.assessment.notifyAuthority.required, true);
    const audit = await w.storage.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', w.breachA.id)
      .where('action', '=', 'breach.assessed')
      .execute();
    assert.equal(audit.length, 1);
    const result = await editor.get(`${base()}/beoordeling/laatste`);
    assert.match(result.body, /Soort verwerking \(DPC\)/);
    assert.match(result.body, /Herkenbaarheid \(EI\)/);
    assert.match(result.body, /Omstandigheden \(CB\)/);
    assert.ok(result.body.includes(stored.assessment.severity.formula));
    assert.match(result.body, /Melden bij de Autoriteit Persoonsgegevens \(art\. 33 AVG\)/);
    assert.match(result.body, /Mensen informeren \(art\. 34 AVG\)/);
    assert.match(result.body, /2026-11-27 09:00 UTC/);
  });

  test('the breach page shows the latest assessment next to the breach', async () => {
    const page = await editor.get(base());
    assert.match(page.body, /Laatste beoordeling/);
    assert.match(page.body, /hoog risico/);
    assert.doesNotMatch(page.body, /nog niet beoordeeld/);
  });

  test('the notification preview lists what is still missing and stores nothing', async () => {
    const before = await count(w, 'breach_authority_notifications');
    const page = await editor.get(`${base()}/melding`);
    assert.match(page.body, /Volgende fase: Eerste melding/i);
    assert.match(page.body, /naam van de contactpersoon/);
    const preview = await editor.post(`${base()}/melding`, {
      action: 'preview',
      'contact.role': 'dpo',
      'contact.name': 'F. de Vries',
      'contact.email': 'privacy@example.test',
      lang: 'nl',
    });
    assert.equal(preview.statusCode, 200);
    assert.doesNotMatch(
      preview.body,
      /<li class="utrecht-unordered-list__item">naam van de contactpersoon<\/li>/,
    );
    assert.equal(await count(w, 'breach_authority_notifications'), before);
    const wrong = await editor.post(`${base()}/melding`, {
      action: 'record',
      'contact.role': 'dpo',
      'contact.email': 'geen adres',
      lang: 'nl',
    });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /href="#contact-email"/);
    assert.equal(await count(w, 'breach_authority_notifications'), before);
  });

  test('recording phases keeps each in the breach timeline, keeps a day of notification already given, and offers PDF and JSON', async () => {
    const first = await editor.post(`${base()}/melding`, {
      action: 'record',
      'contact.role': 'dpo',
      'contact.name': 'F. de Vries',
      'contact.email': 'privacy@example.test',
      'measures.taken': 'Server losgekoppeld.',
      lang: 'nl',
    });
    assert.equal(first.statusCode, 303);
    assert.equal((await loadBreach(w.storage.db, w.breachA.id))?.dates.authorityNotifiedOn, '2026-02-03');
    const followUp = await editor.post(`${base()}/melding`, {
      action: 'record',
      'contact.role': 'dpo',
      'contact.name': 'F. de Vries',
      'contact.email': 'privacy@example.test',
      authorityReference: 'AP-2026-001',
      lang: 'en',
      addPublicUpdate: 'yes',
    });
    assert.equal(followUp.statusCode, 303);
    const page = await editor.get(base());
    assert.match(page.body, /Eerste melding/);
    assert.match(page.body, /Aanvulling 1/i);
    assert.match(page.body, /We hebben onze melding bij de Autoriteit Persoonsgegevens aangevuld\./);
    const ids = [...page.body.matchAll(/\/melding\/([^/"]+)\/json/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, 2);
    const json = await editor.get(`${base()}/melding/${ids[1]}/json`);
    assert.equal(json.statusCode, 200);
    assert.match(String(json.headers['content-disposition']), /attachment; filename=".*-melding-1\.json"/);
    const notification = JSON.parse(json.body) as {
      phase: { kind: string; number: number };
      authorityReference: string;
    };
    assert.deepEqual(notification.phase, { kind: 'follow_up', number: 1 });
    assert.equal(notification.authorityReference, 'AP-2026-001');
    const pdf = await editor.get(`${base()}/melding/${ids[0]}/pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
  });

  test('the internal register lists every breach of the organisation, assessed or not, with the reasons', async () => {
    const csv = await editor.get(`/werkruimte/organisaties/${w.world.orgA.id}/register.csv`);
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const lines = csv.body.trimEnd().split('\r\n');
    assert.match(lines[0] ?? '', /^kenmerk,titel,soort incident/);
    const breach = await loadBreach(w.storage.db, w.breachA.id);
    assert.ok(csv.body.includes(breach?.slug ?? 'missing'));
    assert.match(csv.body, /hoog risico/);
    await editor.post(`/werkruimte/organisaties/${w.world.orgA.id}/datalekken/nieuw`, {
      step: 'check',
      action: 'save',
      'title.nl': 'Nog niet beoordeeld lek',
      'title.en': 'Not yet assessed',
      sector: 'retail',
      'description.nl': 'x',
      'description.en': 'x',
      ownRole: 'controller',
    });
    const again = await editor.get(`/werkruimte/organisaties/${w.world.orgA.id}/register.csv`);
    assert.match(again.body, /Nog niet beoordeeld lek,.*nog niet beoordeeld/);
    assert.doesNotMatch(again.body, new RegExp(w.breachB.slug));
  });
});
