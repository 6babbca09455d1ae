import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signIn, csrfOf, type Client } from '../workspace/support.ts';
import {
  buildVariantForm,
  lettersUrl,
  lettersWorld,
  multipartBody,
  people,
  prepareLetters,
  recipientsCsv,
  suggestedFields,
  upload,
  waitForRound,
  type LettersWorld,
} from './support.ts';

/** Code column of a manifest, in row order. */
function manifestCodes(manifest: string): string[] {
  const [header, ...lines] = manifest.trim().split('\n');
  const column = (header ?? '').split(',').indexOf('code');
  return lines.map((line) => line.split(',')[column] ?? '');
}

describe('follow-up rounds and access to letters', () => {
  let world: LettersWorld;
  let editor: Client;
  let breachId: string;
  let roundUrl = '';
  let firstCodes: string[] = [];
  const crowd = [
    ...people(3),
    ...people(2, { group: 'confirmed' }).map((p, i) => ({ ...p, name: `Ander Zqy${i}` })),
  ];

  async function runRound(csv: string, extra: Record<string, string | string[]> = {}) {
    const sent = await upload(world, editor, breachId, csv);
    const url = String(sent.headers.location);
    const form = await editor.get(url);
    const started = await editor.post(url, { ...suggestedFields(form.body), ...extra, action: 'start' });
    assert.equal(started.statusCode, 303, started.body.slice(0, 3000));
    const location = String(started.headers.location);
    return { url: location, page: await waitForRound(editor, location) };
  }

  before(async () => {
    world = await lettersWorld();
    breachId = world.breachA.id;
    editor = await signIn(world.app, world.world.editorA.email, world.world.editorA.password);
    await prepareLetters(editor, breachId, [buildVariantForm(), buildVariantForm({ group: 'confirmed' })]);
    roundUrl = (await runRound(recipientsCsv(crowd))).url;
    firstCodes = manifestCodes((await editor.get(`${roundUrl}/bestanden/manifest.csv`)).body);
  });
  after(async () => world.close());

  test('a follow-up round asks for what changed and offers the groups', async () => {
    const sent = await upload(world, editor, breachId, recipientsCsv(crowd, { codes: firstCodes }));
    const url = String(sent.headers.location);
    const form = await editor.get(url);
    assert.match(form.body, /Dit is ronde 2/);
    assert.equal(suggestedFields(form.body)['mapping.code'], 'code');
    const started = await editor.post(url, { ...suggestedFields(form.body), action: 'start' });
    assert.equal(started.statusCode, 422);
    assert.match(started.body, /href="#whatChanged"/);
  });

  test("a follow-up round to some groups reuses each person's code and leaves the other groups out", async () => {
    const { url, page } = await runRound(recipientsCsv(crowd, { codes: firstCodes }), {
      groups: ['Klanten'],
      'whatChanged.nl': 'Wij weten nu dat ook uw BSN is gelekt.',
      'whatChanged.en': 'We now know that your BSN leaked too.',
    });
    assert.match(page, /Ronde 2/);
    assert.match(page, /Rijen van andere groepen \(geen brief\)<\/dt>\s*<dd>\s*2\s*<\/dd>/);
    const codes = manifestCodes((await editor.get(`${url}/bestanden/manifest.csv`)).body);
    assert.deepEqual(codes, firstCodes.slice(0, 3));
    const history = await world.storage.db
      .selectFrom('personal_code_rounds')
      .select(['round', 'what_changed_nl'])
      .where('round', '=', 2)
      .execute();
    assert.equal(history.length, 3);
    assert.ok(history.every((h) => h.what_changed_nl === 'Wij weten nu dat ook uw BSN is gelekt.'));
  });

  test('members of another organisation get 404 for every letters page and file', async () => {
    for (const member of [world.world.editorB, world.world.ownerB]) {
      const other = await signIn(world.app, member.email, member.password);
      for (const url of [
        lettersUrl(breachId),
        `${lettersUrl(breachId)}/varianten/nieuw`,
        `${lettersUrl(breachId)}/ontvangers`,
        roundUrl,
        `${roundUrl}/bestanden/manifest.csv`,
      ])
        assert.equal((await other.get(url)).statusCode, 404, url);
      const csrf = csrfOf((await other.get('/werkruimte')).body);
      assert.equal((await other.postRaw(`${roundUrl}/verwijderen`, { _csrf: csrf })).statusCode, 404);
    }
  });

  test('a viewer sees the overview but cannot edit, upload, start or download', async () => {
    const viewer = await signIn(world.app, world.world.viewerA.email, world.world.viewerA.password);
    const overview = await viewer.get(lettersUrl(breachId));
    assert.equal(overview.statusCode, 200);
    assert.doesNotMatch(overview.body, /\/brieven\/ontvangers"/);
    for (const url of [
      `${lettersUrl(breachId)}/varianten/nieuw`,
      `${lettersUrl(breachId)}/ontvangers`,
      roundUrl,
      `${roundUrl}/bestanden/manifest.csv`,
    ])
      assert.equal((await viewer.get(url)).statusCode, 403, url);
    const csrf = csrfOf(overview.body);
    const body = multipartBody({ csrf, file: { name: 'x.csv', content: recipientsCsv(people(1)) } });
    const sent = await world.app.inject({
      method: 'POST',
      url: `${lettersUrl(breachId)}/ontvangers`,
      headers: { cookie: viewer.cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
    assert.equal(sent.statusCode, 403);
  });

  test('an upload without a valid CSRF token stores nothing', async () => {
    const body = multipartBody({
      csrf: 'forged',
      file: { name: 'x.csv', content: recipientsCsv(people(1)) },
    });
    const before = (await world.storage.db.selectFrom('letter_web_jobs').selectAll().execute()).length;
    const sent = await world.app.inject({
      method: 'POST',
      url: `${lettersUrl(breachId)}/ontvangers`,
      headers: { cookie: editor.cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
    assert.equal(sent.statusCode, 403);
    assert.equal((await world.storage.db.selectFrom('letter_web_jobs').selectAll().execute()).length, before);
  });

  test('a visitor without a session is sent to sign in', async () => {
    const response = await world.app.inject({ method: 'GET', url: `${roundUrl}/bestanden/manifest.csv` });
    assert.equal(response.statusCode, 303);
    assert.match(String(response.headers.location), /\/werkruimte\/inloggen/);
  });
});
