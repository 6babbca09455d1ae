import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listAudit } from '../../../src/storage/repositories/audit-log.ts';
import {
  listBreachUpdates,
  listCountRevisions,
  loadBreach,
} from '../../../src/storage/repositories/breaches.ts';
import { breakAuditInserts } from '../../support/audit-failure.ts';
import { buildBreach } from '../../support/builders.ts';
import { testDatabases } from '../../support/databases.ts';
import { apiWorld, invalidNames, json } from './api-support.ts';

type World = Awaited<ReturnType<typeof apiWorld>>;
interface BreachBody {
  id: string;
  version: number;
  status: string;
  sector: string;
  title: { nl: string; en: string };
  peopleAffected: number | null;
  dataCategories: string[];
  updates: unknown[];
}

/** A create body built from the shared fixture, without the organisation (the token decides). */
function createBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { organisationId: _organisationId, ...body } = buildBreach('unused');
  return { ...body, ...overrides };
}

for (const engine of testDatabases) {
  describe(`API breach writes on ${engine.name}`, { skip: engine.skip }, () => {
    let w: World;
    before(async () => {
      w = await apiWorld(engine);
    });
    after(async () => {
      await w?.close();
    });

    /** The stored breach and the organisation's audit log, to prove a failed call changed nothing. */
    async function snapshot(breachId: string) {
      return {
        breach: await loadBreach(w.storage.db, breachId),
        counts: await listCountRevisions(w.storage.db, breachId),
        updates: await listBreachUpdates(w.storage.db, breachId),
        audit: await listAudit(w.storage.db, w.world.orgA.id),
      };
    }

    test('creates a draft for the token’s organisation with Location, ETag and an audit entry', async () => {
      const response = await w.call('POST', '/api/v1/breaches', {
        token: w.tokens.editorA,
        body: createBody(),
      });
      assert.equal(response.statusCode, 201);
      const body = json<BreachBody & { organisation: { id: string } }>(response);
      assert.equal(body.status, 'draft');
      assert.equal(body.organisation.id, w.world.orgA.id);
      assert.equal(response.headers.location, `https://datalekwijzer.test/api/v1/breaches/${body.id}`);
      assert.equal(response.headers.etag, '"1"');
      const audit = await listAudit(w.storage.db, w.world.orgA.id);
      const entry = audit.entries.find((e) => e.entityId === body.id);
      assert.equal(entry?.action, 'breach.registered');
      assert.equal(entry?.actorKind, 'api_token');
      const own = await w.call('GET', `/api/v1/organisations/${w.world.orgA.id}/breaches?status=draft`, {
        token: w.tokens.viewerA,
      });
      assert.ok(json<{ items: { id: string }[] }>(own).items.some((b) => b.id === body.id));
    });

    test('lists every wrong field of a create at once, unknown fields included, and stores nothing', async () => {
      const before = await listAudit(w.storage.db, w.world.orgA.id);
      const response = await w.call('POST', '/api/v1/breaches', {
        token: w.tokens.editorA,
        body: createBody({
          title: { nl: '', en: 'Leak' },
          sector: 'space',
          discoveredOn: '2026-13-01',
          dataCategories: ['bsn', 'shoe_size'],
          helpline: { phone: 'call us', hours: null, url: 'ftp://x' },
          titel: 'typo',
        }),
      });
      assert.equal(response.statusCode, 400);
      assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.deepEqual(invalidNames(response), [
        'dataCategories.1',
        'discoveredOn',
        'helpline.phone',
        'helpline.url',
        'sector',
        'titel',
        'title.nl',
      ]);
      assert.deepEqual(await listAudit(w.storage.db, w.world.orgA.id), before);
    });

    test('says that a body is not valid JSON, as a field error of the root, and stores nothing', async () => {
      const before = await listAudit(w.storage.db, w.world.orgA.id);
      const response = await w.app.inject({
        method: 'POST',
        url: '/api/v1/breaches',
        headers: { authorization: `Bearer ${w.tokens.editorA}`, 'content-type': 'application/json' },
        payload: '{"title": {"nl": "Lek"',
      });
      assert.equal(response.statusCode, 400);
      assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.deepEqual(invalidNames(response), ['(root)']);
      assert.deepEqual(await listAudit(w.storage.db, w.world.orgA.id), before);
    });

    test('reports date-order mistakes found by the use case under the API’s field names', async () => {
      const response = await w.call('POST', '/api/v1/breaches', {
        token: w.tokens.editorA,
        body: createBody({ discoveredOn: '2026-02-10', authorityNotifiedOn: '2026-02-01' }),
      });
      assert.equal(response.statusCode, 400);
      assert.deepEqual(invalidNames(response), ['authorityNotifiedOn']);
    });

    test('words a use-case field error in Dutch by default and in English when asked, and says which', async () => {
      const body = createBody({ discoveredOn: '2026-02-10', authorityNotifiedOn: '2026-02-01' });
      const reasons = async (headers: Record<string, string>) => {
        const response = await w.call('POST', '/api/v1/breaches', { token: w.tokens.editorA, body, headers });
        assert.equal(response.statusCode, 400);
        assert.match(String(response.headers.vary), /Accept-Language/i);
        const problem = json<{ title: string; invalidParams: { name: string; reason: string }[] }>(response);
        return {
          lang: response.headers['content-language'],
          title: problem.title,
          ...problem.invalidParams[0],
        };
      };
      assert.deepEqual(await reasons({}), {
        lang: 'nl',
        title: 'Niet alle gegevens zijn goed ingevuld.',
        name: 'authorityNotifiedOn',
        reason: 'Deze datum ligt voor de dag waarop het lek is ontdekt.',
      });
      assert.deepEqual(await reasons({ 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' }), {
        lang: 'en',
        title: 'Some of the information is not filled in correctly.',
        name: 'authorityNotifiedOn',
        reason: 'This date is before the date of discovery.',
      });
      assert.equal((await reasons({ 'accept-language': 'de, nl;q=0.8, en;q=0.5' })).lang, 'nl');
    });

    test('words a slug already in use in the language asked for', async () => {
      const first = await w.call('POST', '/api/v1/breaches', {
        token: w.tokens.editorA,
        body: createBody({ slug: 'twice-registered' }),
      });
      assert.equal(first.statusCode, 201);
      const again = (lang: string) =>
        w.call('POST', '/api/v1/breaches', {
          token: w.tokens.editorA,
          body: createBody({ slug: 'twice-registered' }),
          headers: { 'accept-language': lang },
        });
      const reasonOf = (response: Awaited<ReturnType<typeof again>>) =>
        json<{ invalidParams: { name: string; reason: string }[] }>(response).invalidParams.find(
          (p) => p.name === 'slug',
        )?.reason;
      assert.match(reasonOf(await again('nl')) ?? '', /^Dit adres is al in gebruik\./);
      assert.match(reasonOf(await again('en')) ?? '', /^This address is already in use\./);
    });

    test('updates with If-Match, returns the new ETag, and answers a stale If-Match with 412', async () => {
      const { id, version } = w.breaches.draftA;
      const response = await w.call('PATCH', `/api/v1/breaches/${id}`, {
        token: w.tokens.editorA,
        body: { sector: 'finance', victimsNotifiedOn: null },
        headers: { 'if-match': `"${version}"` },
      });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers.etag, `"${version + 1}"`);
      assert.equal(json<BreachBody>(response).sector, 'finance');
      const before = await snapshot(id);
      const stale = await w.call('PATCH', `/api/v1/breaches/${id}`, {
        token: w.tokens.editorA,
        body: { sector: 'energy' },
        headers: { 'if-match': `"${version}"` },
      });
      assert.equal(stale.statusCode, 412);
      assert.deepEqual(await snapshot(id), before);
    });

    test('answers a stale version field with 409 and a missing version with 400, changing nothing', async () => {
      const { id } = w.breaches.draftA;
      const before = await snapshot(id);
      const stale = await w.call('PATCH', `/api/v1/breaches/${id}`, {
        token: w.tokens.editorA,
        body: { sector: 'energy', version: 1 },
      });
      assert.equal(stale.statusCode, 409);
      const missing = await w.call('PATCH', `/api/v1/breaches/${id}`, {
        token: w.tokens.editorA,
        body: { sector: 'energy' },
      });
      assert.equal(missing.statusCode, 400);
      assert.deepEqual(invalidNames(missing), ['version']);
      assert.deepEqual(await snapshot(id), before);
    });

    test('a failed update leaves the breach and the audit log unchanged (every wrong field listed)', async () => {
      const { id } = w.breaches.draftA;
      const current = (await loadBreach(w.storage.db, id))?.version ?? 0;
      const before = await snapshot(id);
      const response = await w.call('PATCH', `/api/v1/breaches/${id}`, {
        token: w.tokens.editorA,
        body: {
          sector: 'finance',
          title: { nl: 'Nieuw', en: '' },
          recipientGroups: [{ name: { nl: 'Klanten', en: 'Customers' }, certainty: 'maybe', count: -1 }],
          version: current,
        },
      });
      assert.equal(response.statusCode, 400);
      assert.deepEqual(invalidNames(response), [
        'recipientGroups.0.certainty',
        'recipientGroups.0.count',
        'title.en',
      ]);
      assert.deepEqual(await snapshot(id), before);
    });

    test('accepts a JSON merge patch body', async () => {
      const { id } = w.breaches.draftA;
      const current = (await loadBreach(w.storage.db, id))?.version ?? 0;
      const response = await w.app.inject({
        method: 'PATCH',
        url: `/api/v1/breaches/${id}`,
        headers: {
          authorization: `Bearer ${w.tokens.editorA}`,
          'content-type': 'application/merge-patch+json',
          'if-match': `"${current}"`,
        },
        payload: JSON.stringify({ dataCategories: ['bsn', 'name'] }),
      });
      w.checker.check('PATCH', `/api/v1/breaches/${id}`, response);
      assert.equal(response.statusCode, 200);
      assert.deepEqual(json<BreachBody>(response).dataCategories, ['bsn', 'name']);
    });

    test('revises the count: history kept, newest count current, version raised', async () => {
      const { id } = w.breaches.draftA;
      const current = (await loadBreach(w.storage.db, id))?.version ?? 0;
      const response = await w.call('POST', `/api/v1/breaches/${id}/count-revisions`, {
        token: w.tokens.editorA,
        body: {
          count: 2400,
          effectiveOn: '2026-02-15',
          reason: { nl: 'Meer klanten geraakt.', en: 'More customers hit.' },
        },
        headers: { 'if-match': `"${current}"` },
      });
      assert.equal(response.statusCode, 201);
      const body = json<{
        peopleAffected: number;
        version: number;
        countRevisions: { peopleAffected: number }[];
      }>(response);
      assert.equal(body.peopleAffected, 2400);
      assert.equal(body.version, current + 1);
      assert.deepEqual(
        body.countRevisions.map((r) => r.peopleAffected),
        [1200, 2400],
      );
      assert.equal(response.headers.etag, `"${current + 1}"`);
    });

    test('rejects a count revision with every wrong field and records nothing', async () => {
      const { id } = w.breaches.draftA;
      const before = await snapshot(id);
      const response = await w.call('POST', `/api/v1/breaches/${id}/count-revisions`, {
        token: w.tokens.editorA,
        body: {
          count: -5,
          effectiveOn: 'soon',
          reason: { nl: '', en: 'x' },
          version: before.breach?.version,
        },
      });
      assert.equal(response.statusCode, 400);
      assert.deepEqual(invalidNames(response), ['count', 'effectiveOn', 'reason.nl']);
      assert.deepEqual(await snapshot(id), before);
    });

    test('adds a dated update to the timeline, visible in the breach', async () => {
      const { id } = w.breaches.draftA;
      const current = (await loadBreach(w.storage.db, id))?.version ?? 0;
      const response = await w.call('POST', `/api/v1/breaches/${id}/updates`, {
        token: w.tokens.editorA,
        body: {
          publishedOn: '2026-02-21',
          text: { nl: 'Brieven verstuurd.', en: 'Letters sent.' },
          version: current,
        },
      });
      assert.equal(response.statusCode, 201);
      assert.equal(json<{ version: number }>(response).version, current + 1);
      const detail = await w.call('GET', `/api/v1/breaches/${id}`, { token: w.tokens.viewerA });
      assert.equal(json<BreachBody>(detail).updates.length, 1);
    });

    test('rolls every write back when its audit entry cannot be written', async () => {
      const isolated = await apiWorld(engine);
      const { storage } = isolated;
      try {
        const { id, version } = isolated.breaches.draftA;
        const state = async () => ({
          breach: await loadBreach(storage.db, id),
          counts: await listCountRevisions(storage.db, id),
          updates: await listBreachUpdates(storage.db, id),
          audit: await listAudit(storage.db, isolated.world.orgA.id),
          drafts: (await storage.db.selectFrom('breaches').select('id').execute()).length,
        });
        const before = await state();
        await breakAuditInserts(storage.db, storage.dialect);
        const writes: { method: 'POST' | 'PATCH'; url: string; body: unknown }[] = [
          { method: 'PATCH', url: `/api/v1/breaches/${id}`, body: { sector: 'finance', version } },
          {
            method: 'POST',
            url: `/api/v1/breaches/${id}/count-revisions`,
            body: { count: 9, effectiveOn: '2026-02-11', reason: { nl: 'Telling.', en: 'Count.' }, version },
          },
          {
            method: 'POST',
            url: `/api/v1/breaches/${id}/updates`,
            body: { publishedOn: '2026-02-11', text: { nl: 'Nieuws.', en: 'News.' }, version },
          },
          { method: 'POST', url: '/api/v1/breaches', body: createBody() },
          {
            method: 'POST',
            url: '/api/v1/breaches/import/hibp',
            body: { Name: 'X', Title: 'X', BreachDate: '2025-01-01', PwnCount: 3, DataClasses: ['Names'] },
          },
        ];
        for (const write of writes) {
          const response = await isolated.call(write.method, write.url, {
            token: isolated.tokens.editorA,
            body: write.body,
          });
          assert.equal(response.statusCode, 500, write.url);
          assert.doesNotMatch(json<{ detail: string }>(response).detail, /audit insert refused/);
        }
        assert.deepEqual(await state(), before);
      } finally {
        await isolated.close();
      }
    });
  });
}
