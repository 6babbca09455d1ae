import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { publicActor, systemActor } from '../../src/core/access/actor.ts';
import { AppError } from '../../src/errors/catalogue.ts';
import { loadBreach } from '../../src/storage/repositories/breaches.ts';
import { assessBreach } from '../../src/use-cases/assess-breach.ts';
import { exportInternalRegister } from '../../src/use-cases/export-internal-register.ts';
import { getLatestAssessment } from '../../src/use-cases/get-latest-assessment.ts';
import { listAuthorityNotifications } from '../../src/use-cases/list-authority-notifications.ts';
import { publishBreach } from '../../src/use-cases/publish-breach.ts';
import { recordAuthorityNotification } from '../../src/use-cases/record-authority-notification.ts';
import { registerBreach } from '../../src/use-cases/register-breach.ts';
import { buildIncident } from '../core/assessment/fixtures.ts';
import { buildBreach, buildWorld, testDeps } from '../support/builders.ts';
import { testDatabases } from '../support/databases.ts';

function rejectsWith(code: AppError['code']) {
  return (error: unknown) => error instanceof AppError && error.code === code;
}

for (const database of testDatabases) {
  describe(`assessments and notification phases on ${database.name}`, { skip: database.skip }, () => {
    let storage: Awaited<ReturnType<(typeof database)['open']>>;
    let deps: ReturnType<typeof testDeps>['deps'];
    let clock: ReturnType<typeof testDeps>['clock'];
    let world: Awaited<ReturnType<typeof buildWorld>>;

    before(async () => {
      storage = await database.open();
      ({ deps, clock } = testDeps(storage.db));
      world = await buildWorld(deps);
    });
    after(() => storage?.dispose());

    async function draft(overrides: Parameters<typeof buildBreach>[1] = {}) {
      return registerBreach(deps, { actor: systemActor, ...buildBreach(world.orgA.id, overrides) });
    }

    test('stores each assessment with its facts and returns the newest as the latest', async () => {
      const breach = await draft();
      assert.equal(await getLatestAssessment(deps, breach.id), undefined);
      await assessBreach(deps, { actor: world.editorA.actor, breachId: breach.id, facts: buildIncident() });
      clock.advance(60);
      const second = await assessBreach(deps, {
        actor: world.ownerA.actor,
        breachId: breach.id,
        facts: buildIncident({ peopleCount: 2_000_000, copiedOut: true, maliciousIntent: true }),
      });
      const latest = await getLatestAssessment(deps, breach.id, world.viewerA.actor);
      assert.equal(latest?.id, second.id);
      assert.equal(latest?.facts.peopleCount, 2_000_000);
      assert.equal(latest?.assessedBy, world.ownerA.userId);
      const audit = await storage.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', breach.id)
        .where('action', '=', 'breach.assessed')
        .execute();
      assert.equal(audit.length, 2);
    });

    test('invalid facts name every wrong field and store nothing', async () => {
      const breach = await draft();
      await assert.rejects(
        assessBreach(deps, {
          actor: world.editorA.actor,
          breachId: breach.id,
          facts: { ...buildIncident(), encrypted: true, peopleCount: -1 },
        }),
        (error: unknown) =>
          error instanceof AppError &&
          error.code === 'validation_failed' &&
          error.fieldErrors.some((e) => e.path === 'keySafe') &&
          error.fieldErrors.some((e) => e.path === 'peopleCount'),
      );
      assert.equal(await getLatestAssessment(deps, breach.id), undefined);
    });

    test('a viewer may not assess; another organisation does not even learn the breach exists', async () => {
      const breach = await draft();
      await assert.rejects(
        assessBreach(deps, { actor: world.viewerA.actor, breachId: breach.id, facts: buildIncident() }),
        rejectsWith('forbidden'),
      );
      await assert.rejects(
        assessBreach(deps, { actor: world.ownerB.actor, breachId: breach.id, facts: { wrong: true } }),
        rejectsWith('not_found'),
      );
      await assert.rejects(
        getLatestAssessment(deps, breach.id, world.ownerB.actor),
        rejectsWith('not_found'),
      );
    });

    test('an assessment of a published breach stays internal to its organisation', async () => {
      const breach = await draft();
      await assessBreach(deps, { actor: world.editorA.actor, breachId: breach.id, facts: buildIncident() });
      await publishBreach(deps, { actor: world.ownerA.actor, breachId: breach.id, expectedVersion: 1 });
      await assert.rejects(getLatestAssessment(deps, breach.id, publicActor), rejectsWith('not_found'));
      await assert.rejects(
        getLatestAssessment(deps, breach.id, world.ownerB.actor),
        rejectsWith('not_found'),
      );
      await assert.rejects(
        listAuthorityNotifications(deps, { actor: world.ownerB.actor, breachId: breach.id }),
        rejectsWith('not_found'),
      );
    });

    test('a notification needs an assessment first', async () => {
      const breach = await draft();
      await assert.rejects(
        recordAuthorityNotification(deps, {
          actor: world.editorA.actor,
          breachId: breach.id,
          contact: { role: 'dpo' },
        }),
        (error: unknown) =>
          error instanceof AppError && error.fieldErrors.some((e) => e.path === 'assessment'),
      );
    });

    test('phases are numbered first, then follow-ups; the first fills an empty notification day', async () => {
      const breach = await draft({ authorityNotifiedOn: null, victimsNotifiedOn: null });
      await assessBreach(deps, { actor: world.editorA.actor, breachId: breach.id, facts: buildIncident() });
      const first = await recordAuthorityNotification(deps, {
        actor: world.editorA.actor,
        breachId: breach.id,
        contact: { role: 'dpo', name: 'A. Jansen' },
      });
      const followUp = await recordAuthorityNotification(deps, {
        actor: world.ownerA.actor,
        breachId: breach.id,
        contact: { role: 'dpo', name: 'A. Jansen', email: 'fg@example.test' },
        authorityReference: 'AP-1',
        addPublicUpdate: true,
      });
      assert.deepEqual(first.notification.phase, { kind: 'first' });
      assert.deepEqual(followUp.notification.phase, { kind: 'follow_up', number: 1 });
      const listed = await listAuthorityNotifications(deps, {
        actor: world.viewerA.actor,
        breachId: breach.id,
      });
      assert.deepEqual(
        listed.map((n) => n.id),
        [first.id, followUp.id],
      );
      const stored = await loadBreach(storage.db, breach.id);
      assert.equal(stored?.dates.authorityNotifiedOn, deps.clock().toISOString().slice(0, 10));
      const updates = await storage.db
        .selectFrom('breach_updates')
        .select('text_nl')
        .where('breach_id', '=', breach.id)
        .execute();
      assert.deepEqual(
        updates.map((u) => u.text_nl),
        ['We hebben onze melding bij de Autoriteit Persoonsgegevens aangevuld.'],
      );
    });

    test('the internal register lists every breach of the organisation, assessed or not, and no other', async () => {
      const assessed = await draft();
      await assessBreach(deps, { actor: world.editorA.actor, breachId: assessed.id, facts: buildIncident() });
      const unassessed = await draft();
      const other = await registerBreach(deps, { actor: systemActor, ...buildBreach(world.orgB.id) });
      const file = await exportInternalRegister(deps, {
        actor: world.viewerA.actor,
        organisationId: world.orgA.id,
        lang: 'en',
      });
      assert.match(file.body, /^reference,title,incident kind/);
      assert.ok(file.body.includes(`${assessed.slug},`));
      assert.match(file.body, new RegExp(`${unassessed.slug},.*not assessed yet`));
      assert.ok(!file.body.includes(other.slug));
      await assert.rejects(
        exportInternalRegister(deps, { actor: world.admin.actor, organisationId: world.orgA.id }),
        rejectsWith('forbidden'),
      );
    });
  });
}
