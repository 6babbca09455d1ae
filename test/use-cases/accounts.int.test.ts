import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { publicActor, systemActor } from '../../src/core/access/actor.ts';
import { AppError } from '../../src/errors/catalogue.ts';
import { addMember } from '../../src/use-cases/add-member.ts';
import { authenticateUser } from '../../src/use-cases/authenticate-user.ts';
import { changeRole } from '../../src/use-cases/change-role.ts';
import { createApiToken } from '../../src/use-cases/create-api-token.ts';
import { createOrganisation } from '../../src/use-cases/create-organisation.ts';
import { createSession } from '../../src/use-cases/create-session.ts';
import { createUser } from '../../src/use-cases/create-user.ts';
import { endSession } from '../../src/use-cases/end-session.ts';
import { exportAuditLog } from '../../src/use-cases/export-audit-log.ts';
import { listApiTokens } from '../../src/use-cases/list-api-tokens.ts';
import { listAuditLog } from '../../src/use-cases/list-audit-log.ts';
import { listMembers } from '../../src/use-cases/list-members.ts';
import { listMyOrganisations } from '../../src/use-cases/list-my-organisations.ts';
import { registerBreach } from '../../src/use-cases/register-breach.ts';
import { resolveApiToken } from '../../src/use-cases/resolve-api-token.ts';
import { resolveSession } from '../../src/use-cases/resolve-session.ts';
import { revokeApiToken } from '../../src/use-cases/revoke-api-token.ts';
import { buildBreach, buildOrganisation, buildUser, buildWorld, testDeps } from '../support/builders.ts';
import { testDatabases } from '../support/databases.ts';

function code(expected: string) {
  return (error: unknown) => error instanceof AppError && error.code === expected;
}

