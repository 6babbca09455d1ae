import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { resolveCategoryIds, resolveHibpClasses } from '../../../src/core/knowledge/index.ts';
import { agreedCategoryIds } from '../../../src/core/categories/agreed-ids.ts';
import { buildRawContent, realKnowledge } from './fixtures.ts';

// The 168 data-class names of Have I Been Pwned (copied from the project's facts folder).
const hibpNames = readFileSync(new URL('../../fixtures/hibp-data-classes.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

const agreedIds: readonly string[] = agreedCategoryIds;

/** Every object with an `nl` or `en` key, anywhere in the parsed YAML, with its path. */
function localizedObjects(node: unknown, path: string): { path: string; value: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => localizedObjects(item, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if ('nl' in record || 'en' in record) return [{ path, value: record }];
  return Object.entries(record).flatMap(([k, v]) => localizedObjects(v, `${path}.${k}`));
}

describe('the knowledge base in content/', () => {
  const knowledge = realKnowledge();

  test('maps every one of the 168 Have I Been Pwned data classes to a category', () => {
    assert.equal(hibpNames.length, 168);
    const unmapped = hibpNames.filter((n) => !(n in knowledge.hibpDataClasses));
    assert.deepEqual(unmapped, [], `unmapped HIBP data classes: ${unmapped.join(', ')}`);
  });

  test('maps no name that Have I Been Pwned does not use, so a typo cannot hide', () => {
    const unknown = Object.keys(knowledge.hibpDataClasses).filter((n) => !hibpNames.includes(n));
    assert.deepEqual(unknown, []);
  });

  test('maps the nearest HIBP classes to the Dutch categories', () => {
    const { categories } = resolveHibpClasses(knowledge, [
      'Social security numbers',
      'Bank account numbers',
      'Passport numbers',
    ]);
    assert.deepEqual(categories, ['bsn', 'id_document_number', 'iban']);
  });

  test('has every agreed category id', () => {
    assert.deepEqual(resolveCategoryIds(knowledge, agreedIds).unknown, []);
  });

  test('has every text in both Dutch and English', () => {
    const raw = buildRawContent();
    const missing = Object.entries(raw).flatMap(([section, doc]) =>
      localizedObjects(doc, section)
        .filter(
          ({ value }) =>
            typeof value.nl !== 'string' ||
            typeof value.en !== 'string' ||
            !value.nl.trim() ||
            !value.en.trim(),
        )
        .map(({ path }) => path),
    );
    assert.deepEqual(missing, []);
    assert.ok(localizedObjects(raw.actions, 'actions').length > 50, 'the walk found the texts');
  });

  test('names an existing source for every risk, action and question', () => {
    const sources = new Set(knowledge.sources.map((s) => s.id));
    const cited = [...knowledge.risks, ...knowledge.actions, ...knowledge.questions].map((x) => ({
      id: x.id,
      sources: x.sources,
    }));
    for (const item of cited) {
      assert.ok(item.sources.length > 0, `${item.id} names no source`);
      for (const s of item.sources) assert.ok(sources.has(s), `${item.id} names unknown source ${s}`);
    }
  });

  test('shows phone numbers only for contacts verified by a source, and none for unverified ones', () => {
    for (const c of knowledge.contacts) if (c.phone) assert.ok(c.source, `${c.id} has a phone but no source`);
    // Het Juridisch Loket: the only official page found gives 0900-8020, FACTS.md (unverified)
    // gives 0800-8020; until a source settles it, name and website only (docs/content-model.md).
    const unverified = ['ap', 'juridisch_loket', 'bkr'];
    for (const id of unverified)
      assert.equal(knowledge.contacts.find((c) => c.id === id)?.phone, undefined, id);
    const phone = (id: string): string | undefined => knowledge.contacts.find((c) => c.id === id)?.phone;
    assert.equal(phone('cmi'), '088-900 10 00');
    assert.equal(phone('fraudehelpdesk'), '088-786 73 72');
    assert.equal(phone('police'), '0900-8844');
    assert.equal(phone('slachtofferhulp'), '0900-0101');
  });

  test('cites a specific page for every source with an address, and says what each source says', () => {
    for (const source of knowledge.sources) {
      if (source.url)
        assert.match(source.url, /^https?:\/\/[^/]+\/[^/?#]/, `${source.id} points to a home page`);
      assert.ok(source.says.trim().length > 0, `${source.id} does not say what it says`);
    }
  });

  test('backs every risk, action and question with at least one source', () => {
    const items = [...knowledge.risks, ...knowledge.actions, ...knowledge.questions];
    for (const item of items) assert.ok(item.sources.length > 0, `${item.id} has no source`);
  });

  test('gives no advice about moving cryptocurrency: no source in the project says it', () => {
    assert.equal(
      knowledge.actions.find((a) => a.id === 'move_crypto'),
      undefined,
    );
  });

  test('gives every risk at least one action that reduces it', () => {
    for (const risk of knowledge.risks)
      assert.ok(
        knowledge.actions.some((a) => a.reduces.includes(risk.id)),
        `no action reduces ${risk.id}`,
      );
  });
});
