import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { systemActor } from '../../../src/core/access/actor.ts';
import { listAudit } from '../../../src/storage/repositories/audit-log.ts';
import { loadBreach } from '../../../src/storage/repositories/breaches.ts';
import { createApiToken } from '../../../src/use-cases/create-api-token.ts';
import { revokeApiToken } from '../../../src/use-cases/revoke-api-token.ts';
import { testDatabases } from '../../support/databases.ts';
import { apiWorld, json } from './api-support.ts';

type World = Awaited<ReturnType<typeof apiWorld>>;
type Method = 'GET' | 'POST' | 'PATCH';

/** Every endpoint that names one breach, with a valid body, so only access decides the answer. */
function breachCalls(breachId: string): { method: Method; url: string; body?: unknown; write: boolean }[] {
  const base = `/api/v1/breaches/${breachId}`;
  return [
    { method: 'GET', url: base, write: false },
    { method: 'GET', url: `${base}/hibp`, write: false },
    { method: 'PATCH', url: base, body: { sector: 'finance', version: 99 }, write: true },
    {
      method: 'POST',
      url: `${base}/count-revisions`,
      body: {
        count: 5,
        effectiveOn: '2026-02-10',
        reason: { nl: 'Nieuwe telling.', en: 'New count.' },
        version: 99,
      },
      write: true,
    },
    {
      method: 'POST',
      url: `${base}/updates`,
      body: { publishedOn: '2026-02-10', text: { nl: 'Nieuws.', en: 'News.' }, version: 99 },
      write: true,
    },
    { method: 'POST', url: `${base}/publish`, body: { version: 99 }, write: true },
    { method: 'POST', url: `${base}/unpublish`, body: { version: 99 }, write: true },
  ];
}

for (const engine of testDatabases) {
  describe(`API access matrix on ${engine.name}`, { skip: engine.skip }, () => {
    let w: World;
    before(async () => {
      w = await apiWorld(engine);
    });
    after(async () => {
      await w?.close();
    });

    test("a token of organisation A gets 404 for B's draft on every endpoint, and nothing changes", async () => {
      const draft = w.breaches.draftB;
      const auditBefore = await listAudit(w.storage.db, w.world.orgB.id);
      for (const call of breachCalls(draft.id)) {
        for (const token of [w.tokens.editorA, w.tokens.viewerA]) {
          const response = await w.call(call.method, call.url, { token, body: call.body });
          assert.equal(response.statusCode, 404, `${call.method} ${call.url}`);
          assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
          // The answer is the same as for an id that does not exist: nothing leaks.
          const unknown = await w.call(call.method, call.url.replace(draft.id, 'no-such-breach'), {
            token,
            body: call.body,
          });
          assert.equal(unknown.statusCode, 404);
          assert.deepEqual(
            { ...json<Record<string, unknown>>(response), instance: '' },
            { ...json<Record<string, unknown>>(unknown), instance: '' },
            `${call.method} ${call.url}: a draft must look exactly like a missing breach`,
          );
        }
      }
      assert.deepEqual(await loadBreach(w.storage.db, draft.id), draft);
      assert.deepEqual(await listAudit(w.storage.db, w.world.orgB.id), auditBefore);
    });

    test("without a token, B's draft is 404 to read and every write is 401", async () => {
      for (const call of breachCalls(w.breaches.draftB.id)) {
        const response = await w.call(call.method, call.url, { body: call.body });
        assert.equal(response.statusCode, call.write ? 401 : 404, `${call.method} ${call.url}`);
        if (call.write) assert.match(String(response.headers['www-authenticate']), /^Bearer/);
      }
    });

    test("a token of organisation A may read B's published breach but change it on no endpoint (403)", async () => {
      const published = w.breaches.publishedB;
      for (const call of breachCalls(published.id)) {
        const response = await w.call(call.method, call.url, { token: w.tokens.editorA, body: call.body });
        assert.equal(response.statusCode, call.write ? 403 : 200, `${call.method} ${call.url}`);
      }
      assert.deepEqual(await loadBreach(w.storage.db, published.id), published);
    });

    test("organisation A's tokens cannot list B's breaches or read B's audit log", async () => {
      for (const path of ['breaches', 'audit-entries']) {
        const response = await w.call('GET', `/api/v1/organisations/${w.world.orgB.id}/${path}`, {
          token: w.tokens.editorA,
        });
        assert.equal(response.statusCode, 403, path);
      }
    });

    test('a viewer token reads its own drafts but cannot change them on any endpoint (403)', async () => {
      const draft = w.breaches.draftA;
      for (const call of breachCalls(draft.id)) {
        const response = await w.call(call.method, call.url, { token: w.tokens.viewerA, body: call.body });
        assert.equal(response.statusCode, call.write ? 403 : 200, `${call.method} ${call.url}`);
      }
      const list = await w.call('GET', `/api/v1/organisations/${w.world.orgA.id}/breaches`, {
        token: w.tokens.viewerA,
      });
      assert.equal(list.statusCode, 200);
      const created = await w.call('POST', '/api/v1/breaches', {
        token: w.tokens.viewerA,
        body: {
          title: { nl: 'Lek', en: 'Leak' },
          sector: 'retail',
          description: { nl: 'Tekst.', en: 'Text.' },
        },
      });
      assert.equal(created.statusCode, 403);
      assert.deepEqual(await loadBreach(w.storage.db, draft.id), draft);
    });

    test('an editor token may not publish, unpublish or read the audit log: those are for owners', async () => {
      const own = w.breaches.draftA;
      for (const action of ['publish', 'unpublish']) {
        const response = await w.call('POST', `/api/v1/breaches/${own.id}/${action}`, {
          token: w.tokens.editorA,
          body: { version: own.version },
        });
        assert.equal(response.statusCode, 403, action);
      }
      const audit = await w.call('GET', `/api/v1/organisations/${w.world.orgA.id}/audit-entries`, {
        token: w.tokens.editorA,
      });
      assert.equal(audit.statusCode, 403);
    });

    test('without a token only published and closed breaches are listed', async () => {
      const response = await w.call('GET', '/api/v1/breaches?pageSize=100');
      const ids = json<{ items: { id: string; status: string }[] }>(response).items.map((b) => b.id);
      assert.ok(ids.includes(w.breaches.publishedA.id) && ids.includes(w.breaches.publishedB.id));
      assert.ok(!ids.includes(w.breaches.draftA.id) && !ids.includes(w.breaches.draftB.id));
      const own = await w.call('GET', `/api/v1/organisations/${w.world.orgA.id}/breaches`);
      assert.equal(own.statusCode, 401);
    });

    test('a malformed, unknown or revoked token is refused with 401 even on public reads', async () => {
      const revoked = await createApiToken(w.deps, {
        actor: systemActor,
        organisationId: w.world.orgA.id,
        name: 'old',
        role: 'editor',
      });
      await revokeApiToken(w.deps, { actor: systemActor, tokenId: revoked.info.id });
      const headers = [
        'Bearer nonsense',
        'Basic dXNlcjpwYXNz',
        `Bearer ${w.tokens.editorA}x`,
        `Bearer ${revoked.token}`,
      ];
      for (const header of headers) {
        const response = await w.app.inject({
          method: 'GET',
          url: '/api/v1/breaches',
          headers: { authorization: header },
        });
        w.checker.check('GET', '/api/v1/breaches', response);
        assert.equal(response.statusCode, 401, header.slice(0, 12));
        assert.match(String(response.headers['www-authenticate']), /error="invalid_token"/);
      }
    });
  });
}
