import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { systemActor } from '../../../src/core/access/actor.ts';
import { loadBreach } from '../../../src/storage/repositories/breaches.ts';
import { publishBreach } from '../../../src/use-cases/publish-breach.ts';
import { registerBreach } from '../../../src/use-cases/register-breach.ts';
import { buildBreach } from '../../support/builders.ts';
import { testDatabases } from '../../support/databases.ts';
import { apiWorld, invalidNames, json } from './api-support.ts';

type World = Awaited<ReturnType<typeof apiWorld>>;
type Hibp = Record<string, unknown> & { DataClasses: string[]; PwnCount: number };
interface ImportResult {
  breach: {
    id: string;
    status: string;
    dataCategories: string[];
    peopleAffected: number | null;
    organisation: { id: string };
  };
  dataClasses: { name: string; categoryId: string | null }[];
  unknownDataClasses: string[];
  notCarriedOver: string[];
}

const hibpFields = [
  'AddedDate',
  'BreachDate',
  'DataClasses',
  'Description',
  'Domain',
  'IsFabricated',
  'IsMalware',
  'IsRetired',
  'IsSensitive',
  'IsSpamList',
  'IsVerified',
  'ModifiedDate',
  'Name',
  'PwnCount',
  'Title',
];

for (const engine of testDatabases) {
  describe(`API Have I Been Pwned export and import on ${engine.name}`, { skip: engine.skip }, () => {
    let w: World;
    let breachId: string;
    before(async () => {
      w = await apiWorld(engine);
      const draft = await registerBreach(w.deps, {
        actor: systemActor,
        ...buildBreach(w.world.orgA.id, {
          occurredOn: '2025-06-30',
          description: { nl: 'Klantgegevens <lekten> uit.', en: 'Customer data & "notes" <leaked>.' },
          dataCategories: ['bsn', 'email', 'name', 'health_data', 'gp_name'],
        }),
      });
      const published = await publishBreach(w.deps, {
        actor: systemActor,
        breachId: draft.id,
        expectedVersion: draft.version,
      });
      breachId = published.id;
    });
    after(async () => {
      await w?.close();
    });

    test('exports exactly the HIBP fields with mapped data classes, count and escaped description', async () => {
      const response = await w.call('GET', `/api/v1/breaches/${breachId}/hibp`);
      assert.equal(response.statusCode, 200);
      const hibp = json<Hibp>(response);
      assert.deepEqual(Object.keys(hibp).sort(), hibpFields);
      assert.deepEqual(hibp.DataClasses, [
        'Email addresses',
        'Names',
        'Personal health data',
        'Social security numbers',
      ]);
      assert.equal(hibp.PwnCount, 1200);
      assert.equal(hibp.BreachDate, '2025-06-30');
      assert.equal(hibp.Domain, new URL(w.world.orgA.website ?? '').hostname);
      assert.equal(hibp.Description, 'Customer data &amp; &quot;notes&quot; &lt;leaked&gt;.');
      assert.equal(hibp.IsVerified, true);
      assert.match(String(hibp.AddedDate), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    });

    test('round trip: importing the export gives the same data classes and count', async () => {
      const exported = json<Hibp>(await w.call('GET', `/api/v1/breaches/${breachId}/hibp`));
      const imported = await w.call('POST', '/api/v1/breaches/import/hibp', {
        token: w.tokens.editorB,
        body: exported,
      });
      assert.equal(imported.statusCode, 201);
      const result = json<ImportResult>(imported);
      assert.equal(result.breach.status, 'draft');
      assert.equal(result.breach.organisation.id, w.world.orgB.id);
      assert.equal(result.breach.peopleAffected, exported.PwnCount);
      assert.deepEqual(result.unknownDataClasses, []);
      assert.equal(
        imported.headers.location,
        `https://datalekwijzer.test/api/v1/breaches/${result.breach.id}`,
      );
      const again = json<Hibp>(
        await w.call('GET', `/api/v1/breaches/${result.breach.id}/hibp`, { token: w.tokens.editorB }),
      );
      assert.deepEqual(again.DataClasses, exported.DataClasses);
      assert.equal(again.PwnCount, exported.PwnCount);
      assert.equal(again.BreachDate, exported.BreachDate);
      assert.equal(again.Title, exported.Title);
      const stored = await loadBreach(w.storage.db, result.breach.id);
      assert.equal(stored?.description.en, 'Customer data & "notes" <leaked>.');
    });

    test('reports unknown data classes instead of dropping them, and records them as other', async () => {
      const response = await w.call('POST', '/api/v1/breaches/import/hibp', {
        token: w.tokens.editorA,
        body: {
          Name: 'ShoeShop',
          Title: 'Shoe shop',
          Domain: 'shoes.example',
          BreachDate: '2024-01-02',
          PwnCount: 12,
          Description: 'Sizes leaked.',
          DataClasses: ['Email addresses', 'Shoe sizes', 'Favourite colours'],
          LogoPath: 'https://example.com/logo.png',
        },
      });
      assert.equal(response.statusCode, 201);
      const result = json<ImportResult>(response);
      assert.deepEqual(result.unknownDataClasses, ['Shoe sizes', 'Favourite colours']);
      assert.deepEqual(result.dataClasses, [
        { name: 'Email addresses', categoryId: 'email' },
        { name: 'Shoe sizes', categoryId: null },
        { name: 'Favourite colours', categoryId: null },
      ]);
      assert.deepEqual(result.breach.dataCategories, ['email', 'other']);
      assert.deepEqual(result.notCarriedOver, ['Domain']);
      const stored = await loadBreach(w.storage.db, result.breach.id);
      assert.equal(stored?.slug, 'shoeshop', 'the HIBP Name is kept as the address');
    });

    test('rejects an HIBP record with every wrong field at once', async () => {
      const response = await w.call('POST', '/api/v1/breaches/import/hibp', {
        token: w.tokens.editorA,
        body: { Name: '', BreachDate: '06-07-2025', PwnCount: -1, DataClasses: 'Names' },
      });
      assert.equal(response.statusCode, 400);
      assert.deepEqual(invalidNames(response), ['BreachDate', 'DataClasses', 'Name', 'PwnCount', 'Title']);
    });

    test('import needs an editor token; export of another organisation’s draft is 404', async () => {
      const exported = json<Hibp>(await w.call('GET', `/api/v1/breaches/${breachId}/hibp`));
      assert.equal(
        (await w.call('POST', '/api/v1/breaches/import/hibp', { body: exported })).statusCode,
        401,
      );
      const viewer = await w.call('POST', '/api/v1/breaches/import/hibp', {
        token: w.tokens.viewerA,
        body: exported,
      });
      assert.equal(viewer.statusCode, 403);
      const draft = await w.call('GET', `/api/v1/breaches/${w.breaches.draftB.id}/hibp`, {
        token: w.tokens.editorA,
      });
      assert.equal(draft.statusCode, 404);
    });
  });
}
