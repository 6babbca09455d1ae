import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseKamervragen } from '../../src/importers/kamervragen/parse-kamervragen.ts';
import type { KamervragenSet } from '../../src/importers/kamervragen/types.ts';
import type { Storage } from '../../src/storage/open-storage.ts';
import type { KamervragenSearchResult } from '../../src/core/kamervragen/records.ts';
import {
  kamervragenSetId,
  searchKamervragen,
  storeKamervragenSets,
} from '../../src/storage/repositories/kamervragen-repository.ts';
import { readSeed } from '../importers/kamervragen/seed.ts';
import { testDatabases } from '../support/databases.ts';

/*
 * The seed is the real export of 18 sets of written parliamentary questions with the
 * government's answers (content/sources/kamervragen-2025.txt, public parliamentary material,
 * not written by the team). The sets are named below by the start of their title.
 */
const OM_HACK = [
  'De gevolgen van de hack bij het OM',
  'Het datalek bij het Openbaar Ministerie',
  'De hackaanval op het Openbaar Ministerie',
  'De recente cyberaanvallen middels kwetsbaarheden',
];
const LAB = ['De hack op een lab van Bevolkingsonderzoek', 'Het artikel ‘Datahack bij laboratorium'];

/**
 * Dutch queries and the sets they must find first (in any order among themselves), with the
 * mode: `all` when sets hold every word, `any` when the search fell back to any word.
 */
const queryTable: { query: string; first: string[]; mode: 'all' | 'any'; why: string }[] = [
  {
    query: 'hackers Openbaar Ministerie',
    first: OM_HACK,
    mode: 'all',
    why: 'words spread over a set; hackers → hack',
  },
  {
    query: 'hack Openbaar Ministerie',
    first: OM_HACK,
    mode: 'all',
    why: 'words spread over title, questions and answers',
  },
  {
    query: 'ransomware',
    first: ['De hack op een lab van Bevolkingsonderzoek'],
    mode: 'all',
    why: 'head of ransomwaredreiging',
  },
  { query: 'dreiging', first: [], mode: 'all', why: 'end of ransomwaredreiging (checked below)' },
  {
    query: 'hackaanval',
    first: ['De hackaanval op het Openbaar Ministerie'],
    mode: 'all',
    why: 'a compound itself',
  },
  {
    query: 'datalekken',
    first: ['Het datalek bij het Openbaar Ministerie', 'Het artikel ‘Datahack bij laboratorium'],
    mode: 'all',
    why: 'plural finds singular',
  },
  { query: 'phishing identiteitsfraude', first: LAB, mode: 'all', why: 'both words, in answers' },
  {
    query: 'OM Citrix',
    first: ['De hackaanval op het Openbaar Ministerie', 'De recente cyberaanvallen middels kwetsbaarheden'],
    mode: 'all',
    why: 'acronym OM is not the stopword om',
  },
  {
    query: 'VOG aanvragen',
    first: ['De gevolgen van de storing bij het Openbaar Ministerie'],
    mode: 'all',
    why: 'VOG in the title',
  },
  { query: 'phishing Palantir', first: ['Palantir'], mode: 'any', why: 'no set has both: ranked any-word' },
  {
    query: 'Palantir laboratorium ransomware',
    first: ['De hack op een lab van Bevolkingsonderzoek'],
    mode: 'any',
    why: 'two of three words beat one',
  },
];

function startsWithOneOf(title: string, starts: readonly string[]): boolean {
  return starts.some((s) => title.startsWith(s));
}

/** A result as comparable lines, for the check that both engines agree. */
function summarise(result: KamervragenSearchResult): string[] {
  return [
    `${result.mode} ${result.total}`,
    ...result.hits.map(
      (h) => `${h.setId} #${h.questionNumber ?? 'title'} ${h.score} ${h.matchedWords.join('+')}`,
    ),
  ];
}

const results = new Map<string, Map<string, string[]>>();

