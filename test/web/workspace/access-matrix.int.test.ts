import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { systemActor } from '../../../src/core/access/actor.ts';
import { assessBreach } from '../../../src/use-cases/assess-breach.ts';
import { createUser } from '../../../src/use-cases/create-user.ts';
import { recordAuthorityNotification } from '../../../src/use-cases/record-authority-notification.ts';
import { buildIncident } from '../../core/assessment/fixtures.ts';
import { buildUser } from '../../support/builders.ts';
import { testDatabases } from '../../support/databases.ts';
import { clientWith, csrfOf, signIn, workspaceWorld, type Client } from './support.ts';

type World = Awaited<ReturnType<typeof workspaceWorld>>;

/** Every GET route of the workspace for breach A and organisation A. */
function getRoutes(w: World, notificationId: string): string[] {
  const b = `/werkruimte/datalekken/${w.breachA.id}`;
  const o = `/werkruimte/organisaties/${w.world.orgA.id}`;
  return [
    b,
    `${b}/bewerken`,
    `${b}/update`,
    `${b}/aantal`,
    `${b}/publiceren`,
    `${b}/terugtrekken`,
    `${b}/afsluiten`,
    `${b}/beoordeling`,
    `${b}/beoordeling/vragen`,
    `${b}/beoordeling/laatste`,
    `${b}/melding`,
    `${b}/melding/stappen`,
    `${b}/melding/${notificationId}/pdf`,
    `${b}/melding/${notificationId}/json`,
    `${o}/datalekken/nieuw`,
    `${o}/leden`,
    `${o}/logboek`,
    `${o}/logboek.csv`,
    `${o}/logboek.json`,
    `${o}/register.csv`,
  ];
}

/** Every POST route that changes breach A or organisation A, with a body that would be valid. */
function postRoutes(w: World): [string, Record<string, string>][] {
  const b = `/werkruimte/datalekken/${w.breachA.id}`;
  const o = `/werkruimte/organisaties/${w.world.orgA.id}`;
  const version = { expectedVersion: '1' };
  return [
    [
      `${b}/bewerken`,
      {
        ...version,
        'title.nl': 'Gewijzigd',
        'title.en': 'Changed',
        sector: 'retail',
        'description.nl': 'x',
        'description.en': 'x',
        ownRole: 'controller',
      },
    ],
    [`${b}/update`, { ...version, publishedOn: '2026-11-25', 'text.nl': 'Nieuw', 'text.en': 'New' }],
    [
      `${b}/aantal`,
      { ...version, count: '5', effectiveOn: '2026-11-25', 'reason.nl': 'Telling', 'reason.en': 'Count' },
    ],
    [`${b}/publiceren`, { ...version, confirm: 'yes' }],
    [`${b}/beoordeling`, { incidentKind: 'hacking', categories: 'name', peopleCount: '10' }],
    [`${b}/melding`, { action: 'record', 'contact.role': 'dpo', lang: 'nl' }],
    [`${b}/melding/stappen`, { stap: '0', richting: 'verder', 'contact.role': 'dpo', lang: 'nl' }],
    [`${b}/beoordeling/vragen`, { stap: '0', richting: 'verder' }],
    [
      `${o}/datalekken/nieuw`,
      {
        step: 'check',
        action: 'save',
        'title.nl': 'Nieuw lek',
        'title.en': 'New breach',
        sector: 'retail',
        'description.nl': 'x',
        'description.en': 'x',
        ownRole: 'controller',
      },
    ],
    [`${o}/leden`, { email: 'nobody@example.test', role: 'viewer' }],
    [`${o}/leden/${w.world.viewerA.userId}/rol`, { role: 'owner' }],
  ];
}

