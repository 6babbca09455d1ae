import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseKamervragen } from '../../../src/importers/kamervragen/parse-kamervragen.ts';
import {
  linkKamervragenSet,
  storeKamervragenSets,
} from '../../../src/storage/repositories/kamervragen-repository.ts';
import { searchKamervragenSets } from '../../../src/use-cases/read-kamervragen.ts';
import { readSeed } from '../../importers/kamervragen/seed.ts';
import { testDatabases } from '../../support/databases.ts';
import { apiWorld, json } from './api-support.ts';

type World = Awaited<ReturnType<typeof apiWorld>>;
interface Item {
  id: string;
  title: string;
  match: { matchedWords: string[]; questionNumber: number | null; snippet: { text: string } } | null;
  _links: { self: { href: string }; html: { href: string } };
}
interface ListPage {
  items: Item[];
  search: { query: string; mode: string; words: string[] } | null;
  totalCount: number;
  pageCount: number;
  _links: Record<string, { href: string }>;
}

// The seed: the real export of 18 sets of written parliamentary questions and answers
// (content/sources/kamervragen-2025.txt, public parliamentary material).
const byEngine = new Map<string, string[]>();

for (const engine of testDatabases) {
  describe(`API parliamentary questions on ${engine.name}`, { skip: engine.skip }, () => {
    let w: World;
    let labSet: string;
    before(async () => {
      w = await apiWorld(engine);
      const stored = await storeKamervragenSets(w.storage.db, parseKamervragen(readSeed()).sets, {
        now: '2026-03-01T10:00:00.000Z',
      });
      labSet = stored.ids[9] ?? '';
      const now = '2026-03-02T10:00:00.000Z';
      await linkKamervragenSet(w.storage.db, { setId: labSet, breachId: w.breaches.publishedA.id, now });
      await linkKamervragenSet(w.storage.db, { setId: labSet, breachId: w.breaches.draftB.id, now });
    });
    after(async () => {
      await w?.close();
    });

    test('lists every set in pages, with links to the set and its page', async () => {
      const first = json<ListPage>(await w.call('GET', '/api/v1/kamervragen?pageSize=5'));
      assert.equal(first.totalCount, 18);
      assert.equal(first.pageCount, 4);
      assert.equal(first.items.length, 5);
      assert.equal(first.search, null);
      assert.equal(first.items[0]?.match, null);
      assert.match(first._links.next?.href ?? '', /page=2&pageSize=5$/);
      const item = first.items[0] as Item;
      assert.equal(item._links.self.href, `https://datalekwijzer.test/api/v1/kamervragen/${item.id}`);
      assert.equal(item._links.html.href, `https://datalekwijzer.test/kamervragen/${item.id}`);
    });

    test('searches with the same ranking as the pages, and says which mode it used', async () => {
      const query = 'hack Openbaar Ministerie';
      const response = json<ListPage>(
        await w.call('GET', `/api/v1/kamervragen?query=${encodeURIComponent(query)}&pageSize=100`),
      );
      assert.deepEqual(response.search, { query, mode: 'all', words: ['hack', 'Openbaar', 'Ministerie'] });
      const pages = await searchKamervragenSets(w.deps, { query, limit: 100 });
      assert.deepEqual(
        response.items.map((i) => i.id),
        pages.hits.map((h) => h.setId),
      );
      assert.ok(response.items.slice(0, 4).every((i) => /OM|Openbaar Ministerie|Netscaler/.test(i.title)));
      assert.deepEqual(response.items[0]?.match?.matchedWords, ['hack', 'Openbaar', 'Ministerie']);
      assert.match(response._links.self?.href ?? '', /query=hack\+Openbaar\+Ministerie/);
      byEngine.set(
        engine.name,
        response.items.map((i) => i.id),
      );
      const other = byEngine.get(engine.name === 'sqlite' ? 'postgres' : 'sqlite');
      if (other) assert.deepEqual(byEngine.get(engine.name), other);

      const any = json<ListPage>(await w.call('GET', '/api/v1/kamervragen?query=phishing+Palantir'));
      assert.equal(any.search?.mode, 'any');
      assert.equal(any.items[0]?.title, 'Palantir');
      const compound = json<ListPage>(await w.call('GET', '/api/v1/kamervragen?query=ransomware'));
      assert.match(compound.items[0]?.match?.snippet.text ?? '', /ransomwaredreiging/);
    });

    test('reads a set with its questions and only the breaches the caller may see', async () => {
      const set = json<{
        questions: { number: number; answer: string | null }[];
        breaches: { id: string }[];
      }>(await w.call('GET', `/api/v1/kamervragen/${labSet}`));
      assert.equal(set.questions.length, 15);
      assert.deepEqual(
        set.breaches.map((b) => b.id),
        [w.breaches.publishedA.id],
      );
      const asB = json<{ breaches: { id: string }[] }>(
        await w.call('GET', `/api/v1/kamervragen/${labSet}`, { token: w.tokens.editorB }),
      );
      assert.deepEqual(
        asB.breaches.map((b) => b.id).sort(),
        [w.breaches.publishedA.id, w.breaches.draftB.id].sort(),
      );
    });

    test('lists the sets of a breach, with the breach’s access rules', async () => {
      const sets = json<{ items: { id: string }[] }>(
        await w.call('GET', `/api/v1/breaches/${w.breaches.publishedA.id}/kamervragen`),
      );
      assert.deepEqual(
        sets.items.map((s) => s.id),
        [labSet],
      );
      const hidden = await w.call('GET', `/api/v1/breaches/${w.breaches.draftB.id}/kamervragen`, {
        token: w.tokens.editorA,
      });
      assert.equal(hidden.statusCode, 404);
      const own = await w.call('GET', `/api/v1/breaches/${w.breaches.draftB.id}/kamervragen`, {
        token: w.tokens.editorB,
      });
      assert.equal(own.statusCode, 200);
    });

    test('answers 404 for an unknown set and 400 for a malformed id or query', async () => {
      assert.equal((await w.call('GET', '/api/v1/kamervragen/kv-000000000000000000000000')).statusCode, 404);
      assert.equal((await w.call('GET', '/api/v1/kamervragen/nonsense')).statusCode, 400);
      assert.equal((await w.call('GET', '/api/v1/kamervragen?zoek=hack')).statusCode, 400);
    });
  });
}
