import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { systemActor } from '../../../src/core/access/actor.ts';
import { loadBreach } from '../../../src/storage/repositories/breaches.ts';
import { createApiToken } from '../../../src/use-cases/create-api-token.ts';
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
  updated: boolean;
  descriptionLanguage: string;
  changes: { field: string; imported: unknown; exported: unknown }[];
}

/** HIBP API v3's breach model, every field (https://haveibeenpwned.com/API/v3#BreachModel). */
const hibpFields = [
  'AddedDate',
  'Attribution',
  'BreachDate',
  'DataClasses',
  'Description',
  'Domain',
  'IsFabricated',
  'IsMalware',
  'IsRetired',
  'IsSensitive',
  'IsSpamList',
  'IsStealerLog',
  'IsSubscriptionFree',
  'IsVerified',
  'LogoPath',
  'ModifiedDate',
  'Name',
  'PwnCount',
  'Title',
];

/**
 * A full record in the shape HIBP API v3 returns for GET /breach/{name} (field names, order,
 * value formats and an HTML description with a link as on haveibeenpwned.com; the breach is
 * made up). "Purchases" and "Device information" are real HIBP data classes
 * (/work/shared/facts/hibp-data-classes.txt) the knowledge base does not map.
 */
const fullRecord = {
  Name: 'ExampleShopNL',
  Title: 'Example Shop',
  Domain: 'shop.example',
  BreachDate: '2025-03-14',
  AddedDate: '2025-06-02T08:15:27Z',
  ModifiedDate: '2025-06-03T10:01:44Z',
  PwnCount: 48213,
  Description:
    'In March 2025, the online store Example Shop suffered a data breach that exposed the data of 48k customers. The data included names, email addresses and <a href="https://shop.example/notice" target="_blank" rel="noopener">purchase histories</a>, and was later sold on a hacking forum.',
  LogoPath: 'https://logos.haveibeenpwned.com/ExampleShopNL.png',
  Attribution: null,
  DataClasses: ['Device information', 'Email addresses', 'Names', 'Purchases'],
  IsVerified: true,
  IsFabricated: false,
  IsSensitive: false,
  IsRetired: false,
  IsSpamList: false,
  IsMalware: false,
  IsSubscriptionFree: true,
  IsStealerLog: false,
};

