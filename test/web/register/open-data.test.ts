import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import type { BreachRecord } from '../../../src/core/breaches/breach.ts';
import { csvColumns, csvField } from '../../../src/web/register/open-data.ts';
import { testDatabases } from '../../support/databases.ts';
import { openRegisterWorld, type RegisterWorld } from './register-world.ts';
import { childText, childrenNamed, parseXml } from './xml.ts';

const hostile = '=HYPERLINK("https://evil.example")<script>&\u0001"';

for (const engine of testDatabases) {
  describe(`the register's open data on ${engine.name}`, { skip: engine.skip }, () => {
    let world: RegisterWorld;
    let plain: BreachRecord;
    let nasty: BreachRecord;
    let draft: BreachRecord;

    before(async () => {
      world = await openRegisterWorld(engine);
      plain = await world.addBreach(
        {
          title: { nl: 'Lek bij de zorggroep', en: 'Leak at the care group' },
          dataCategories: ['name', 'bsn'],
        },
        {
          updates: [
            { publishedOn: '2026-02-10', text: { nl: 'Alle brieven verstuurd.', en: 'All letters sent.' } },
          ],
        },
      );
      nasty = await world.addBreach({
        title: { nl: hostile, en: `-${hostile}` },
        description: { nl: `Uitleg ${hostile}`, en: `Text ${hostile}` },
      });
      draft = await world.addBreach(
        { title: { nl: 'Geheim concept', en: 'Secret draft' } },
        { publish: false },
      );
    });
    after(() => world.close());

    test('serves a well-formed Atom 1.0 feed with the breaches and their public updates', async () => {
      const response = await world.app.inject('/register/feed.atom');
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/atom+xml; charset=utf-8');
      const feed = parseXml(response.body);
      assert.equal(feed.name, 'feed');
      assert.equal(feed.attributes.xmlns, 'http://www.w3.org/2005/Atom');
      assert.equal(feed.attributes['xml:lang'], 'nl');
      assert.equal(childText(feed, 'id'), 'https://datalekwijzer.test/register/feed.atom');
      assert.ok(childText(feed, 'title'));
      assert.match(childText(feed, 'updated') ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      const self = childrenNamed(feed, 'link').find((l) => l.attributes.rel === 'self');
      assert.equal(self?.attributes.href, 'https://datalekwijzer.test/register/feed.atom');
      const entries = childrenNamed(feed, 'entry');
      assert.equal(entries.length, 3);
      for (const entry of entries) {
        assert.match(
          childText(entry, 'id') ?? '',
          /^https:\/\/datalekwijzer\.test\/register\/id\/breach(-update)?\//,
        );
        assert.ok(childText(entry, 'updated'));
        assert.match(
          childrenNamed(entry, 'link')[0]?.attributes.href ?? '',
          /^https:\/\/datalekwijzer\.test\/register\//,
        );
      }
      const titles = entries.map((e) => childText(e, 'title'));
      assert.ok(titles.includes('Nieuw in het register: Lek bij de zorggroep'));
      assert.ok(titles.includes('Update: Lek bij de zorggroep'));
      assert.ok(!response.body.includes('Geheim concept'));
    });

    test('escapes a hostile title in the feed and drops characters XML cannot hold', async () => {
      const body = (await world.app.inject('/register/feed.atom')).body;
      assert.doesNotMatch(body, /<script>/);
      assert.ok(!body.includes('\u0001'));
      const titles = childrenNamed(parseXml(body), 'entry').map((e) => childText(e, 'title'));
      assert.ok(titles.includes(`Nieuw in het register: ${hostile.replace('\u0001', '')}`));
    });

    test('serves the English feed with English titles and links to English pages', async () => {
      const feed = parseXml((await world.app.inject('/en/register/feed.atom')).body);
      assert.equal(feed.attributes['xml:lang'], 'en');
      const entry = childrenNamed(feed, 'entry').find(
        (e) => childText(e, 'title') === 'New in the register: Leak at the care group',
      );
      assert.equal(
        childrenNamed(entry ?? feed, 'link')[0]?.attributes.href,
        `https://datalekwijzer.test/en/register/${plain.slug}`,
      );
    });

    test('serves every published breach as JSON with dates, counts, kinds of data and speed, and nothing else', async () => {
      const response = await world.app.inject('/register.json');
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^application\/json/);
      const body = JSON.parse(response.body) as { count: number; breaches: Record<string, unknown>[] };
      assert.equal(body.count, 2);
      const item = body.breaches.find((b) => b.slug === plain.slug);
      assert.ok(item);
      assert.deepEqual(Object.keys(item).sort(), [
        'countRevisions',
        'dataCategories',
        'dates',
        'firstPublishedAt',
        'id',
        'organisation',
        'parties',
        'peopleAffected',
        'recipientGroups',
        'sector',
        'slug',
        'sources',
        'speed',
        'status',
        'title',
        'updatedAt',
        'url',
      ]);
      assert.deepEqual(item.dataCategories, ['bsn', 'name']);
      assert.deepEqual(item.speed, {
        daysDiscoveryToAuthority: 2,
        daysDiscoveryToVictims: 19,
        daysDiscoveryToController: null,
      });
      assert.deepEqual(item.countRevisions, [{ effectiveOn: '2026-02-01', peopleAffected: 1200 }]);
      assert.ok(!response.body.includes('Geheim concept') && !response.body.includes(draft.id));
    });

    test('serves the register as RFC 4180 CSV to download, with documented columns and a formula guard', async () => {
      const response = await world.app.inject('/register.csv');
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^text\/csv; charset=utf-8/);
      assert.equal(response.headers['content-disposition'], 'attachment; filename="datalekregister.csv"');
      assert.ok(response.body.endsWith('\r\n'));
      const rows = parse(response.body, { columns: true, relax_quotes: false }) as Record<string, string>[];
      assert.deepEqual(
        Object.keys(rows[0] ?? {}),
        csvColumns.map((c) => c.name),
      );
      assert.equal(rows.length, 2);
      const nastyRow = rows.find((r) => r.slug === nasty.slug);
      assert.equal(nastyRow?.title_nl, `'${hostile}`);
      assert.equal(nastyRow?.title_en, `'-${hostile}`);
      const plainRow = rows.find((r) => r.slug === plain.slug);
      assert.equal(plainRow?.data_categories, 'bsn;name');
      assert.equal(plainRow?.days_discovery_to_victims, '19');
      assert.equal(plainRow?.people_affected, '1200');
      assert.ok(!response.body.includes('Geheim concept'));
    });

    test('takes feed and entry ids from BASE_URL, whatever host the feed is fetched from', async () => {
      const ids = async (host: string) => {
        const feed = parseXml(
          (await world.app.inject({ url: '/register/feed.atom', headers: { host } })).body,
        );
        return [childText(feed, 'id'), ...childrenNamed(feed, 'entry').map((e) => childText(e, 'id'))];
      };
      const direct = await ids('datalekwijzer.test');
      assert.deepEqual(await ids('evil.example:8080'), direct);
      assert.ok(direct.every((id) => id?.startsWith('https://datalekwijzer.test/')));
      const english = parseXml((await world.app.inject('/en/register/feed.atom')).body);
      assert.deepEqual(
        childrenNamed(english, 'entry')
          .map((e) => childText(e, 'id'))
          .sort(),
        direct.slice(1).sort(),
        'the same record has the same id in both languages',
      );
    });

    test('the JSON carries a description, its licence and a JSON Schema at a stable URL that it matches', async () => {
      const response = await world.app.inject('/register.json');
      const body = JSON.parse(response.body) as Record<string, unknown>;
      assert.equal(body.$schema, 'https://datalekwijzer.test/register.schema.json');
      assert.deepEqual(body.licence, {
        name: 'CC0 1.0 Universal',
        url: 'https://creativecommons.org/publicdomain/zero/1.0/',
      });
      assert.match(String((body.description as { nl: string }).nl), /register/);
      assert.equal(
        response.headers.link,
        '<https://datalekwijzer.test/register.schema.json>; rel="describedby"; type="application/schema+json"',
      );
      assert.equal(response.headers['access-control-allow-origin'], '*');
      const schemaResponse = await world.app.inject('/register.schema.json');
      assert.equal(schemaResponse.statusCode, 200);
      assert.match(String(schemaResponse.headers['content-type']), /^application\/schema\+json/);
      const schema = JSON.parse(schemaResponse.body) as Record<string, unknown>;
      assert.equal(schema.$id, 'https://datalekwijzer.test/register.schema.json');
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats.default(ajv);
      const validate = ajv.compile(schema);
      assert.ok(validate(body), ajv.errorsText(validate.errors));
      assert.ok(!validate({ ...body, extra: 1 }), 'the schema names every field');
    });

    test('the CSV is described column by column in CSVW metadata at a stable URL', async () => {
      const csv = await world.app.inject('/register.csv');
      assert.equal(
        csv.headers.link,
        '<https://datalekwijzer.test/register.csv-metadata.json>; rel="describedby"; type="application/csvm+json"',
      );
      const response = await world.app.inject('/register.csv-metadata.json');
      assert.equal(response.statusCode, 200);
      const metadata = JSON.parse(response.body) as {
        '@context': string;
        url: string;
        'dc:license': { '@id': string };
        tableSchema: { columns: { name: string; datatype: string; 'dc:description': string }[] };
      };
      assert.equal(metadata['@context'], 'http://www.w3.org/ns/csvw');
      assert.equal(metadata.url, 'https://datalekwijzer.test/register.csv');
      assert.equal(metadata['dc:license']['@id'], 'https://creativecommons.org/publicdomain/zero/1.0/');
      const header = csv.body.split('\r\n')[0]?.split(',');
      assert.deepEqual(
        metadata.tableSchema.columns.map((c) => c.name),
        header,
      );
      for (const column of metadata.tableSchema.columns)
        assert.ok(column['dc:description'].length > 5, column.name);
    });

    test('leaves unpublished breaches out of the feed, JSON and CSV alike', async () => {
      for (const url of [
        '/register/feed.atom',
        '/en/register/feed.atom',
        '/register.json',
        '/register.csv',
      ]) {
        const body = (await world.app.inject(url)).body;
        assert.ok(!body.includes(draft.slug) && !body.includes('Secret draft'), url);
      }
    });
  });
}

describe('csvField', () => {
  test('quotes fields with commas, quotes or line breaks and doubles the quotes', () => {
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('zei "ja"'), '"zei ""ja"""');
    assert.equal(csvField('regel\r\nregel'), '"regel\r\nregel"');
  });

  test('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      assert.equal(csvField(`${start}1+1`).includes(`'${start}1+1`), true, start);
    assert.equal(csvField('gewoon'), 'gewoon');
  });

  test('writes numbers as numbers and unknown values as empty fields', () => {
    assert.equal(csvField(-3), '-3');
    assert.equal(csvField(null), '');
  });
});
