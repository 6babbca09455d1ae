import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { systemActor } from '../../src/core/access/actor.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import { authenticateUser } from '../../src/use-cases/authenticate-user.ts';
import { resetPassword } from '../../src/use-cases/reset-password.ts';
import { testDatabases } from '../support/databases.ts';

for (const engine of testDatabases) {
  describe(`resetPassword on ${engine.name}`, { skip: engine.skip }, () => {
    test('a demo start prints a fresh password that signs in, and the old one stops working', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const deps = { db: storage.db, clock: () => new Date() };
      const first = await seedDemo(deps);
      assert.ok(first.demoLogin.password);
      const second = await seedDemo(deps, { rotateDemoPassword: true });
      assert.ok(second.demoLogin.password);
      assert.notEqual(second.demoLogin.password, first.demoLogin.password);
      assert.deepEqual(second.created, [], 'rotating the password creates nothing else');
      const login = (password: string) =>
        authenticateUser(
          { ...deps, sessionSecret: 'x'.repeat(32) },
          { email: first.demoLogin.email, password, clientKey: '127.0.0.1' },
        );
      await assert.rejects(login(first.demoLogin.password));
      const user = await login(second.demoLogin.password);
      assert.equal(user.email, first.demoLogin.email);
      const audit = await storage.db
        .selectFrom('audit_log')
        .select(['action', 'after_json'])
        .where('action', '=', 'user.password_reset')
        .execute();
      assert.equal(audit.length, 1);
      assert.ok(!String(audit[0]?.after_json).includes(second.demoLogin.password));
    });

    test('refuses an unknown account and changes nothing', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const deps = { db: storage.db, clock: () => new Date() };
      await assert.rejects(
        resetPassword(deps, {
          actor: systemActor,
          email: 'niemand@voorbeeld.nl',
          password: 'a-long-new-password',
        }),
        (error: { code?: string }) => error.code === 'not_found',
      );
    });
  });
}
