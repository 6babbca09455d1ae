import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listAudit } from '../../../src/storage/repositories/audit-log.ts';
import { createSession } from '../../../src/use-cases/create-session.ts';
import { buildGuideWorld } from '../../support/guide.ts';
import { buildTestApp, normalizeHtml, type TestApp } from '../../support/web.ts';

let web: TestApp;
let world: Awaited<ReturnType<typeof buildGuideWorld>>;
before(async () => {
  web = await buildTestApp();
  world = await buildGuideWorld(web.storage);
});
after(() => web.close());

/** A signed-in member: the session cookie and a CSRF token from the helpline page. */
async function signIn(userId: string): Promise<{ cookie: string; csrf: string }> {
  const { sessionId } = await createSession(
    {
      db: web.storage.db,
      clock: () => new Date('2026-11-25T12:00:00Z'),
      sessionSecret: 'a-test-secret-of-more-than-thirty-two-bytes',
    },
    { userId },
  );
  const cookie = `dlw_session=${sessionId}`;
  const page = await web.app.inject({ url: '/werkruimte/hulplijn', headers: { cookie } });
  assert.equal(page.statusCode, 200);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  assert.ok(csrf, 'the form carries a CSRF token');
  return { cookie, csrf };
}

async function lookUp(member: { cookie: string; csrf: string }, code: string) {
  const response = await web.app.inject({
    method: 'POST',
    url: '/werkruimte/hulplijn',
    headers: { cookie: member.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: member.csrf, code }).toString(),
  });
  return { response, page: normalizeHtml(response.body) };
}

describe('helpline', () => {
  test('without a session the helpline sends the visitor to sign in', async () => {
    const response = await web.app.inject('/werkruimte/hulplijn');
    assert.equal(response.statusCode, 303);
    assert.match(String(response.headers.location), /^\/werkruimte\/inloggen/);
  });

  test('every workspace page links to the helpline from its bar', async () => {
    const member = await signIn(world.staffA.userId);
    const dashboard = await web.app.inject({ url: '/werkruimte', headers: { cookie: member.cookie } });
    assert.match(normalizeHtml(dashboard.body), /<a class="nl-link" href="\/werkruimte\/hulplijn">Hulplijn/);
  });

  test('staff of the breach’s organisation open the caller’s plan with the most asked questions on top', async () => {
    const member = await signIn(world.staffA.userId);
    const { response, page } = await lookUp(member, world.codes.confirmed.code);
    assert.equal(response.statusCode, 200);
    assert.match(page, /U bekijkt het plan van een beller/);
    assert.match(page, /Deze gegevens van u zaten in het datalek:/);
    const top = page.slice(page.indexOf('id="meest-gevraagd"'));
    assert.match(
      top,
      /<a class="nl-link" href="#q-org-1">Krijg ik een nieuwe brief als er meer bekend is\?<\/a>/,
    );
    assert.match(page, /<h3 class="nl-heading nl-heading--level-3" id="q-org-1">/);
    assert.match(page, /Brief van deze beller: groep group-1, variant standard, ronde \d+\./);
    assert.ok(
      page.indexOf('id="code"') < page.indexOf('id="meest-gevraagd"'),
      'the code field stays at the top',
    );
    assert.ok(!response.body.includes(world.codes.confirmed.code), 'the code is not shown back');
    assert.equal(response.headers['set-cookie'], undefined);
  });

  test('staff of another organisation get 404 for the code, as for an unknown one', async () => {
    const member = await signIn(world.staffB.userId);
    const { response, page } = await lookUp(member, world.codes.confirmed.code);
    assert.equal(response.statusCode, 404);
    assert.match(page, /Deze code hoort niet bij een datalek van uw organisatie\./);
    assert.doesNotMatch(page, /Hack bij Laboratorium Noord/);
  });

  test('staff of A get 404 for a code of B’s breach', async () => {
    const member = await signIn(world.staffA.userId);
    const { response } = await lookUp(member, world.codes.codeB.code);
    assert.equal(response.statusCode, 404);
  });

  test('a typing error is reported as one', async () => {
    const member = await signIn(world.staffA.userId);
    const code = world.codes.possibly.code;
    const { response, page } = await lookUp(member, `${code[0] === '3' ? '4' : '3'}${code.slice(1)}`);
    assert.equal(response.statusCode, 400);
    assert.match(page, /U heeft waarschijnlijk een typefout gemaakt in de code\./);
  });

  test('a look-up without the CSRF token is refused', async () => {
    const member = await signIn(world.staffA.userId);
    const { response } = await lookUp({ ...member, csrf: 'forged' }, world.codes.confirmed.code);
    assert.equal(response.statusCode, 403);
  });

  test('each look-up is in the audit log with the breach and a hash prefix, never the code', async () => {
    const member = await signIn(world.staffA.userId);
    await lookUp(member, world.codes.possibly.code);
    const { entries } = await listAudit(web.storage.db, world.orgA.id);
    const lookups = entries.filter((entry) => entry.action === 'helpline.code_lookup');
    assert.ok(lookups.length >= 1);
    const latest = lookups[0];
    assert.equal(latest?.entityId, world.breachA.id);
    assert.equal(latest?.actorUserId, world.staffA.userId);
    assert.deepEqual(latest?.after, { codeHashPrefix: world.codes.possibly.codeHash.slice(0, 12), round: 1 });
    const dump = JSON.stringify(entries);
    assert.ok(!dump.includes(world.codes.possibly.code));
    assert.ok(!dump.includes(world.codes.possibly.codeHash));
    const { entries: other } = await listAudit(web.storage.db, world.orgB.id);
    assert.ok(
      !other.some((entry) => entry.action === 'helpline.code_lookup'),
      'refused look-ups are not in B’s log',
    );
  });

  test('failed look-ups are audited in the member’s own organisation with only the reason', async () => {
    const member = await signIn(world.staffB.userId);
    const code = world.codes.possibly.code;
    await lookUp(member, world.codes.confirmed.code); // A's code: not found for B
    await lookUp(member, `${code[0] === '3' ? '4' : '3'}${code.slice(1)}`); // typing error
    const { entries } = await listAudit(web.storage.db, world.orgB.id);
    const failed = entries.filter((entry) => entry.action === 'helpline.code_lookup_failed');
    assert.deepEqual(
      failed.slice(0, 2).map((entry) => entry.after),
      [{ reason: 'typo' }, { reason: 'not_found' }],
    );
    assert.ok(failed.every((entry) => entry.actorUserId === world.staffB.userId));
    const dump = JSON.stringify(failed);
    assert.ok(
      !dump.includes(world.codes.confirmed.code) &&
        !dump.includes(world.codes.confirmed.codeHash.slice(0, 12)),
    );
    const { entries: inA } = await listAudit(web.storage.db, world.orgA.id);
    assert.ok(
      !inA.some(
        (entry) =>
          entry.action === 'helpline.code_lookup_failed' && entry.actorUserId === world.staffB.userId,
      ),
    );
  });
});
