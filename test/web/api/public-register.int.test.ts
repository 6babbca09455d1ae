import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { systemActor } from '../../../src/core/access/actor.ts';
import { addBreachUpdate } from '../../../src/use-cases/add-breach-update.ts';
import { publishBreach } from '../../../src/use-cases/publish-breach.ts';
import { registerBreach } from '../../../src/use-cases/register-breach.ts';
import { buildBreach } from '../../support/builders.ts';
import { testDatabases } from '../../support/databases.ts';
import { apiWorld, invalidNames, json } from './api-support.ts';

type World = Awaited<ReturnType<typeof apiWorld>>;
interface Page {
  items: { id: string; sector: string; peopleAffected: number | null; dataCategories: string[] }[];
  page: number;
  pageSize: number;
  totalCount: number;
  pageCount: number;
  _links: Record<string, { href: string } | undefined>;
}

const sqlite = testDatabases.filter((engine) => engine.name === 'sqlite');

for (const engine of sqlite) {
  describe(`API public register on ${engine.name}`, () => {
    let w: World;
    let health: { id: string; version: number };
    before(async () => {
      w = await apiWorld(engine);
      // A third public breach that differs in sector, size, data and date, with an update.
      const draft = await registerBreach(w.deps, {
        actor: systemActor,
        ...buildBreach(w.world.orgA.id, {
          title: { nl: 'Lek bij het laboratorium', en: 'Leak at the laboratory' },
          sector: 'healthcare',
          discoveredOn: '2025-07-06',
          authorityNotifiedOn: '2025-07-09',
          victimsNotifiedOn: '2025-08-11',
          dataCategories: ['bsn', 'medical_test_result', 'name'],
          peopleAffected: {
            count: 485_000,
            effectiveOn: '2025-08-11',
            reason: { nl: 'Eerste telling.', en: 'First count.' },
          },
        }),
      });
      const update = await addBreachUpdate(w.deps, {
        actor: systemActor,
        breachId: draft.id,
        expectedVersion: draft.version,
        publishedOn: '2025-08-11',
        text: { nl: 'Brieven verstuurd.', en: 'Letters sent.' },
      });
      health = await publishBreach(w.deps, {
        actor: systemActor,
        breachId: draft.id,
        expectedVersion: update.version,
      });
    });
    after(async () => {
      await w?.close();
    });

    test('lists published breaches with counts and HAL links that keep the filters', async () => {
      const first = await w.call('GET', '/api/v1/breaches?pageSize=2&sort=oldest');
      assert.equal(first.statusCode, 200);
      const page = json<Page>(first);
      assert.equal(page.totalCount, 3);
      assert.equal(page.pageCount, 2);
      assert.equal(page.items.length, 2);
      assert.equal(page._links.prev, undefined);
      assert.equal(
        page._links.next?.href,
        'https://datalekwijzer.test/api/v1/breaches?sort=oldest&page=2&pageSize=2',
      );
      const second = json<Page>(
        await w.call(
          'GET',
          new URL(page._links.next?.href ?? '').pathname + new URL(page._links.next?.href ?? '').search,
        ),
      );
      assert.equal(second.items.length, 1);
      assert.equal(second._links.next, undefined);
      assert.ok(second._links.prev);
      assert.equal(first.headers['api-version'], '1.1.0');
    });

    test('filters by sector, kinds of data, size, date range and words', async () => {
      const ids = async (query: string) =>
        json<Page>(await w.call('GET', `/api/v1/breaches?${query}`)).items.map((b) => b.id);
      assert.deepEqual(await ids('sector=healthcare'), [health.id]);
      assert.deepEqual(await ids('categories=bsn,medical_test_result'), [health.id]);
      assert.deepEqual(await ids('categories=bsn&categories=name'), [health.id]);
      assert.deepEqual(await ids('minPeople=100000'), [health.id]);
      assert.deepEqual(await ids('from=2025-07-01&to=2025-07-31'), [health.id]);
      assert.deepEqual(await ids('query=laboratorium'), [health.id]);
      assert.equal((await ids('maxPeople=2000')).length, 2);
    });

    test('reports every wrong filter at once as problem+json', async () => {
      const response = await w.call(
        'GET',
        '/api/v1/breaches?sector=space&from=yesterday&pageSize=1000&categories=bsn,shoe_size',
      );
      assert.equal(response.statusCode, 400);
      assert.deepEqual(invalidNames(response), ['categories.1', 'from', 'pageSize', 'sector']);
      const problem = json<Record<string, unknown>>(response);
      assert.equal(problem.status, 400);
      assert.equal(problem.instance, '/api/v1/breaches');
      assert.equal(typeof problem.type, 'string');
      assert.equal(typeof problem.title, 'string');
      assert.equal(typeof problem.detail, 'string');
    });

    test('shows one breach with timeline, count history, data, helpline, updates, sources and speed', async () => {
      const response = await w.call('GET', `/api/v1/breaches/${health.id}`);
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers.etag, `"${health.version}"`);
      const b = json<{
        dates: Record<string, string | null>;
        speed: Record<string, number | null>;
        countRevisions: { peopleAffected: number }[];
        updates: { text: { en: string } }[];
        helpline: { phone: string } | null;
        sources: unknown[];
        recipientGroups: unknown[];
        dataCategories: string[];
      }>(response);
      assert.equal(b.dates.discoveredOn, '2025-07-06');
      assert.deepEqual(b.speed, {
        daysDiscoveryToAuthority: 3,
        daysDiscoveryToVictims: 36,
        daysDiscoveryToController: null,
      });
      assert.deepEqual(
        b.countRevisions.map((r) => r.peopleAffected),
        [485_000],
      );
      assert.equal(b.updates[0]?.text.en, 'Letters sent.');
      assert.equal(b.helpline?.phone, '0800-0000');
      assert.equal(b.sources.length, 1);
      assert.equal(b.recipientGroups.length, 1);
      assert.deepEqual(b.dataCategories, ['bsn', 'medical_test_result', 'name']);
    });

    test('answers a draft, an unknown id, a trailing slash and an unknown path with problem+json 404', async () => {
      for (const url of [`/api/v1/breaches/${w.breaches.draftA.id}`, '/api/v1/breaches/no-such-breach']) {
        const response = await w.call('GET', url);
        assert.equal(response.statusCode, 404, url);
        assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      }
      // ADR: no trailing slashes; the document has none, so the API does not answer them either.
      const slash = await w.app.inject({ method: 'GET', url: '/api/v1/breaches/' });
      assert.equal(slash.statusCode, 404);
      assert.equal(slash.headers['content-type'], 'application/problem+json; charset=utf-8');
      const unknown = await w.app.inject({ method: 'GET', url: '/api/v1/unknown-things' });
      assert.equal(unknown.statusCode, 404);
      assert.equal(unknown.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(unknown.headers['api-version'], '1.1.0');
    });

    test('never puts a token in a link or a problem', async () => {
      const response = await w.call('GET', '/api/v1/breaches', { token: w.tokens.editorA });
      assert.equal(response.statusCode, 200);
      assert.ok(!response.body.includes(w.tokens.editorA));
      const refused = await w.call('GET', '/api/v1/breaches', { token: `${w.tokens.editorA}x` });
      assert.ok(!refused.body.includes(w.tokens.editorA));
    });

    test('serves the OpenAPI document at a stable URL, in English problem titles on request', async () => {
      const response = await w.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      assert.equal(response.statusCode, 200);
      assert.equal(json<{ openapi: string }>(response).openapi, '3.1.0');
      const english = await w.app.inject({
        method: 'GET',
        url: '/api/v1/breaches/nothing-here',
        headers: { 'accept-language': 'en-GB,en;q=0.8' },
      });
      assert.equal(json<{ title: string }>(english).title, 'This page or item does not exist.');
    });
  });
}
