import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { parseKamervragen } from '../../../src/importers/kamervragen/parse-kamervragen.ts';
import {
  suggestBreachLinks,
  type BreachCandidate,
  type BreachLinkSuggestion,
} from '../../../src/importers/kamervragen/suggest-breach-links.ts';
import type { KamervragenSet } from '../../../src/importers/kamervragen/types.ts';
import { readSeed } from './seed.ts';

function buildBreachCandidate(overrides: Partial<BreachCandidate> = {}): BreachCandidate {
  return { id: 'breach-1', title: 'Een datalek', organisations: [], keywords: [], ...overrides };
}

const labBreach = buildBreachCandidate({
  id: 'lab',
  title: 'Hack bij laboratorium Clinical Diagnostics',
  organisations: ['Clinical Diagnostics', 'Bevolkingsonderzoek Nederland', 'BVO NL'],
  keywords: ['laboratorium', 'baarmoederhalskanker', 'datalek', 'hack'],
});
const omBreach = buildBreachCandidate({
  id: 'om',
  title: 'Hack bij het Openbaar Ministerie',
  organisations: ['Openbaar Ministerie', 'OM'],
  keywords: ['Citrix', 'NetScaler', 'hack'],
});
const odidoBreach = buildBreachCandidate({
  id: 'odido',
  organisations: ['Odido'],
  keywords: ['klantgegevens'],
});

describe('suggestBreachLinks on the seed export', () => {
  let sets: KamervragenSet[];
  let suggestions: BreachLinkSuggestion[][];
  const best = (title: string): string | undefined => {
    const index = sets.findIndex((s) => s.title.startsWith(title));
    assert.ok(index >= 0, title);
    return suggestions[index]?.[0]?.breachId;
  };

  before(() => {
    sets = parseKamervragen(readSeed()).sets;
    suggestions = suggestBreachLinks(sets, [labBreach, omBreach, odidoBreach]);
  });

  test('suggests the lab breach for both sets on the lab hack', () => {
    assert.equal(best('De hack op een lab van Bevolkingsonderzoek Nederland'), 'lab');
    assert.equal(best('Het artikel ‘Datahack bij laboratorium'), 'lab');
  });

  test('suggests the OM hack for the sets on the OM hack and its effects', () => {
    for (const title of [
      'De gevolgen van de hack bij het OM',
      'De gevolgen van de storing bij het Openbaar Ministerie',
      'Het datalek bij het Openbaar Ministerie',
      'De hackaanval op het Openbaar Ministerie',
      'De recente cyberaanvallen middels kwetsbaarheden in Sharepoint en Netscaler',
    ]) {
      assert.equal(best(title), 'om', title);
    }
  });

  test('suggests nothing for sets on other subjects, also where they name the OM in passing', () => {
    const linked = suggestions.map((list, k) => (list.length ? sets[k]?.title : undefined)).filter(Boolean);
    assert.equal(linked.length, 7);
    assert.equal(best('Het niet naleven van sancties tegen Rusland'), undefined);
    assert.equal(best('Palantir'), undefined);
    assert.equal(best('De kansen en risico’s van het gebruik van AI in de zorg'), undefined);
  });

  test('names the matched terms, with the short "OM" found as a whole word only', () => {
    const index = sets.findIndex((s) => s.title.startsWith('De hackaanval op het Openbaar Ministerie'));
    const om = suggestions[index]?.[0];
    assert.ok(om);
    const terms = Object.fromEntries(om.matchedTerms.map((m) => [m.term, m]));
    assert.equal(terms['Openbaar Ministerie']?.inTitle, true);
    assert.ok((terms.OM?.count ?? 0) > 10);
    assert.ok((terms.Citrix?.count ?? 0) > 0);
    assert.equal(terms.hack?.shared, true);
  });
});

describe('suggestBreachLinks rules', () => {
  const setWith = (title: string, text: string) => ({ title, questions: [{ text, answer: null }] });

  test('does not match "OM" in the word "om" or in "Om" at the start of a sentence', () => {
    const [list] = suggestBreachLinks(
      [
        setWith(
          'Vragen over toezicht',
          'Om te beginnen: is het nodig om dit te regelen? Zijn er klantgegevens gelekt?',
        ),
      ],
      [buildBreachCandidate({ id: 'om', organisations: ['OM'], keywords: ['Citrix'] })],
      { minScore: 0 },
    );
    assert.deepEqual(list, []);
  });

  test('matches a multi-word name by stem, across plural and case', () => {
    const [list] = suggestBreachLinks(
      [setWith('Laboratoria', 'Wat weet u van de hack bij clinical diagnostics?')],
      [labBreach],
      { minScore: 0 },
    );
    assert.equal(list?.[0]?.matchedTerms.find((m) => m.term === 'Clinical Diagnostics')?.count, 1);
  });

  test('needs an organisation or two keywords of its own before it suggests anything', () => {
    const [onlyShared] = suggestBreachLinks([setWith('Een hack', 'Is er gehackt?')], [labBreach, omBreach], {
      minScore: 0,
    });
    assert.deepEqual(onlyShared, []);
  });

  test('ranks a title match above a mention in passing', () => {
    const [titled, passing] = suggestBreachLinks(
      [
        setWith('De hack bij Odido', 'Wat is er gebeurd?'),
        setWith('Telecom', 'Hoe gaat het bij Odido en anderen?'),
      ],
      [odidoBreach],
      { minScore: 0 },
    );
    assert.ok((titled?.[0]?.score ?? 0) > (passing?.[0]?.score ?? 1));
  });
});