for (const engine of testDatabases) {
  describe(`account use cases on ${engine.name}`, { skip: engine.skip }, () => {
    async function setup() {
      const storage = await engine.open();
      const { deps, clock } = testDeps(storage.db);
      return { storage, deps, clock };
    }

    test('stores a password only as a salted scrypt hash and signs in with it', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      const input = buildUser();
      const twin = buildUser({ password: input.password });
      await createUser(deps, { actor: systemActor, ...input });
      await createUser(deps, { actor: systemActor, ...twin });
      const rows = await storage.db.selectFrom('users').select(['email', 'password_hash']).execute();
      for (const row of rows) {
        assert.match(row.password_hash, /^scrypt\$17\$8\$1\$/);
        assert.ok(!row.password_hash.includes(input.password));
      }
      assert.notEqual(rows[0]?.password_hash, rows[1]?.password_hash, 'each user has their own salt');
      const user = await authenticateUser(deps, {
        email: input.email.toUpperCase(),
        password: input.password,
        clientKey: '192.0.2.1',
      });
      assert.equal(user.email, input.email);
      assert.equal('passwordHash' in user, false);
    });

    test('answers a wrong password and an unknown e-mail address the same way', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      const input = buildUser();
      await createUser(deps, { actor: systemActor, ...input });
      await assert.rejects(
        authenticateUser(deps, { email: input.email, password: 'wrong password!!', clientKey: 'c' }),
        code('unauthenticated'),
      );
      await assert.rejects(
        authenticateUser(deps, {
          email: 'nobody@example.test',
          password: 'wrong password!!',
          clientKey: 'c',
        }),
        code('unauthenticated'),
      );
    });

    test('throttles one client on one account after five failures, even for the right password, until the wait is over', async (t) => {
      const { storage, deps, clock } = await setup();
      t.after(() => storage.dispose());
      const input = buildUser();
      await createUser(deps, { actor: systemActor, ...input });
      for (let i = 0; i < 5; i += 1)
        await assert.rejects(
          authenticateUser(deps, {
            email: input.email,
            password: 'wrong password!!',
            clientKey: 'guesser',
          }),
          code('unauthenticated'),
        );
      await assert.rejects(
        authenticateUser(deps, { email: input.email, password: input.password, clientKey: 'guesser' }),
        (error: unknown) => {
          assert.ok(error instanceof AppError && error.code === 'rate_limited');
          assert.equal(error.detail, '30');
          return true;
        },
      );
      const owner = await authenticateUser(deps, {
        email: input.email,
        password: input.password,
        clientKey: 'owner',
      });
      assert.equal(owner.email, input.email, 'the guesser does not lock the owner out');
      clock.advance(31);
      await assert.rejects(
        authenticateUser(deps, { email: input.email, password: 'wrong password!!', clientKey: 'guesser' }),
        code('unauthenticated'),
      );
      const stored = await storage.db.selectFrom('login_failures').select('key_hash').execute();
      assert.ok(stored.length >= 2);
      assert.ok(
        stored.every((row) => /^[A-Za-z0-9_-]{43}$/.test(row.key_hash)),
        'keys are keyed hashes, no e-mail or client in clear',
      );
    });

    test('throttles a client that tries many accounts', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      for (let i = 0; i < 20; i += 1)
        await assert.rejects(
          authenticateUser(deps, {
            email: `guess${i}@example.test`,
            password: 'x',
            clientKey: '198.51.100.7',
          }),
          code('unauthenticated'),
        );
      await assert.rejects(
        authenticateUser(deps, { email: 'another@example.test', password: 'x', clientKey: '198.51.100.7' }),
        code('rate_limited'),
      );
    });

    test('reports every wrong field of a new user at once', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      await assert.rejects(
        createUser(deps, {
          actor: systemActor,
          email: 'not-an-address',
          displayName: '',
          password: 'short',
        }),
        (error: unknown) => {
          assert.ok(error instanceof AppError);
          assert.deepEqual(error.fieldErrors.map((e) => e.path).sort(), ['displayName', 'email', 'password']);
          return true;
        },
      );
    });

    test('keeps only a keyed hash of the session id and ends the session on sign-out', async (t) => {
      const { storage, deps, clock } = await setup();
      t.after(() => storage.dispose());
      const user = await createUser(deps, { actor: systemActor, ...buildUser() });
      const { sessionId } = await createSession(deps, { userId: user.id });
      const rows = await storage.db.selectFrom('sessions').selectAll().execute();
      assert.equal(rows.length, 1);
      assert.notEqual(rows[0]?.id_hash, sessionId);
      assert.ok(!JSON.stringify(rows).includes(sessionId), 'the raw id is nowhere in the table');
      const resolved = await resolveSession(deps, { sessionId });
      assert.equal(resolved?.user.id, user.id);
      assert.equal(
        await resolveSession(
          { ...deps, sessionSecret: 'another-secret-another-secret-another' },
          { sessionId },
        ),
        undefined,
      );
      assert.equal(await endSession(deps, { sessionId }), true);
      assert.equal(await resolveSession(deps, { sessionId }), undefined);
      const second = await createSession(deps, { userId: user.id });
      clock.advance(8 * 3600 + 1);
      assert.equal(await resolveSession(deps, { sessionId: second.sessionId }), undefined, 'expired');
    });

    test('shows an API token once, stores only its hash, and stops it when revoked', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      const world = await buildWorld(deps);
      await assert.rejects(
        createApiToken(deps, {
          actor: world.editorA.actor,
          organisationId: world.orgA.id,
          name: 'ci',
          role: 'editor',
        }),
        code('forbidden'),
      );
      const { token, info } = await createApiToken(deps, {
        actor: world.ownerA.actor,
        organisationId: world.orgA.id,
        name: 'import',
        role: 'editor',
      });
      assert.ok(token.startsWith(`dlw_${info.prefix}_`));
      const rows = await storage.db.selectFrom('api_tokens').selectAll().execute();
      assert.ok(
        !JSON.stringify(rows).includes(token.split('_').at(-1) ?? token),
        'the secret part is nowhere in the table',
      );
      const actor = await resolveApiToken(deps, { token });
      assert.deepEqual(actor, {
        kind: 'api_token',
        tokenId: info.id,
        organisationId: world.orgA.id,
        role: 'editor',
      });
      assert.ok(actor);
      const breach = await registerBreach(deps, { actor, ...buildBreach(world.orgA.id) });
      assert.equal(breach.organisationId, world.orgA.id);
      await assert.rejects(registerBreach(deps, { actor, ...buildBreach(world.orgB.id) }), code('forbidden'));
      await assert.rejects(
        revokeApiToken(deps, { actor: world.ownerB.actor, tokenId: info.id }),
        code('not_found'),
      );
      await revokeApiToken(deps, { actor: world.ownerA.actor, tokenId: info.id });
      assert.equal(await resolveApiToken(deps, { token }), undefined);
      assert.equal(await resolveApiToken(deps, { token: 'dlw_notatoken' }), undefined);
    });

    test('refuses an expired API token', async (t) => {
      const { storage, deps, clock } = await setup();
      t.after(() => storage.dispose());
      const world = await buildWorld(deps);
      const { token } = await createApiToken(deps, {
        actor: world.ownerA.actor,
        organisationId: world.orgA.id,
        name: 'short',
        role: 'viewer',
        expiresAt: new Date(clock.now().getTime() + 60_000).toISOString(),
      });
      assert.ok(await resolveApiToken(deps, { token }));
      clock.advance(61);
      assert.equal(await resolveApiToken(deps, { token }), undefined);
    });

    test('refuses an API token whose end lies in the past, and stores nothing', async (t) => {
      const { storage, deps, clock } = await setup();
      t.after(() => storage.dispose());
      const world = await buildWorld(deps);
      await assert.rejects(
        createApiToken(deps, {
          actor: world.ownerA.actor,
          organisationId: world.orgA.id,
          name: 'already over',
          role: 'viewer',
          expiresAt: new Date(clock.now().getTime() - 1000).toISOString(),
        }),
        (error: unknown) =>
          error instanceof AppError && error.fieldErrors.some((e) => e.path === 'expiresAt'),
      );
      const tokens = await listApiTokens(deps, {
        actor: world.ownerA.actor,
        organisationId: world.orgA.id,
      });
      assert.equal(tokens.length, 0);
    });

    test('lets only platform administrators create organisations', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      const world = await buildWorld(deps);
      await assert.rejects(
        createOrganisation(deps, { actor: world.ownerA.actor, ...buildOrganisation() }),
        code('forbidden'),
      );
      const org = await createOrganisation(deps, {
        actor: world.admin.actor,
        ...buildOrganisation({ name: 'Nieuwe Stichting' }),
      });
      assert.equal(org.slug, 'nieuwe-stichting');
      await assert.rejects(
        createOrganisation(deps, {
          actor: world.admin.actor,
          ...buildOrganisation({ name: 'Nieuwe Stichting' }),
        }),
        code('validation_failed'),
      );
    });

    test('lets owners add members and change roles, but never leaves an organisation without an owner', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      const world = await buildWorld(deps);
      const newcomer = buildUser();
      const user = await createUser(deps, { actor: systemActor, ...newcomer });
      await assert.rejects(
        addMember(deps, {
          actor: world.editorA.actor,
          organisationId: world.orgA.id,
          email: newcomer.email,
          role: 'viewer',
        }),
        code('forbidden'),
      );
      await assert.rejects(
        addMember(deps, {
          actor: world.ownerB.actor,
          organisationId: world.orgA.id,
          email: newcomer.email,
          role: 'viewer',
        }),
        code('forbidden'),
      );
      await addMember(deps, {
        actor: world.ownerA.actor,
        organisationId: world.orgA.id,
        email: newcomer.email,
        role: 'viewer',
      });
      const changed = await changeRole(deps, {
        actor: world.ownerA.actor,
        organisationId: world.orgA.id,
        userId: user.id,
        role: 'editor',
      });
      assert.equal(changed.role, 'editor');
      await assert.rejects(
        changeRole(deps, {
          actor: world.ownerA.actor,
          organisationId: world.orgA.id,
          userId: world.ownerA.userId,
          role: 'viewer',
        }),
        code('validation_failed'),
      );
      const log = await listAuditLog(deps, { actor: world.ownerA.actor, organisationId: world.orgA.id });
      const entry = log.items.find((e) => e.action === 'member.role_changed');
      assert.equal((entry?.before as { role: string }).role, 'viewer');
      assert.equal((entry?.after as { role: string }).role, 'editor');
    });

    test('lets only owners read and export the audit log, as CSV and JSON', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      const world = await buildWorld(deps);
      await registerBreach(deps, {
        actor: world.editorA.actor,
        ...buildBreach(world.orgA.id, { title: { nl: '=HYPERLINK("x") "quoted"', en: 'Formula' } }),
      });
      for (const actor of [world.editorA.actor, world.viewerA.actor, world.ownerB.actor])
        await assert.rejects(
          exportAuditLog(deps, { actor, organisationId: world.orgA.id, format: 'csv' }),
          code('forbidden'),
        );
      const csv = await exportAuditLog(deps, {
        actor: world.ownerA.actor,
        organisationId: world.orgA.id,
        format: 'csv',
      });
      assert.equal(csv.contentType, 'text/csv; charset=utf-8');
      const lines = csv.body.trim().split('\r\n');
      assert.equal(
        lines[0],
        'id,occurredAt,actorKind,actorUserId,actorTokenId,organisationId,entityType,entityId,action,before,after',
      );
      assert.ok(lines.some((line) => line.includes('breach.registered')));
      assert.ok(csv.body.includes('\\""quoted\\""'), 'quotes inside a cell are doubled');
      const json = await exportAuditLog(deps, {
        actor: world.ownerA.actor,
        organisationId: world.orgA.id,
        format: 'json',
      });
      const entries = JSON.parse(json.body) as { action: string; organisationId: string }[];
      assert.equal(entries[0]?.action, 'organisation.created', 'oldest first');
      assert.ok(entries.every((e) => e.organisationId === world.orgA.id));
    });

    test('refuses to change or delete audit records in the database itself', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      await createOrganisation(deps, { actor: systemActor, ...buildOrganisation() });
      await assert.rejects(storage.db.updateTable('audit_log').set({ action: 'forged' }).execute());
      await assert.rejects(storage.db.deleteFrom('audit_log').execute());
      const rows = await storage.db.selectFrom('audit_log').select('action').execute();
      assert.deepEqual(
        rows.map((r) => r.action),
        ['organisation.created'],
      );
    });
    test('lists members and tokens to owners only, and never a token hash', async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      const world = await buildWorld(deps);
      await createApiToken(deps, {
        actor: world.ownerA.actor,
        organisationId: world.orgA.id,
        name: 'import',
        role: 'viewer',
      });
      const members = await listMembers(deps, { actor: world.ownerA.actor, organisationId: world.orgA.id });
      assert.deepEqual(members.map((m) => m.role).sort(), ['editor', 'owner', 'viewer']);
      await assert.rejects(
        listMembers(deps, { actor: world.viewerA.actor, organisationId: world.orgA.id }),
        code('forbidden'),
      );
      const tokens = await listApiTokens(deps, {
        actor: world.ownerA.actor,
        organisationId: world.orgA.id,
      });
      assert.equal(tokens.length, 1);
      assert.equal('token_hash' in (tokens[0] ?? {}), false);
      await assert.rejects(
        listApiTokens(deps, { actor: world.ownerB.actor, organisationId: world.orgA.id }),
        code('forbidden'),
      );
    });

    test("lists a user's own organisations with their role, all of them for an administrator", async (t) => {
      const { storage, deps } = await setup();
      t.after(() => storage.dispose());
      const world = await buildWorld(deps);
      const mine = await listMyOrganisations(deps, { actor: world.editorA.actor });
      assert.deepEqual(
        mine.map((o) => [o.id, o.role]),
        [[world.orgA.id, 'editor']],
      );
      assert.equal((await listMyOrganisations(deps, { actor: world.admin.actor })).length, 2);
      assert.deepEqual(await listMyOrganisations(deps, { actor: publicActor }), []);
    });

    test('drops failure counts once their window has passed', async (t) => {
      const { storage, deps, clock } = await setup();
      t.after(() => storage.dispose());
      await assert.rejects(
        authenticateUser(deps, { email: 'old@example.test', password: 'x', clientKey: 'a' }),
        code('unauthenticated'),
      );
      clock.advance(2 * 3600);
      await assert.rejects(
        authenticateUser(deps, { email: 'new@example.test', password: 'x', clientKey: 'b' }),
        code('unauthenticated'),
      );
      const rows = await storage.db.selectFrom('login_failures').selectAll().execute();
      assert.equal(rows.length, 3, 'only the three keys of the recent failure remain');
      assert.ok(rows.every((r) => r.last_failed_at === clock.now().toISOString()));
    });
  });
}
