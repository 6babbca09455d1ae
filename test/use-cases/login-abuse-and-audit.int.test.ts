import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { systemActor } from '../../src/core/access/actor.ts';
import { AppError } from '../../src/errors/catalogue.ts';
import { updatePasswordHash } from '../../src/storage/repositories/users.ts';
import { authenticateUser } from '../../src/use-cases/authenticate-user.ts';
import { createSession } from '../../src/use-cases/create-session.ts';
import { createUser } from '../../src/use-cases/create-user.ts';
import { endSession } from '../../src/use-cases/end-session.ts';
import { exportAuditLog } from '../../src/use-cases/export-audit-log.ts';
import { buildUser, buildWorld, testDeps } from '../support/builders.ts';
import { testDatabases } from '../support/databases.ts';
import { hashWithSettings } from '../support/password-hashes.ts';

const isCode = (expected: string) => (error: unknown) => error instanceof AppError && error.code === expected;

for (const engine of testDatabases) {
  describe(`sign-in abuse and the audit trail on ${engine.name}`, { skip: engine.skip }, () => {
    async function setup() {
      const storage = await engine.open();
      const { deps, clock } = testDeps(storage.db);
      return { storage, deps, clock };
    }
    const actions = async (db: Awaited<ReturnType<typeof setup>>['storage']['db'], action: string) =>
      db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();

    test('18 parallel wrong passwords: the attempts are counted before the check, 5 are checked, 13 refused', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      const input = buildUser();
      await createUser(deps, { actor: systemActor, ...input });
      const results = await Promise.allSettled(
        Array.from({ length: 18 }, () =>
          authenticateUser(deps, {
            email: input.email,
            password: 'wrong password!!',
            clientKey: '203.0.113.9',
          }),
        ),
      );
      const codes = results.map((r) =>
        r.status === 'rejected' && r.reason instanceof AppError ? r.reason.code : 'ok',
      );
      assert.equal(codes.filter((c) => c === 'unauthenticated').length, 5, codes.join(','));
      assert.equal(codes.filter((c) => c === 'rate_limited').length, 13);
      assert.equal((await actions(storage.db, 'session.sign_in_failed')).length, 5);
      assert.equal((await actions(storage.db, 'session.sign_in_throttled')).length, 13);
    });

    test('a client past its limit cannot lock out a correct password, neither its own nor another account', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      const owner = buildUser();
      await createUser(deps, { actor: systemActor, ...owner });
      // One address for everybody: a proxy with TRUST_PROXY unset.
      const proxy = '127.0.0.1';
      for (let i = 0; i < 31; i += 1)
        await authenticateUser(deps, {
          email: `guess${i}@example.test`,
          password: 'x',
          clientKey: proxy,
        }).catch(() => undefined);
      await assert.rejects(
        authenticateUser(deps, { email: 'guess99@example.test', password: 'x', clientKey: proxy }),
        isCode('rate_limited'),
        'a wrong password from the busy client is told to wait',
      );
      const user = await authenticateUser(deps, {
        email: owner.email,
        password: owner.password,
        clientKey: proxy,
      });
      assert.equal(user.email, owner.email, 'the correct password still signs in');
      // A stranger failing on this very account through the same proxy throttles only that pair
      // (which here is everyone's); but failures from other addresses never refuse the owner.
      for (let i = 0; i < 12; i += 1)
        await authenticateUser(deps, {
          email: owner.email,
          password: 'wrong!!',
          clientKey: `198.51.100.${i}`,
        }).catch(() => undefined);
      const again = await authenticateUser(deps, {
        email: owner.email,
        password: owner.password,
        clientKey: '192.0.2.44',
      });
      assert.equal(again.id, user.id);
    });

    test('a hash made with older scrypt settings is replaced on sign-in', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      const input = buildUser();
      const user = await createUser(deps, { actor: systemActor, ...input });
      await updatePasswordHash(
        storage.db,
        user.id,
        await hashWithSettings(input.password, 15),
        deps.clock().toISOString(),
      );
      await authenticateUser(deps, { email: input.email, password: input.password, clientKey: 'c' });
      const row = await storage.db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      assert.match(row.password_hash, /^scrypt\$17\$8\$1\$/);
      await authenticateUser(deps, { email: input.email, password: input.password, clientKey: 'c' });
    });

    test('audits sign-in, failed sign-in, throttling and sign-out, with e-mail and client only as keyed hashes', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      const input = buildUser();
      const user = await createUser(deps, { actor: systemActor, ...input });
      await assert.rejects(
        authenticateUser(deps, { email: input.email, password: 'nope', clientKey: '192.0.2.7' }),
        isCode('unauthenticated'),
      );
      await authenticateUser(deps, {
        email: input.email,
        password: input.password,
        clientKey: '192.0.2.7',
      });
      const session = await createSession(deps, { userId: user.id });
      assert.equal(await endSession(deps, { sessionId: session.sessionId }), true);
      for (let i = 0; i < 6; i += 1)
        await authenticateUser(deps, {
          email: input.email,
          password: 'nope',
          clientKey: '192.0.2.8',
        }).catch(() => undefined);
      const failed = await actions(storage.db, 'session.sign_in_failed');
      const signedIn = await actions(storage.db, 'session.signed_in');
      const signedOut = await actions(storage.db, 'session.signed_out');
      const throttled = await actions(storage.db, 'session.sign_in_throttled');
      assert.equal(failed.length, 6);
      assert.equal(signedIn.length, 1);
      assert.equal(signedIn[0]?.actor_user_id, user.id);
      assert.equal(signedOut.length, 1);
      assert.equal(signedOut[0]?.entity_id, user.id);
      assert.equal(throttled.length, 1);
      const everything = JSON.stringify(await storage.db.selectFrom('audit_log').selectAll().execute());
      assert.ok(
        !everything.includes(input.email) && !everything.includes('192.0.2.'),
        'no e-mail or address in clear',
      );
    });

    test('audits an audit export, and the audit log refuses UPDATE, DELETE and TRUNCATE', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      const world = await buildWorld({ ...deps });
      await exportAuditLog(deps, {
        actor: world.ownerA.actor,
        organisationId: world.orgA.id,
        format: 'csv',
      });
      const exported = await actions(storage.db, 'audit_log.exported');
      assert.equal(exported.length, 1);
      assert.equal(exported[0]?.organisation_id, world.orgA.id);
      await assert.rejects(sql`update audit_log set action = 'x'`.execute(storage.db), /append-only/);
      await assert.rejects(sql`delete from audit_log`.execute(storage.db), /append-only/);
      if (engine.name === 'postgres')
        await assert.rejects(sql`truncate audit_log`.execute(storage.db), /append-only/);
      const left = await storage.db.selectFrom('audit_log').select('id').execute();
      assert.ok(left.length > 0);
    });
  });
}
