import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signIn, workspaceWorld, type Client } from './support.ts';

type World = Awaited<ReturnType<typeof workspaceWorld>>;
type Fields = Record<string, string | string[]>;

/** The hidden fields of a page, as a form would post them (the CSRF token left out). */
function hiddenValues(body: string): Fields {
  const values: Fields = {};
  for (const m of body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    const [, name = '', raw = ''] = m;
    if (name === '_csrf' || name === 'stap') continue;
    const value = raw.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
    const prior = values[name];
    values[name] = prior === undefined ? value : [...(Array.isArray(prior) ? prior : [prior]), value];
  }
  return values;
}

describe('the notification to the AP, one group of questions per screen', () => {
  let w: World;
  let editor: Client;
  const base = () => `/werkruimte/datalekken/${w.breachA.id}`;
  const steps = () => `${base()}/melding/stappen`;

  before(async () => {
    w = await workspaceWorld();
    editor = await signIn(w.app, w.world.editorA.email, w.world.editorA.password);
    const assessed = await editor.post(`${base()}/beoordeling`, {
      incidentKind: 'misdirected_mail',
      categories: ['name', 'address'],
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
    });
    assert.equal(assessed.statusCode, 303);
  });
  after(() => w.close());

  test('walks through every screen without JavaScript, checks each screen, and records from the check page', async () => {
    const first = await editor.get(steps());
    assert.equal(first.statusCode, 200);
    assert.match(first.body, /stap 1 van 11, Contactpunt voor de AP/);
    assert.match(first.body, /name="contact\.role"/);
    // The other screens' answers travel along hidden, the law among them.
    assert.match(first.body, /<input type="hidden" name="form\.law" value="gdpr"/);
    let values = hiddenValues(first.body);

    // A wrong e-mail address is refused on its own screen, with a message at the field.
    const wrong = await editor.post(
      steps(),
      { ...values, stap: '0', richting: 'verder', 'contact.role': 'dpo', 'contact.email': 'geen-adres' },
      steps(),
    );
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /href="#contact-email"/);

    const answers: Record<number, Fields> = {
      0: { 'contact.role': 'dpo', 'contact.name': 'F. de Vries', 'contact.email': 'fg@example.test' },
      2: { 'form.reporter.jobTitle': 'Informatiebeveiliger', 'form.processor.involved': 'no' },
      6: { 'form.informingPeople.status': 'will_inform', 'form.informingPeople.means': ['letter'] },
    };
    for (let step = 0; step < 11; step++) {
      const res = await editor.post(
        steps(),
        { ...values, ...answers[step], stap: String(step), richting: 'verder' },
        steps(),
      );
      assert.equal(res.statusCode, 200, `step ${step + 1}`);
      values = { ...values, ...answers[step] };
      if (step < 10) {
        assert.match(res.body, new RegExp(`stap ${step + 2} van 11`));
        values = { ...hiddenValues(res.body), ...values };
      } else {
        assert.match(res.body, /Controleer de melding/);
        assert.match(res.body, /Informatiebeveiliger/);
        assert.match(res.body, /<dd>\s*brief\s*<\/dd>/);
        assert.match(res.body, /formaction="\/werkruimte\/datalekken\/[^"]+\/melding"/);
        values = hiddenValues(res.body);
      }
    }

    // Back goes one screen back; "change" on the check page opens that group's screen.
    const back = await editor.post(steps(), { ...values, stap: '3', richting: 'terug' }, steps());
    assert.match(back.body, /stap 3 van 11/);
    const change = await editor.post(steps(), { ...values, stap: 'overzicht', richting: 'naar-6' }, steps());
    assert.match(change.body, /stap 7 van 11, Mensen informeren/);

    const recorded = await editor.post(`${base()}/melding`, { ...values, action: 'record' }, steps());
    assert.equal(recorded.statusCode, 303);
    const ids = [...(await editor.get(base())).body.matchAll(/\/melding\/([^/"]+)\/json/g)].map((m) => m[1]);
    const json = JSON.parse((await editor.get(`${base()}/melding/${ids[0]}/json`)).body) as {
      form: { reporter?: { jobTitle?: string }; informingPeople?: { means?: string[] } };
      contact: { name?: string };
    };
    assert.equal(json.form.reporter?.jobTitle, 'Informatiebeveiliger');
    assert.deepEqual(json.form.informingPeople?.means, ['letter']);
    assert.equal(json.contact.name, 'F. de Vries');
  });

  test('the English screens are in English', async () => {
    const page = await editor.get(`/en${steps()}`);
    assert.match(page.body, /Notification step by step: step 1 of 11, Contact point for the AP/);
  });
});
