import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getLatestAssessment } from '../../../src/use-cases/get-latest-assessment.ts';
import { signIn, workspaceWorld, type Client } from './support.ts';

type World = Awaited<ReturnType<typeof workspaceWorld>>;

/** A lost, unencrypted list of test data: the ENISA context questions decide its DPC. */
function facts(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    incidentKind: 'lost_device',
    categories: ['name', 'medical_test_result'],
    childrenOrVulnerable: 'no',
    peopleCount: '40',
    awareDate: '2026-11-24',
    awareTime: '10:00',
    encrypted: 'no',
    copiedOut: 'no',
    publishedOrOffered: 'no',
    integrity: 'not_affected',
    'availability.lost': 'no',
    recipientTrusted: 'no',
    maliciousIntent: 'no',
    measuresMakeHighRiskUnlikely: 'no',
    disproportionateEffort: 'no',
    publicCommunicationPlanned: 'no',
    identification: '',
    'context.volume': 'typical',
    ...overrides,
  };
}

describe('ENISA context questions and the AP form in the workspace', () => {
  let w: World;
  let editor: Client;
  const base = () => `/werkruimte/datalekken/${w.breachA.id}`;

  before(async () => {
    w = await workspaceWorld();
    editor = await signIn(w.app, w.world.editorA.email, w.world.editorA.password);
  });
  after(() => w.close());

  test('the form asks the context questions with ENISA’s reason as help text', async () => {
    const page = await editor.get(`${base()}/beoordeling`);
    assert.match(page.body, /Wat laten de medische gegevens zien\?/);
    assert.match(page.body, /algemeen bloedonderzoek was is 1/);
    const en = await editor.get(`/en${base()}/beoordeling`);
    assert.match(en.body, /What does the medical data show\?/);
  });

  test('an override without a written reason is refused at the reason field and stores nothing', async () => {
    const res = await editor.post(`${base()}/beoordeling`, facts({ 'overrides.dpc.value': '2' }));
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#overrides-dpc-reason"/);
    assert.equal(await getLatestAssessment({ db: w.storage.db }, w.breachA.id), undefined);
  });

  test('"only that a general blood test was done" scores DPC 1, and an expert override shows its reason', async () => {
    const saved = await editor.post(
      `${base()}/beoordeling`,
      facts({
        'context.healthDetail': 'general_test_done',
        'overrides.ei.value': '0.5',
        'overrides.ei.reason': 'Veel namen op de lijst komen vaak voor in deze gemeente.',
      }),
    );
    assert.equal(saved.statusCode, 303);
    const stored = await getLatestAssessment({ db: w.storage.db }, w.breachA.id);
    assert.equal(stored?.assessment.severity.dpc.value, 1);
    assert.equal(stored?.assessment.severity.ei.value, 0.5);
    const result = await editor.get(`${base()}/beoordeling/laatste`);
    assert.match(result.body, /Veel namen op de lijst komen vaak voor in deze gemeente\./);
  });

  test('every CB criterion can be overridden too: refused without a reason, shown with one', async () => {
    const refused = await editor.post(
      `${base()}/beoordeling`,
      facts({ 'overrides.confidentiality.value': '0.5' }),
    );
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /href="#overrides-confidentiality-reason"/);
    const form = await editor.get(`${base()}/beoordeling`);
    for (const criterion of ['confidentiality', 'integrity', 'availability', 'maliciousIntent'])
      assert.match(form.body, new RegExp(`name="overrides\\.${criterion}\\.reason"`));
    const saved = await editor.post(
      `${base()}/beoordeling`,
      facts({
        integrity: 'not_affected',
        'overrides.integrity.value': '0.25',
        'overrides.integrity.reason': 'Een medewerker paste dossiers aan; herstel is nog niet zeker.',
        'overrides.maliciousIntent.value': '0.5',
        'overrides.maliciousIntent.reason': 'De medewerker deed het met opzet, blijkt uit de logboeken.',
      }),
    );
    assert.equal(saved.statusCode, 303);
    const rows = await w.storage.db
      .selectFrom('breach_assessments')
      .select(['assessment_json'])
      .where('breach_id', '=', w.breachA.id)
      .execute();
    type Stored = {
      severity: {
        cb: Record<'integrity' | 'maliciousIntent', { value: number; reason: { nl: string } }>;
        overrides: { criterion: string; reason: string }[];
      };
    };
    // The test clock stands still, so "latest" cannot tell the assessments apart: find this one.
    const overridden = rows
      .map((r) => JSON.parse(r.assessment_json) as Stored)
      .find((a) => a.severity.cb.integrity.value === 0.25);
    assert.ok(overridden, 'an assessment with integrity 0.25 was stored');
    assert.equal(overridden.severity.cb.maliciousIntent.value, 0.5);
    assert.deepEqual(
      overridden.severity.overrides.map((o) => o.criterion),
      ['integrity', 'maliciousIntent'],
    );
    // The reason is in the criterion's own reason, which the result page and the PDF show.
    assert.match(overridden.severity.cb.integrity.reason.nl, /herstel is nog niet zeker\./);
  });

  test('the notification carries the AP form answers, a follow-up starts from them, and a withdrawal is recorded', async () => {
    const first = await editor.post(`${base()}/melding`, {
      action: 'record',
      'contact.role': 'dpo',
      'contact.name': 'F. de Vries',
      'contact.email': 'privacy@example.test',
      lang: 'nl',
      'form.law': 'gdpr',
      'form.reporter.name': 'P. Jansen',
      'form.reporter.jobTitle': 'Informatiebeveiliger',
      'form.reporter.phone': '010 123 45 67',
      'form.informingPeople.status': 'will_inform',
      'form.informingPeople.at': '2026-12',
      'form.informingPeople.means': ['letter'],
      'form.crossBorder.otherEuCountries': 'de, be',
    });
    assert.equal(first.statusCode, 303);
    const page = await editor.get(`${base()}/melding`);
    assert.match(page.body, /value="Informatiebeveiliger"/);
    const ids = [...(await editor.get(base())).body.matchAll(/\/melding\/([^/"]+)\/json/g)].map((m) => m[1]);
    const json = JSON.parse((await editor.get(`${base()}/melding/${ids[0]}/json`)).body) as {
      sections: { id: string; fields: { id: string; value: { nl: string } | null }[] }[];
    };
    const field = (section: string, id: string) =>
      json.sections.find((s) => s.id === section)?.fields.find((f) => f.id === id)?.value?.nl;
    assert.equal(field('contact', 'reporter_job_title'), 'Informatiebeveiliger');
    assert.equal(field('follow_up', 'inform_at'), '2026-12');
    assert.equal(field('follow_up', 'other_countries'), 'DE, BE');
    const withdrawn = await editor.post(`${base()}/melding`, {
      action: 'record',
      'contact.role': 'dpo',
      lang: 'nl',
      withdrawReason: 'De lijst bleek in de kluis te liggen; er is niets gelekt.',
    });
    assert.equal(withdrawn.statusCode, 303);
    assert.match((await editor.get(base())).body, /Intrekking van de melding/);
  });

  test('the context questions can be answered one per screen, carrying the other facts along', async () => {
    const first = await editor.get(`${base()}/beoordeling/vragen`);
    assert.equal(first.statusCode, 200);
    assert.match(first.body, /vraag 1 van 10/);
    assert.match(first.body, /name="incidentKind" value="lost_device"/);
    // Walk to the health question (5th), answer it, and go on to the end.
    let values: Record<string, string | string[]> = {};
    for (const m of first.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
      const [, name = '', value = ''] = m;
      if (name === 'csrf' || name === '_csrf') continue;
      const prior = values[name];
      values[name] = prior === undefined ? value : [...(Array.isArray(prior) ? prior : [prior]), value];
    }
    delete values.stap;
    for (let step = 0; step < 9; step++) {
      const res = await editor.post(`${base()}/beoordeling/vragen`, {
        ...values,
        stap: String(step),
        richting: 'verder',
        ...(step === 4 ? { 'context.healthDetail': 'specific_disease_test' } : {}),
      });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, new RegExp(`vraag ${step + 2} van 10`));
      if (step === 4) values = { ...values, 'context.healthDetail': 'specific_disease_test' };
      assert.ok(step < 4 || res.body.includes('name="context.healthDetail" value="specific_disease_test"'));
    }
    // After the last question: the check page, with every answer and a way back to each question.
    const check = await editor.post(`${base()}/beoordeling/vragen`, {
      ...values,
      stap: '9',
      richting: 'verder',
    });
    assert.equal(check.statusCode, 200);
    assert.match(check.body, /controleer uw antwoorden/);
    assert.match(check.body, /dat er een onderzoek naar een bepaalde ziekte was/);
    const change = await editor.post(`${base()}/beoordeling/vragen`, {
      ...values,
      stap: 'overzicht',
      richting: 'naar-4',
    });
    assert.match(change.body, /vraag 5 van 10/);
    const done = await editor.post(`${base()}/beoordeling/vragen`, {
      ...values,
      stap: 'overzicht',
      richting: 'beoordelen',
    });
    assert.equal(done.statusCode, 303);
    // The test clock stands still, so "latest" cannot tell this assessment from the earlier one:
    // look for the one the steps stored.
    const rows = await w.storage.db
      .selectFrom('breach_assessments')
      .select(['facts_json', 'assessment_json'])
      .where('breach_id', '=', w.breachA.id)
      .execute();
    const stepped = rows.find((r) => r.facts_json.includes('specific_disease_test'));
    assert.ok(stepped, 'the steps stored an assessment with the answer');
    const assessment = JSON.parse(stepped.assessment_json) as { severity: { dpc: { value: number } } };
    assert.equal(assessment.severity.dpc.value, 3);
  });
});