for (const engine of testDatabases) {
  describe(`Kamervragen search on ${engine.name}`, { skip: engine.skip }, () => {
    let storage: Storage & { dispose(): Promise<void> };
    let sets: KamervragenSet[];
    before(async () => {
      sets = parseKamervragen(readSeed()).sets;
      storage = await engine.open();
      await storeKamervragenSets(storage.db, sets, { now: '2026-03-01T10:00:00.000Z' });
    });
    after(async () => {
      await storage?.dispose();
    });

    for (const row of queryTable)
      test(`"${row.query}" finds ${row.first.length || 'its'} set(s) first (${row.why})`, async () => {
        const result = await searchKamervragen(storage.db, row.query);
        assert.equal(result.mode, row.mode);
        const top = result.hits.slice(0, row.first.length).map((h) => h.setTitle);
        for (const title of top)
          assert.ok(startsWithOneOf(title, row.first), `${title} is not expected first`);
        for (const start of row.first)
          assert.ok(
            top.some((t) => t.startsWith(start)),
            `${start} is not among the first`,
          );
        if (row.mode === 'all')
          for (const hit of result.hits)
            assert.equal(hit.matchedWords.length, result.words.length, hit.setTitle);
        const scores = result.hits.map((h) => h.matchedWords.length * 1e6 + h.score);
        assert.deepEqual(
          scores,
          [...scores].sort((a, b) => b - a),
          'more words, then higher score, first',
        );
      });

    test('a word finds the compounds it heads or ends, and the snippet marks the compound', async () => {
      for (const query of ['ransomware', 'dreiging']) {
        const result = await searchKamervragen(storage.db, query);
        const lab = result.hits.find((h) => h.setTitle.startsWith('De hack op een lab'));
        assert.ok(lab, query);
        const marked = lab.snippet.highlights.map(([a, b]) => lab.snippet.text.slice(a, b).toLowerCase());
        assert.ok(marked.includes('ransomwaredreiging'), `${query}: ${marked.join(', ')}`);
      }
      // Too short to stand for a part: "lek" finds "lek", not every "datalek".
      const lek = await searchKamervragen(storage.db, 'lek');
      assert.ok(lek.hits.every((h) => !/datalek/iu.test(h.snippet.text) || /\blek\b/iu.test(h.snippet.text)));
    });

    test('pages through the ranked sets with a total, and finds nothing for stopwords only', async () => {
      const all = await searchKamervragen(storage.db, 'Openbaar Ministerie', { limit: 50 });
      const second = await searchKamervragen(storage.db, 'Openbaar Ministerie', { limit: 2, offset: 2 });
      assert.equal(second.total, all.total);
      assert.deepEqual(
        second.hits.map((h) => h.setId),
        all.hits.slice(2, 4).map((h) => h.setId),
      );
      assert.deepEqual(await searchKamervragen(storage.db, 'de het een'), {
        mode: 'all',
        words: [],
        total: 0,
        hits: [],
      });
      assert.equal((await searchKamervragen(storage.db, 'xyzzyplugh')).total, 0);
    });

    test('a set is found by words that stand in different questions of it', async () => {
      const lab = kamervragenSetId(
        sets.find((s) => s.title.startsWith('De hack op een lab')) as KamervragenSet,
      );
      const result = await searchKamervragen(storage.db, 'ransomwaredreiging baarmoederhalskanker');
      assert.equal(result.mode, 'all');
      assert.equal(result.hits[0]?.setId, lab);
    });

    test('gives the same hits in the same order as the other engine', async () => {
      const mine = new Map<string, string[]>();
      for (const row of queryTable)
        mine.set(row.query, summarise(await searchKamervragen(storage.db, row.query)));
      results.set(engine.name, mine);
      const other = results.get(engine.name === 'sqlite' ? 'postgres' : 'sqlite');
      if (other) assert.deepEqual(mine, other);
    });
  });
}