/** What a refused request must leave as it was: the breach's version, the audit log, the records. */
async function snapshot(w: World) {
  const db = w.storage.db;
  const [breach, audit, breaches, assessments, notifications, members] = await Promise.all([
    db
      .selectFrom('breaches')
      .select(['version', 'status'])
      .where('id', '=', w.breachA.id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('breaches')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('breach_assessments')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('breach_authority_notifications')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('memberships')
      .select(['user_id', 'role'])
      .where('organisation_id', '=', w.world.orgA.id)
      .orderBy('user_id')
      .execute(),
  ]);
  return {
    breach,
    audit: Number(audit.n),
    breaches: Number(breaches.n),
    assessments: Number(assessments.n),
    notifications: Number(notifications.n),
    members,
  };
}

for (const database of testDatabases) {
  describe(`workspace access matrix on ${database.name}`, { skip: database.skip }, () => {
    let w: World;
    let dispose: () => Promise<void>;
    let notificationId: string;
    const clients: Record<string, Client> = {};

    before(async () => {
      const storage = await database.open();
      dispose = storage.dispose;
      w = await workspaceWorld(storage);
      await assessBreach(w.deps, { actor: systemActor, breachId: w.breachA.id, facts: buildIncident() });
      const recorded = await recordAuthorityNotification(w.deps, {
        actor: systemActor,
        breachId: w.breachA.id,
        contact: { role: 'dpo', name: 'F. G. Bescherming' },
      });
      notificationId = recorded.id;
      for (const name of ['ownerA', 'editorA', 'viewerA', 'ownerB'] as const)
        clients[name] = await signIn(w.app, w.world[name].email, w.world[name].password);
      const admin = buildUser({ platformAdmin: true });
      await createUser(w.deps, { actor: systemActor, ...admin });
      clients.admin = await signIn(w.app, admin.email, admin.password);
    });
    after(async () => {
      await w?.close();
      await dispose?.();
    });

    test("a member of organisation B reads none of organisation A's pages: each is 'not found'", async () => {
      for (const url of getRoutes(w, notificationId)) {
        const response = await clients.ownerB!.get(url);
        assert.equal(response.statusCode, 404, url);
        assert.doesNotMatch(response.body, /Datalek nummer|Iemand kon klantgegevens/, url);
      }
    });

    test("a member of organisation B changes nothing of organisation A's with any form", async () => {
      const before = await snapshot(w);
      for (const [url, fields] of postRoutes(w)) {
        // B's own token is valid for B's session: only the access rules stand in the way.
        const response = await clients.ownerB!.post(url, fields, '/werkruimte');
        assert.equal(response.statusCode, 404, url);
      }
      assert.deepEqual(await snapshot(w), before);
    });

    test('a viewer reads the breach, its assessment and notifications, and the register', async () => {
      const b = `/werkruimte/datalekken/${w.breachA.id}`;
      for (const url of [
        b,
        `${b}/beoordeling/laatste`,
        `${b}/melding/${notificationId}/json`,
        `/werkruimte/organisaties/${w.world.orgA.id}/register.csv`,
      ])
        assert.equal((await clients.viewerA!.get(url)).statusCode, 200, url);
    });

    test('a viewer gets 403 on every form and every change, and nothing changes', async () => {
      const b = `/werkruimte/datalekken/${w.breachA.id}`;
      for (const url of [
        `${b}/bewerken`,
        `${b}/update`,
        `${b}/aantal`,
        `${b}/publiceren`,
        `${b}/beoordeling`,
        `${b}/beoordeling/vragen`,
        `${b}/melding`,
        `${b}/melding/stappen`,
        `/werkruimte/organisaties/${w.world.orgA.id}/datalekken/nieuw`,
        `/werkruimte/organisaties/${w.world.orgA.id}/leden`,
        `/werkruimte/organisaties/${w.world.orgA.id}/logboek`,
      ])
        assert.equal((await clients.viewerA!.get(url)).statusCode, 403, url);
      const before = await snapshot(w);
      for (const [url, fields] of postRoutes(w)) {
        const response = await clients.viewerA!.post(url, fields, '/werkruimte');
        assert.equal(response.statusCode, 403, url);
      }
      assert.deepEqual(await snapshot(w), before);
    });

    test('an editor edits but may not publish, manage members or read the audit log', async () => {
      const b = `/werkruimte/datalekken/${w.breachA.id}`;
      const o = `/werkruimte/organisaties/${w.world.orgA.id}`;
      for (const url of [`${b}/bewerken`, `${b}/beoordeling`, `${b}/melding`, `${o}/datalekken/nieuw`])
        assert.equal((await clients.editorA!.get(url)).statusCode, 200, url);
      for (const url of [
        `${b}/publiceren`,
        `${b}/terugtrekken`,
        `${o}/leden`,
        `${o}/logboek`,
        `${o}/logboek.csv`,
      ])
        assert.equal((await clients.editorA!.get(url)).statusCode, 403, url);
      const before = await snapshot(w);
      const publish = await clients.editorA!.post(
        `${b}/publiceren`,
        { expectedVersion: '1', confirm: 'yes' },
        '/werkruimte',
      );
      assert.equal(publish.statusCode, 403);
      assert.deepEqual(await snapshot(w), before);
    });

    test('the platform administrator manages members but reads no unpublished breach', async () => {
      assert.equal((await clients.admin!.get(`/werkruimte/datalekken/${w.breachA.id}`)).statusCode, 404);
      assert.equal(
        (await clients.admin!.get(`/werkruimte/organisaties/${w.world.orgA.id}/leden`)).statusCode,
        200,
      );
      assert.equal(
        (await clients.admin!.get(`/werkruimte/organisaties/${w.world.orgA.id}/register.csv`)).statusCode,
        403,
      );
      assert.equal((await clients.admin!.get('/werkruimte/beheer/organisaties')).statusCode, 200);
      assert.equal((await clients.ownerA!.get('/werkruimte/beheer/organisaties')).statusCode, 403);
    });

    test('a visitor who is not signed in is sent to sign in on every page and every form, and nothing changes', async () => {
      const anonymous = clientWith(w.app, '');
      for (const url of [...getRoutes(w, notificationId), '/werkruimte', '/werkruimte/beheer/organisaties']) {
        const response = await anonymous.get(url);
        assert.equal(response.statusCode, 303, url);
        assert.match(String(response.headers.location), /^\/werkruimte\/inloggen/, url);
      }
      const before = await snapshot(w);
      const token = csrfOf((await clients.ownerA!.get('/werkruimte')).body);
      for (const [url, fields] of postRoutes(w)) {
        const response = await anonymous.postRaw(url, { _csrf: token, ...fields });
        assert.equal(response.statusCode, 303, url);
        assert.equal(response.headers.location, '/werkruimte/inloggen', url);
      }
      assert.deepEqual(await snapshot(w), before);
    });

    test('the owner of organisation A reaches every page', async () => {
      for (const url of getRoutes(w, notificationId)) {
        const response = await clients.ownerA!.get(url);
        assert.equal(response.statusCode, 200, url);
      }
    });
  });
}