for (const engine of testDatabases) {
  describe(`API Have I Been Pwned export and import on ${engine.name}`, { skip: engine.skip }, () => {
    let w: World;
    let breachId: string;
    let ownerA: string;
    before(async () => {
      w = await apiWorld(engine);
      ownerA = (
        await createApiToken(w.deps, {
          actor: systemActor,
          organisationId: w.world.orgA.id,
          name: 'owner',
          role: 'owner',
        })
      ).token;
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
      // Too short to tell its language: the caller says it.
      const imported = await w.call('POST', '/api/v1/breaches/import/hibp?descriptionLanguage=en', {
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
      const response = await w.call('POST', '/api/v1/breaches/import/hibp?descriptionLanguage=en', {
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
      assert.deepEqual(result.notCarriedOver, []);
      // Fields that were not sent come back with defaults: the report says so, field by field
      // (Attribution too, but HIBP's own "no attribution" is null, so that is no change).
      assert.deepEqual(result.changes.map((c) => c.field).sort(), [
        'AddedDate',
        'IsFabricated',
        'IsMalware',
        'IsRetired',
        'IsSensitive',
        'IsSpamList',
        'IsStealerLog',
        'IsSubscriptionFree',
        'IsVerified',
        'ModifiedDate',
      ]);
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

    test('round trip: a full HIBP record comes back identical, and importing it again updates the breach', async () => {
      const imported = await w.call('POST', '/api/v1/breaches/import/hibp', {
        token: w.tokens.editorA,
        body: fullRecord,
      });
      assert.equal(imported.statusCode, 201);
      const result = json<ImportResult>(imported);
      assert.deepEqual(result.changes, [], 'nothing changes, so nothing is announced');
      assert.equal(result.descriptionLanguage, 'en');
      // Known to the knowledge base as "other": kept verbatim for the export all the same.
      assert.deepEqual(
        result.dataClasses.filter((c) => c.categoryId === 'other').map((c) => c.name),
        ['Device information', 'Purchases'],
      );
      const stored = await loadBreach(w.storage.db, result.breach.id);
      assert.equal(stored?.slug, 'exampleshopnl');
      assert.match(stored?.description.en ?? '', /purchase histories \(https:\/\/shop\.example\/notice\)/);
      const exported = json<Hibp>(
        await w.call('GET', `/api/v1/breaches/${result.breach.id}/hibp`, { token: w.tokens.editorA }),
      );
      assert.deepEqual(exported, fullRecord);
      assert.deepEqual(Object.keys(exported).sort(), hibpFields);

      // The export imported again: the same breach, updated, not a second one.
      const again = await w.call('POST', '/api/v1/breaches/import/hibp', {
        token: w.tokens.editorA,
        body: exported,
      });
      assert.equal(again.statusCode, 200);
      const second = json<ImportResult>(again);
      assert.equal(second.updated, true);
      assert.equal(second.breach.id, result.breach.id);
      assert.deepEqual(second.changes, []);
      // Another organisation importing the same record gets its own draft.
      const other = await w.call('POST', '/api/v1/breaches/import/hibp', {
        token: w.tokens.editorB,
        body: fullRecord,
      });
      assert.equal(other.statusCode, 201);
      assert.notEqual(json<ImportResult>(other).breach.id, result.breach.id);
    });

    test('announces what a round trip changes: seconds added to a time, a count revised in the register', async () => {
      const record = { ...fullRecord, Name: 'MinutesOnly', AddedDate: '2025-06-02T08:15Z' };
      const result = json<ImportResult>(
        await w.call('POST', '/api/v1/breaches/import/hibp', { token: w.tokens.editorA, body: record }),
      );
      assert.deepEqual(result.changes, [
        { field: 'AddedDate', imported: '2025-06-02T08:15Z', exported: '2025-06-02T08:15:00Z' },
      ]);
      const exported = json<Hibp>(
        await w.call('GET', `/api/v1/breaches/${result.breach.id}/hibp`, { token: w.tokens.editorA }),
      );
      assert.deepEqual(exported, { ...record, AddedDate: '2025-06-02T08:15:00Z' });
    });

    test('stores a Dutch description in the Dutch field, and asks when it cannot tell', async () => {
      const dutch = {
        ...fullRecord,
        Name: 'VoorbeeldWinkel',
        Description:
          'In maart 2025 zijn de gegevens van klanten van de winkel gelekt. Het gaat om namen en e-mailadressen.',
      };
      const result = json<ImportResult>(
        await w.call('POST', '/api/v1/breaches/import/hibp', { token: w.tokens.editorA, body: dutch }),
      );
      assert.equal(result.descriptionLanguage, 'nl');
      assert.deepEqual(result.changes, []);
      const unclear = await w.call('POST', '/api/v1/breaches/import/hibp', {
        token: w.tokens.editorA,
        body: { ...fullRecord, Name: 'Unclear', Description: 'Acme Corp 2025' },
      });
      assert.equal(unclear.statusCode, 400);
      assert.deepEqual(invalidNames(unclear), ['descriptionLanguage']);
      const told = await w.call('POST', '/api/v1/breaches/import/hibp?descriptionLanguage=en', {
        token: w.tokens.editorA,
        body: { ...fullRecord, Name: 'Unclear', Description: 'Acme Corp 2025' },
      });
      assert.equal(told.statusCode, 201);
    });

    test('a sensitive breach is published only after a confirmation that says why HIBP hides it', async () => {
      const result = json<ImportResult>(
        await w.call('POST', '/api/v1/breaches/import/hibp', {
          token: w.tokens.editorA,
          body: { ...fullRecord, Name: 'DatingSite', IsSensitive: true },
        }),
      );
      const id = result.breach.id;
      const owner = ownerA;
      const breach = json<{ version: number }>(
        await w.call('GET', `/api/v1/breaches/${id}`, { token: owner }),
      );
      await w.call('PATCH', `/api/v1/breaches/${id}`, {
        token: owner,
        headers: { 'if-match': `"${breach.version}"` },
        body: { sources: [{ title: 'HIBP', url: 'https://haveibeenpwned.com/', kind: 'organisation' }] },
      });
      const current = json<{ version: number }>(
        await w.call('GET', `/api/v1/breaches/${id}`, { token: owner }),
      );
      const refused = await w.call('POST', `/api/v1/breaches/${id}/publish`, {
        token: owner,
        body: { version: current.version },
      });
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(invalidNames(refused), ['confirmSensitive']);
      assert.match(refused.body, /HIBP does not show such breaches|HIBP laat zulke datalekken niet zien/);
      const published = await w.call('POST', `/api/v1/breaches/${id}/publish`, {
        token: owner,
        body: { version: current.version, confirmSensitive: true },
      });
      assert.equal(published.statusCode, 200);
      const exported = json<Hibp>(await w.call('GET', `/api/v1/breaches/${id}/hibp`));
      assert.equal(exported.IsSensitive, true);
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
