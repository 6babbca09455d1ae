import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { csrfOf, encodeForm, signIn, workspaceWorld } from './support.ts';

type World = Awaited<ReturnType<typeof workspaceWorld>>;

async function postLogin(w: World, fields: Record<string, string>, withToken = true) {
  const form = await w.app.inject({ method: 'GET', url: '/werkruimte/inloggen' });
  const cookie = form.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return w.app.inject({
    method: 'POST',
    url: '/werkruimte/inloggen',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    payload: encodeForm(withToken ? { _csrf: csrfOf(form.body), ...fields } : fields),
  });
}

describe('workspace sign-in', () => {
  let w: World;
  before(async () => {
    w = await workspaceWorld();
  });
  after(() => w.close());

  test('shows the sign-in form in Dutch and English with an e-mail and password field', async () => {
    const nl = await w.app.inject({ method: 'GET', url: '/werkruimte/inloggen' });
    const en = await w.app.inject({ method: 'GET', url: '/en/werkruimte/inloggen' });
    assert.equal(nl.statusCode, 200);
    assert.match(nl.body, /Inloggen op de werkruimte/);
    assert.match(en.body, /Sign in to the workspace/);
    assert.match(nl.body, /type="password"/);
  });

  test('sets an HttpOnly, SameSite=Lax, Secure session cookie and stores only its hash', async () => {
    const response = await postLogin(w, { email: w.world.ownerA.email, password: w.world.ownerA.password });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/werkruimte');
    const cookie = response.cookies.find((c) => c.name === 'dlw_session');
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.secure, true);
    const rows = await w.storage.db.selectFrom('sessions').select('id_hash').execute();
    assert.ok(rows.length > 0);
    assert.ok(rows.every((row) => row.id_hash !== cookie.value));
  });

  test('refuses a wrong password with one message that does not say which part was wrong', async () => {
    const response = await postLogin(w, {
      email: w.world.editorA.email,
      password: 'not the password at all',
    });
    assert.equal(response.statusCode, 401);
    assert.match(response.body, /Het e-mailadres of het wachtwoord klopt niet/);
    assert.ok(!response.cookies.some((c) => c.name === 'dlw_session'));
  });

  test('names each empty field in the error summary with a link to it', async () => {
    const response = await postLogin(w, { email: '', password: '' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /href="#email"/);
    assert.match(response.body, /href="#password"/);
    assert.match(response.body, /Vul uw wachtwoord in/);
  });

  test('tells a person to wait after too many wrong passwords, also when the password is then right', async () => {
    const { email, password } = w.world.viewerA;
    for (let attempt = 0; attempt < 6; attempt += 1)
      await postLogin(w, { email, password: 'wrong password' });
    const response = await postLogin(w, { email, password });
    assert.equal(response.statusCode, 429);
    assert.match(response.body, /U heeft het te vaak geprobeerd. Wacht \d+ minu/);
    assert.ok(!response.cookies.some((c) => c.name === 'dlw_session'));
  });

  test('refuses a sign-in without a CSRF token', async () => {
    const response = await postLogin(
      w,
      { email: w.world.ownerA.email, password: w.world.ownerA.password },
      false,
    );
    assert.equal(response.statusCode, 403);
    assert.ok(!response.cookies.some((c) => c.name === 'dlw_session'));
  });

  test('sends a visitor without a session to sign in, keeping only a workspace return path', async () => {
    const page = await w.app.inject({ method: 'GET', url: `/werkruimte/datalekken/${w.breachA.id}` });
    assert.equal(page.statusCode, 303);
    assert.equal(
      page.headers.location,
      `/werkruimte/inloggen?terug=%2Fwerkruimte%2Fdatalekken%2F${w.breachA.id}`,
    );
    const form = await w.app.inject({
      method: 'GET',
      url: '/werkruimte/inloggen?terug=https://evil.example/',
    });
    assert.match(form.body, /<form method="post" action="\/werkruimte\/inloggen" novalidate>/);
  });

  test('signs out: the session no longer works and the cookie is cleared', async () => {
    const client = await signIn(w.app, w.world.ownerB.email, w.world.ownerB.password);
    assert.equal((await client.get('/werkruimte')).statusCode, 200);
    const out = await client.post('/werkruimte/uitloggen', {}, '/werkruimte');
    assert.equal(out.statusCode, 303);
    assert.equal(out.headers.location, '/werkruimte/inloggen?uitgelogd=1');
    assert.equal((await client.get('/werkruimte')).statusCode, 303);
  });
});
