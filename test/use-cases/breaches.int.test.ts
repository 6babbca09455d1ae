import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { publicActor } from '../../src/core/access/actor.ts';
import { AppError } from '../../src/errors/catalogue.ts';
import { addBreachUpdate } from '../../src/use-cases/add-breach-update.ts';
import { getBreach } from '../../src/use-cases/get-breach.ts';
import { listAuditLog } from '../../src/use-cases/list-audit-log.ts';
import { listBreaches } from '../../src/use-cases/list-breaches.ts';
import { listPublicBreaches } from '../../src/use-cases/list-public-breaches.ts';
import { publishBreach } from '../../src/use-cases/publish-breach.ts';
import { registerBreach } from '../../src/use-cases/register-breach.ts';
import { reviseAffectedCount } from '../../src/use-cases/revise-affected-count.ts';
import { unpublishBreach } from '../../src/use-cases/unpublish-breach.ts';
import { updateBreach } from '../../src/use-cases/update-breach.ts';
import { breakAuditInserts } from '../support/audit-failure.ts';
import { buildBreach, buildWorld, testDeps } from '../support/builders.ts';
import { testDatabases } from '../support/databases.ts';

function code(expected: string) {
  return (error: unknown) => error instanceof AppError && error.code === expected;
}

for (const engine of testDatabases) {
  describe(`breach use cases on ${engine.name}`, { skip: engine.skip }, () => {
    async function setup() {
      const storage = await engine.open();
      const { deps, clock } = testDeps(storage.db);
      const world = await buildWorld(deps);
      return { storage, deps, clock, world };
    }

    test('registers a draft with its parts, first count and an audit record', async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      const breach = await registerBreach(deps, {
        actor: world.editorA.actor,
        ...buildBreach(world.orgA.id),
      });
      assert.equal(breach.status, 'draft');
      assert.equal(breach.version, 1);
      const detail = await getBreach(deps, { actor: world.viewerA.actor, breachId: breach.id });
      assert.deepEqual(detail.dataCategories, ['email', 'name']);
      assert.equal(detail.recipientGroups[0]?.count, 1200);
      assert.equal(detail.countRevisions.length, 1);
      assert.equal(detail.peopleAffected, 1200);
      assert.deepEqual(detail.parties, [{ organisationId: world.orgA.id, role: 'controller' }]);
      assert.equal(detail.speed.daysDiscoveryToAuthority, 2);
      assert.equal(detail.speed.daysDiscoveryToVictims, 19);
      const log = await listAuditLog(deps, { actor: world.ownerA.actor, organisationId: world.orgA.id });
      const entry = log.items.find((e) => e.entityId === breach.id);
      assert.equal(entry?.action, 'breach.registered');
      assert.equal(entry?.actorUserId, world.editorA.userId);
    });

    test('records a processor as a second party with its own role', async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      const breach = await registerBreach(deps, {
        actor: world.ownerA.actor,
        ...buildBreach(world.orgA.id, {
          otherParties: [{ organisationId: world.orgB.id, role: 'processor' }],
        }),
      });
      const detail = await getBreach(deps, { actor: world.ownerA.actor, breachId: breach.id });
      assert.deepEqual(
        detail.parties.map((p) => [p.organisationId, p.role]).sort(),
        [
          [world.orgA.id, 'controller'],
          [world.orgB.id, 'processor'],
        ].sort(),
      );
      assert.equal(detail.partyNames[world.orgB.id], world.orgB.name);
    });

    test('reports every wrong field at once and saves nothing', async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      await assert.rejects(
        registerBreach(deps, {
          actor: world.ownerA.actor,
          ...buildBreach(world.orgA.id, {
            title: { nl: '', en: 'Fine' },
            discoveredOn: '2025-02-30',
            dataCategories: ['bsn', 'no_such_kind'],
            recipientGroups: [{ name: { nl: 'Groep', en: 'Group' }, certainty: 'confirmed', count: -4 }],
            sources: [{ title: 'x', url: 'javascript:alert(1)', kind: 'news' }],
          }),
        }),
        (error: unknown) => {
          assert.ok(error instanceof AppError && error.code === 'validation_failed');
          const paths = error.fieldErrors.map((e) => e.path).sort();
          assert.deepEqual(paths, [
            'dataCategories.1',
            'discoveredOn',
            'recipientGroups.0.count',
            'sources.0.url',
            'title.nl',
          ]);
          return true;
        },
      );
      const list = await listBreaches(deps, { actor: world.ownerA.actor, organisationId: world.orgA.id });
      assert.equal(list.total, 0);
    });

    test('rejects a report dated before the discovery', async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      await assert.rejects(
        registerBreach(deps, {
          actor: world.ownerA.actor,
          ...buildBreach(world.orgA.id, { discoveredOn: '2026-02-10', authorityNotifiedOn: '2026-02-01' }),
        }),
        (error: unknown) =>
          error instanceof AppError && error.fieldErrors.some((e) => e.path === 'authorityNotifiedOn'),
      );
    });

    test('updates given fields, keeps the others, and audits before and after', async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      const breach = await registerBreach(deps, {
        actor: world.editorA.actor,
        ...buildBreach(world.orgA.id),
      });
      const updated = await updateBreach(deps, {
        actor: world.editorA.actor,
        breachId: breach.id,
        expectedVersion: 1,
        changes: { dataCategories: ['bsn'], victimsNotifiedOn: null },
      });
      assert.equal(updated.version, 2);
      assert.deepEqual(updated.dataCategories, ['bsn']);
      assert.equal(updated.dates.victimsNotifiedOn, null);
      assert.deepEqual(updated.title, breach.title);
      const log = await listAuditLog(deps, { actor: world.ownerA.actor, organisationId: world.orgA.id });
      const entry = log.items.find((e) => e.action === 'breach.updated');
      assert.deepEqual((entry?.before as { dataCategories: string[] }).dataCategories, ['email', 'name']);
      assert.deepEqual((entry?.after as { dataCategories: string[] }).dataCategories, ['bsn']);
    });

    test('refuses an edit of an outdated version with a conflict', async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      const breach = await registerBreach(deps, {
        actor: world.editorA.actor,
        ...buildBreach(world.orgA.id),
      });
      await updateBreach(deps, {
        actor: world.editorA.actor,
        breachId: breach.id,
        expectedVersion: 1,
        changes: { sector: 'finance' },
      });
      await assert.rejects(
        updateBreach(deps, {
          actor: world.ownerA.actor,
          breachId: breach.id,
          expectedVersion: 1,
          changes: { sector: 'energy' },
        }),
        code('conflict'),
      );
      const detail = await getBreach(deps, { actor: world.ownerA.actor, breachId: breach.id });
      assert.equal(detail.sector, 'finance');
    });

    test('lets exactly one of two simultaneous edits of the same version win', async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      const breach = await registerBreach(deps, {
        actor: world.editorA.actor,
        ...buildBreach(world.orgA.id),
      });
      const results = await Promise.allSettled(
        (['finance', 'energy'] as const).map((sector) =>
          updateBreach(deps, {
            actor: world.editorA.actor,
            breachId: breach.id,
            expectedVersion: 1,
            changes: { sector },
          }),
        ),
      );
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      const rejected = results.find((r) => r.status === 'rejected');
      assert.ok(rejected && code('conflict')(rejected.reason));
      const detail = await getBreach(deps, { actor: world.ownerA.actor, breachId: breach.id });
      assert.equal(detail.version, 2);
    });

    test('names every wrong field of an update under changes', async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      const breach = await registerBreach(deps, {
        actor: world.editorA.actor,
        ...buildBreach(world.orgA.id),
      });
      await assert.rejects(
        updateBreach(deps, {
          actor: world.editorA.actor,
          breachId: breach.id,
          expectedVersion: 0,
          changes: {
            sector: 'space' as 'other',
            helpline: { phone: 'call us', hours: null, url: null },
            measures: [{ nl: 'ok', en: '' }],
          },
        }),
        (error: unknown) => {
          assert.ok(error instanceof AppError);
          assert.deepEqual(error.fieldErrors.map((e) => e.path).sort(), [
            'changes.helpline.phone',
            'changes.measures.0.en',
            'changes.sector',
            'expectedVersion',
          ]);
          return true;
        },
      );
    });

    test('rolls the change back when the audit record cannot be written', async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      const breach = await registerBreach(deps, {
        actor: world.editorA.actor,
        ...buildBreach(world.orgA.id),
      });
      await breakAuditInserts(storage.db, storage.dialect);
      await assert.rejects(
        updateBreach(deps, {
          actor: world.editorA.actor,
          breachId: breach.id,
          expectedVersion: 1,
          changes: { dataCategories: ['bsn'] },
        }),
      );
      await assert.rejects(
        registerBreach(deps, { actor: world.editorA.actor, ...buildBreach(world.orgA.id) }),
      );
      const detail = await getBreach(deps, { actor: world.ownerA.actor, breachId: breach.id });
      assert.equal(detail.version, 1);
      assert.deepEqual(detail.dataCategories, ['email', 'name']);
      const list = await listBreaches(deps, { actor: world.ownerA.actor, organisationId: world.orgA.id });
      assert.equal(list.total, 1);
    });

    test('keeps the count history and makes the latest count current', async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      const breach = await registerBreach(deps, {
        actor: world.editorA.actor,
        ...buildBreach(world.orgA.id),
      });
      const reason = { nl: 'Meer mensen gevonden.', en: 'More people found.' };
      const first = await reviseAffectedCount(deps, {
        actor: world.editorA.actor,
        breachId: breach.id,
        expectedVersion: 1,
        count: 5000,
        effectiveOn: '2026-02-10',
        reason,
      });
      assert.equal(first.breach.peopleAffected, 5000);
      assert.deepEqual(
        first.history.map((r) => r.peopleAffected),
        [1200, 5000],
      );
      const detail = await getBreach(deps, { actor: publicActor, breachId: breach.id }).catch(
        () => undefined,
      );
      assert.equal(detail, undefined, 'a draft stays hidden from the public');
      await assert.rejects(
        reviseAffectedCount(deps, {
          actor: world.viewerA.actor,
          breachId: breach.id,
          expectedVersion: 2,
          count: 1,
          effectiveOn: '2026-02-11',
          reason,
        }),
        code('forbidden'),
      );
    });

    test('adds dated updates to the timeline', async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      const breach = await registerBreach(deps, {
        actor: world.editorA.actor,
        ...buildBreach(world.orgA.id),
      });
      const { version } = await addBreachUpdate(deps, {
        actor: world.editorA.actor,
        breachId: breach.id,
        expectedVersion: 1,
        publishedOn: '2026-02-21',
        text: { nl: 'Alle brieven zijn verstuurd.', en: 'All letters have been sent.' },
      });
      assert.equal(version, 2);
      const detail = await getBreach(deps, { actor: world.viewerA.actor, breachId: breach.id });
      assert.equal(detail.updates[0]?.text.en, 'All letters have been sent.');
    });

    test('lets only owners publish, then shows the breach to the public until it is unpublished', async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      const breach = await registerBreach(deps, {
        actor: world.editorA.actor,
        ...buildBreach(world.orgA.id),
      });
      await assert.rejects(
        publishBreach(deps, { actor: world.editorA.actor, breachId: breach.id, expectedVersion: 1 }),
        code('forbidden'),
      );
      const published = await publishBreach(deps, {
        actor: world.ownerA.actor,
        breachId: breach.id,
        expectedVersion: 1,
      });
      assert.equal(published.status, 'published');
      assert.ok(published.firstPublishedAt);
      const seen = await getBreach(deps, { actor: publicActor, slug: breach.slug });
      assert.equal(seen.id, breach.id);
      assert.equal((await listPublicBreaches(deps, {})).total, 1);
      await unpublishBreach(deps, { actor: world.ownerA.actor, breachId: breach.id, expectedVersion: 2 });
      await assert.rejects(getBreach(deps, { actor: publicActor, breachId: breach.id }), code('not_found'));
      assert.equal((await listPublicBreaches(deps, {})).total, 0);
    });

    test('refuses to publish a breach without a date or any source or helpline', async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      const breach = await registerBreach(deps, {
        actor: world.ownerA.actor,
        ...buildBreach(world.orgA.id, {
          discoveredOn: null,
          authorityNotifiedOn: null,
          victimsNotifiedOn: null,
          sources: [],
          helpline: null,
        }),
      });
      await assert.rejects(
        publishBreach(deps, { actor: world.ownerA.actor, breachId: breach.id, expectedVersion: 1 }),
        (error: unknown) => {
          assert.ok(error instanceof AppError);
          assert.deepEqual(error.fieldErrors.map((e) => e.path).sort(), ['discoveredOn', 'sources']);
          return true;
        },
      );
    });

    test("keeps organisation B's draft from A's members on every use case", async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      const draftB = await registerBreach(deps, {
        actor: world.editorB.actor,
        ...buildBreach(world.orgB.id),
      });
      const reason = { nl: 'x', en: 'x' };
      for (const actor of [
        world.ownerA.actor,
        world.editorA.actor,
        world.viewerA.actor,
        world.admin.actor,
        publicActor,
      ]) {
        await assert.rejects(getBreach(deps, { actor, breachId: draftB.id }), code('not_found'));
        await assert.rejects(getBreach(deps, { actor, slug: draftB.slug }), code('not_found'));
        await assert.rejects(
          updateBreach(deps, {
            actor,
            breachId: draftB.id,
            expectedVersion: 1,
            changes: { sector: 'other' },
          }),
          code('not_found'),
        );
        await assert.rejects(
          reviseAffectedCount(deps, {
            actor,
            breachId: draftB.id,
            expectedVersion: 1,
            count: 1,
            effectiveOn: '2026-01-01',
            reason,
          }),
          code('not_found'),
        );
        await assert.rejects(
          addBreachUpdate(deps, {
            actor,
            breachId: draftB.id,
            expectedVersion: 1,
            publishedOn: '2026-01-01',
            text: reason,
          }),
          code('not_found'),
        );
        await assert.rejects(
          publishBreach(deps, { actor, breachId: draftB.id, expectedVersion: 1 }),
          code('not_found'),
        );
        await assert.rejects(listBreaches(deps, { actor, organisationId: world.orgB.id }));
        await assert.rejects(registerBreach(deps, { actor, ...buildBreach(world.orgB.id) }));
      }
      const detail = await getBreach(deps, { actor: world.ownerB.actor, breachId: draftB.id });
      assert.equal(detail.version, 1, 'nothing changed');
    });

    test("lets A's members read B's published breach but not change it", async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      const breach = await registerBreach(deps, {
        actor: world.ownerB.actor,
        ...buildBreach(world.orgB.id),
      });
      await publishBreach(deps, { actor: world.ownerB.actor, breachId: breach.id, expectedVersion: 1 });
      assert.equal(
        (await getBreach(deps, { actor: world.ownerA.actor, breachId: breach.id })).status,
        'published',
      );
      await assert.rejects(
        updateBreach(deps, {
          actor: world.ownerA.actor,
          breachId: breach.id,
          expectedVersion: 2,
          changes: { sector: 'other' },
        }),
        code('forbidden'),
      );
      await assert.rejects(
        unpublishBreach(deps, { actor: world.ownerA.actor, breachId: breach.id, expectedVersion: 2 }),
        code('forbidden'),
      );
      await assert.rejects(
        updateBreach(deps, {
          actor: publicActor,
          breachId: breach.id,
          expectedVersion: 2,
          changes: { sector: 'other' },
        }),
        code('unauthenticated'),
      );
    });

    test("lists an organisation's own breaches with drafts, paged", async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      for (let i = 0; i < 3; i += 1)
        await registerBreach(deps, { actor: world.editorA.actor, ...buildBreach(world.orgA.id) });
      await registerBreach(deps, { actor: world.editorB.actor, ...buildBreach(world.orgB.id) });
      const page = await listBreaches(deps, {
        actor: world.viewerA.actor,
        organisationId: world.orgA.id,
        pageSize: 2,
        page: 2,
      });
      assert.equal(page.total, 3);
      assert.equal(page.pageCount, 2);
      assert.equal(page.items.length, 1);
      assert.ok(page.items.every((b) => b.organisationId === world.orgA.id));
    });

    test('searches and filters the public register by text, sector, date, size and kinds of data', async (t) => {
      const { storage, deps, world } = await setup();
      t.after(() => storage.dispose());
      const make = async (overrides: Parameters<typeof buildBreach>[1], publish = true) => {
        const b = await registerBreach(deps, {
          actor: world.ownerA.actor,
          ...buildBreach(world.orgA.id, overrides),
        });
        if (publish)
          await publishBreach(deps, { actor: world.ownerA.actor, breachId: b.id, expectedVersion: 1 });
        return b;
      };
      const lab = await make({
        title: { nl: 'Hack bij laboratorium', en: 'Laboratory hack' },
        sector: 'healthcare',
        discoveredOn: '2025-07-06',
        authorityNotifiedOn: null,
        victimsNotifiedOn: null,
        dataCategories: ['bsn', 'medical_test_result'],
        peopleAffected: { count: 941000, effectiveOn: '2025-09-01', reason: { nl: 'x', en: 'x' } },
      });
      const telecom = await make({
        title: { nl: 'Lek bij telecombedrijf 100%', en: 'Telecom breach' },
        sector: 'telecom',
        discoveredOn: '2026-02',
        authorityNotifiedOn: null,
        victimsNotifiedOn: null,
        dataCategories: ['iban', 'name'],
        peopleAffected: { count: 6200000, effectiveOn: '2026-02-12', reason: { nl: 'x', en: 'x' } },
      });
      await make({ title: { nl: 'Geheim concept laboratorium', en: 'Secret draft' } }, false);

      const ids = async (options: Parameters<typeof listPublicBreaches>[1]) =>
        (await listPublicBreaches(deps, options)).items.map((b) => b.id);
      assert.deepEqual(await ids({ query: 'LABORATORIUM' }), [lab.id]);
      assert.deepEqual(await ids({ query: '100%' }), [telecom.id]);
      assert.deepEqual(await ids({ query: '%' }), [telecom.id], 'a % is searched as a character');
      assert.deepEqual(await ids({ sector: 'telecom' }), [telecom.id]);
      assert.deepEqual(await ids({ from: '2026-01-01' }), [telecom.id]);
      assert.deepEqual(await ids({ to: '2025-12-31' }), [lab.id]);
      assert.deepEqual(await ids({ minPeople: 1_000_000 }), [telecom.id]);
      assert.deepEqual(await ids({ categories: ['bsn', 'medical_test_result'] }), [lab.id]);
      assert.deepEqual(await ids({ categories: ['bsn', 'iban'] }), []);
      assert.deepEqual(await ids({ sort: 'oldest' }), [lab.id, telecom.id]);
      assert.deepEqual(await ids({ sort: 'largest' }), [telecom.id, lab.id]);
      assert.deepEqual(await ids({ pageSize: 1, page: 2, sort: 'newest' }), [lab.id]);
    });

    test('rejects wrong filters of the public register with every field named', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      await assert.rejects(
        listPublicBreaches(deps, {
          from: '2026-13-01',
          sector: 'space' as 'other',
          categories: ['nope'],
          pageSize: 1000,
        }),
        (error: unknown) => {
          assert.ok(error instanceof AppError);
          assert.deepEqual(error.fieldErrors.map((e) => e.path).sort(), [
            'categories.0',
            'from',
            'pageSize',
            'sector',
          ]);
          return true;
        },
      );
    });
  });
}
