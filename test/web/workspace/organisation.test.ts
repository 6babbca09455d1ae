import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { systemActor } from '../../../src/core/access/actor.ts';
import { findMembership } from '../../../src/storage/repositories/users.ts';
import { createUser } from '../../../src/use-cases/create-user.ts';
import { buildUser } from '../../support/builders.ts';
import { normalizeHtml } from '../../support/web.ts';
import { signIn, workspaceWorld, type Client } from './support.ts';

type World = Awaited<ReturnType<typeof workspaceWorld>>;

describe('members, audit log and organisations in the workspace', () => {
  let w: World;
  let owner: Client;
  let admin: Client;
  let members: string;

  before(async () => {
    w = await workspaceWorld();
    owner = await signIn(w.app, w.world.ownerA.email, w.world.ownerA.password);
    const adminUser = buildUser({ platformAdmin: true });
    await createUser(w.deps, { actor: systemActor, ...adminUser });
    admin = await signIn(w.app, adminUser.email, adminUser.password);
    members = `/werkruimte/organisaties/${w.world.orgA.id}/leden`;
  });
  after(() => w.close());

  test('the owner sees every member with their role', async () => {
    const page = normalizeHtml((await owner.get(members)).body);
    for (const person of ['ownerA', 'editorA', 'viewerA'] as const)
      assert.ok(page.includes(w.world[person].email), person);
    assert.ok(!page.includes(w.world.ownerB.email));
  });

  test('adding a person without an account names the e-mail field and adds nobody', async () => {
    const response = await owner.post(members, { email: 'nobody@example.test', role: 'editor' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /href="#email"/);
  });

  test('the owner adds an existing person and changes a role', async () => {
    const person = buildUser();
    const user = await createUser(w.deps, { actor: systemActor, ...person });
    const added = await owner.post(members, { email: person.email, role: 'viewer' });
    assert.equal(added.statusCode, 303);
    assert.equal((await findMembership(w.storage.db, user.id, w.world.orgA.id))?.role, 'viewer');
    const changed = await owner.post(`${members}/${user.id}/rol`, { role: 'editor' }, members);
    assert.equal(changed.statusCode, 303);
    assert.equal((await findMembership(w.storage.db, user.id, w.world.orgA.id))?.role, 'editor');
  });

  test('says that a person is already a member in the language of the page', async () => {
    const dutch = await owner.post(members, { email: w.world.editorA.email, role: 'viewer' });
    assert.equal(dutch.statusCode, 400);
    assert.match(dutch.body, /Deze persoon is al lid\./);
    assert.doesNotMatch(dutch.body, /already a member/);
    const english = await owner.post(`/en${members}`, { email: w.world.editorA.email, role: 'viewer' });
    assert.equal(english.statusCode, 400);
    assert.match(english.body, /This person is already a member\./);
    assert.doesNotMatch(english.body, /al lid/);
  });

  test('the last owner cannot give away the owner role', async () => {
    const response = await owner.post(`${members}/${w.world.ownerA.userId}/rol`, { role: 'viewer' }, members);
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Maak eerst iemand anders eigenaar\./);
    assert.equal((await findMembership(w.storage.db, w.world.ownerA.userId, w.world.orgA.id))?.role, 'owner');
  });

  test('the owner reads the audit log and downloads it as CSV and JSON', async () => {
    const base = `/werkruimte/organisaties/${w.world.orgA.id}/logboek`;
    const page = await owner.get(base);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /member\.role_changed/);
    const ownerRow = await w.storage.db
      .selectFrom('users')
      .select('display_name')
      .where('id', '=', w.world.ownerA.userId)
      .executeTakeFirstOrThrow();
    assert.ok(page.body.includes(ownerRow.display_name), 'members are shown by name');
    const csv = await owner.get(`${base}.csv`);
    assert.match(String(csv.headers['content-disposition']), /filename="audit-log-2026-11-25\.csv"/);
    assert.match(csv.body, /^id,occurredAt,actorKind/);
    const json = await owner.get(`${base}.json`);
    assert.ok(Array.isArray(JSON.parse(json.body)));
  });

  test('the platform administrator creates an organisation with its first owner', async () => {
    const person = buildUser();
    await createUser(w.deps, { actor: systemActor, ...person });
    const wrong = await admin.post('/werkruimte/beheer/organisaties', {
      name: '',
      kind: 'company',
      sector: 'retail',
      website: 'geen-url',
      ownerEmail: '',
    });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /href="#name"/);
    assert.match(wrong.body, /href="#website"/);
    const unknownOwner = await admin.post('/werkruimte/beheer/organisaties', {
      name: 'Zonder eigenaar',
      kind: 'company',
      sector: 'retail',
      website: '',
      ownerEmail: 'nobody@example.test',
    });
    assert.equal(unknownOwner.statusCode, 400);
    assert.equal(
      await w.storage.db
        .selectFrom('organisations')
        .select('id')
        .where('name', '=', 'Zonder eigenaar')
        .executeTakeFirst(),
      undefined,
    );
    const created = await admin.post('/werkruimte/beheer/organisaties', {
      name: 'Laboratorium Noord',
      kind: 'healthcare',
      sector: 'healthcare',
      website: 'https://lab.example.test',
      ownerEmail: person.email,
    });
    assert.equal(created.statusCode, 303);
    const list = await admin.get('/werkruimte/beheer/organisaties?bericht=aangemaakt');
    assert.match(list.body, /Laboratorium Noord/);
    const newOwner = await signIn(w.app, person.email, person.password);
    assert.match((await newOwner.get('/werkruimte')).body, /Laboratorium Noord/);
  });

  test('someone who is not a platform administrator cannot create organisations', async () => {
    const response = await owner.post(
      '/werkruimte/beheer/organisaties',
      { name: 'X', kind: 'company', sector: 'retail' },
      '/werkruimte',
    );
    assert.equal(response.statusCode, 403);
  });
});
