import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { publicActor } from '../../src/core/access/actor.ts';
import { demoLoginEmail } from '../../src/demo/demo-cases.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import type { Database } from '../../src/storage/schema.ts';
import { authenticateUser } from '../../src/use-cases/authenticate-user.ts';
import { getBreach } from '../../src/use-cases/get-breach.ts';
import { listBreaches } from '../../src/use-cases/list-breaches.ts';
import { listPublicBreaches } from '../../src/use-cases/list-public-breaches.ts';
import { publishBreach } from '../../src/use-cases/publish-breach.ts';
import { userActor } from '../../src/use-cases/resolve-session.ts';
import { testDeps } from '../support/builders.ts';
import { testDatabases } from '../support/databases.ts';

const tables = [
  'organisations',
  'users',
  'memberships',
  'audit_log',
  'breaches',
  'breach_parties',
  'breach_count_revisions',
  'breach_data_categories',
  'breach_recipient_groups',
  'breach_updates',
  'breach_sources',
] as const;

/** Every row of every seeded table, in a stable order. */
async function allRows(db: Kysely<Database>): Promise<unknown[]> {
  const rows: unknown[] = [];
  for (const table of tables) {
    const found = await db.selectFrom(table).selectAll().execute();
    rows.push(found.map((row) => JSON.stringify(row)).sort());
  }
  return rows;
}

for (const engine of testDatabases) {
  describe(`seedDemo on ${engine.name}`, { skip: engine.skip }, () => {
    test('fills the register with the real cases and prints a working demo login', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const { deps } = testDeps(storage.db);
      const result = await seedDemo(deps);
      assert.equal(result.demoLogin.email, demoLoginEmail);
      assert.ok(result.demoLogin.password && result.demoLogin.password.length >= 16);
      const demoUser = await authenticateUser(deps, {
        email: demoLoginEmail,
        password: result.demoLogin.password,
        clientKey: 'test',
      });
      const demoActor = await userActor(deps, demoUser);
      const organisationId = demoActor.kind === 'user' ? Object.keys(demoActor.roles)[0] : undefined;
      assert.ok(organisationId);
      const own = await listBreaches(deps, { actor: demoActor, organisationId });
      assert.deepEqual(
        own.items.map((b) => b.status),
        ['draft'],
        'the demo organisation has one draft',
      );

      const register = await listPublicBreaches(deps, { sort: 'largest' });
      assert.deepEqual(
        register.items.map((b) => b.slug),
        [
          'datalek-odido-2026',
          'hack-laboratorium-clinical-diagnostics',
          'hack-openbaar-ministerie-citrix-netscaler',
        ],
        'the demo draft is not public',
      );
      const lab = await getBreach(deps, {
        actor: publicActor,
        slug: 'hack-laboratorium-clinical-diagnostics',
      });
      assert.deepEqual(
        lab.countRevisions.map((r) => [r.effectiveOn, r.peopleAffected]),
        [
          ['2025-08-06', 485_000],
          ['2025-08-29', 715_000],
          ['2025-09-01', 941_000],
        ],
      );
      assert.equal(lab.peopleAffected, 941_000);
      assert.deepEqual(
        lab.recipientGroups.map((g) => [g.count, g.certainty]),
        [
          [405_000, 'confirmed'],
          [216_000, 'confirmed'],
          [282_000, 'possibly'],
          [38_000, 'possibly'],
        ],
      );
      assert.equal(lab.helpline?.phone, '0800-1617');
      // Made-up privacy addresses, so the demo's letters show a full address block; they must
      // look made up (reserved .example domain, "Voorbeeldstad"), never like a real address.
      assert.deepEqual(lab.privacyContact, {
        email: 'privacy@bevolkingsonderzoeknederland.example',
        postalAddress: 'Postbus 1001, 1000 AA Voorbeeldstad',
      });
      const contacts = await storage.db
        .selectFrom('breaches')
        .select(['slug', 'privacy_email', 'privacy_postal_address'])
        .execute();
      assert.equal(contacts.length, 4);
      for (const row of contacts) {
        assert.match(String(row.privacy_email), /^privacy@[a-z-]+\.example$/, row.slug);
        assert.match(
          String(row.privacy_postal_address),
          /^[^,]+\d[^,]*, \d{4} [A-Z]{2} Voorbeeldstad$/,
          row.slug,
        );
      }
      assert.ok(lab.dataCategories.includes('bsn') && lab.dataCategories.includes('gp_name'));
      assert.equal(lab.speed.daysDiscoveryToController, 31);
      assert.equal(lab.dates.authorityNotifiedOn, null, 'an unknown date stays unknown');
      assert.deepEqual(lab.parties.map((p) => [lab.partyNames[p.organisationId], p.role]).sort(), [
        ['Bevolkingsonderzoek Nederland', 'controller'],
        ['Clinical Diagnostics (laboratorium)', 'processor'],
      ]);
      const draft = own.items[0];
      assert.ok(draft);
      await publishBreach(deps, { actor: demoActor, breachId: draft.id, expectedVersion: draft.version });
      assert.equal((await listPublicBreaches(deps, {})).total, 4, 'the demo owner can publish the draft');
      const om = await getBreach(deps, {
        actor: publicActor,
        slug: 'hack-openbaar-ministerie-citrix-netscaler',
      });
      assert.equal(om.peopleAffected, null);
      assert.deepEqual(om.dataCategories, []);
    });

    test('changes nothing when run a second time', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const { deps, clock } = testDeps(storage.db);
      await seedDemo(deps);
      const before = await allRows(storage.db);
      clock.advance(3600);
      const again = await seedDemo(deps);
      assert.deepEqual(again.created, []);
      assert.equal(again.demoLogin.password, null, 'the existing password is not replaced');
      assert.deepEqual(await allRows(storage.db), before);
    });
  });
}
