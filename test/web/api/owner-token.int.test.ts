import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { systemActor } from '../../../src/core/access/actor.ts';
import { listAudit } from '../../../src/storage/repositories/audit-log.ts';
import { loadBreach } from '../../../src/storage/repositories/breaches.ts';
import { createApiToken } from '../../../src/use-cases/create-api-token.ts';
import { testDatabases } from '../../support/databases.ts';
import { apiWorld, json } from './api-support.ts';

type World = Awaited<ReturnType<typeof apiWorld>>;
type AuditPage = {
  items: { action: string; entityId: string; actor: { kind: string; tokenId: string | null } }[];
};

for (const engine of testDatabases) {
  describe(`API owner token on ${engine.name}`, { skip: engine.skip }, () => {
    let w: World;
    let ownerA = '';
    let ownerTokenId = '';
    before(async () => {
      w = await apiWorld(engine);
      const created = await createApiToken(w.deps, {
        actor: systemActor,
        organisationId: w.world.orgA.id,
        name: 'publishing system',
        role: 'owner',
      });
      ownerA = created.token;
      ownerTokenId = created.info.id;
    });
    after(async () => {
      await w?.close();
    });

    test("an owner token of A publishes and takes back A's breach, and the audit log names the token", async () => {
      const draft = w.breaches.draftA;
      const published = await w.call('POST', `/api/v1/breaches/${draft.id}/publish`, {
        token: ownerA,
        body: { version: draft.version },
      });
      assert.equal(published.statusCode, 200, published.body);
      assert.equal(json<{ status: string }>(published).status, 'published');
      assert.equal((await loadBreach(w.storage.db, draft.id))?.status, 'published');

      const anonymous = await w.call('GET', `/api/v1/breaches/${draft.id}`);
      assert.equal(anonymous.statusCode, 200);

      const version = (await loadBreach(w.storage.db, draft.id))?.version ?? 0;
      const unpublished = await w.call('POST', `/api/v1/breaches/${draft.id}/unpublish`, {
        token: ownerA,
        body: { version },
      });
      assert.equal(unpublished.statusCode, 200, unpublished.body);
      assert.equal((await loadBreach(w.storage.db, draft.id))?.status, 'draft');
      assert.equal((await w.call('GET', `/api/v1/breaches/${draft.id}`)).statusCode, 404);

      const entries = (await listAudit(w.storage.db, w.world.orgA.id, { limit: 500 })).entries.filter(
        (e) => e.entityId === draft.id,
      );
      const byToken = entries.filter((e) => e.actorTokenId === ownerTokenId).map((e) => e.action);
      assert.deepEqual(byToken.sort(), ['breach.published', 'breach.unpublished'].sort());
    });

    test("an owner token of A reads A's audit log, newest first", async () => {
      const response = await w.call(
        'GET',
        `/api/v1/organisations/${w.world.orgA.id}/audit-entries?pageSize=100`,
        {
          token: ownerA,
        },
      );
      assert.equal(response.statusCode, 200, response.body);
      const items = json<AuditPage>(response).items;
      assert.ok(items.length > 0);
      assert.ok(items.some((e) => e.actor.kind === 'api_token' && e.actor.tokenId === ownerTokenId));
    });

    test("an owner token of A gets 404 for B's draft on every endpoint, and nothing changes", async () => {
      const draft = w.breaches.draftB;
      const auditBefore = await listAudit(w.storage.db, w.world.orgB.id);
      const base = `/api/v1/breaches/${draft.id}`;
      const calls: { method: 'GET' | 'POST' | 'PATCH'; url: string; body?: unknown }[] = [
        { method: 'GET', url: base },
        { method: 'GET', url: `${base}/hibp` },
        { method: 'PATCH', url: base, body: { sector: 'finance', version: draft.version } },
        { method: 'POST', url: `${base}/publish`, body: { version: draft.version } },
        { method: 'POST', url: `${base}/unpublish`, body: { version: draft.version } },
      ];
      for (const call of calls) {
        const response = await w.call(call.method, call.url, { token: ownerA, body: call.body });
        assert.equal(response.statusCode, 404, `${call.method} ${call.url}`);
      }
      assert.deepEqual(await loadBreach(w.storage.db, draft.id), draft);
      assert.deepEqual(await listAudit(w.storage.db, w.world.orgB.id), auditBefore);
    });

    test("an owner token of A may not change B's published breach (403) nor read B's list or audit log (403)", async () => {
      const published = w.breaches.publishedB;
      for (const action of ['publish', 'unpublish']) {
        const response = await w.call('POST', `/api/v1/breaches/${published.id}/${action}`, {
          token: ownerA,
          body: { version: published.version },
        });
        assert.equal(response.statusCode, 403, action);
      }
      assert.deepEqual(await loadBreach(w.storage.db, published.id), published);
      for (const path of ['breaches', 'audit-entries']) {
        const response = await w.call('GET', `/api/v1/organisations/${w.world.orgB.id}/${path}`, {
          token: ownerA,
        });
        assert.equal(response.statusCode, 403, path);
      }
    });

    test('a token whose stored role is not a token role is refused with 401', async () => {
      const forged = await createApiToken(w.deps, {
        actor: systemActor,
        organisationId: w.world.orgA.id,
        name: 'altered row',
        role: 'viewer',
      });
      await w.storage.db
        .updateTable('api_tokens')
        .set({ role: 'admin' })
        .where('id', '=', forged.info.id)
        .execute();
      const response = await w.call('GET', `/api/v1/organisations/${w.world.orgA.id}/audit-entries`, {
        token: forged.token,
      });
      assert.equal(response.statusCode, 401);
    });
  });
}
