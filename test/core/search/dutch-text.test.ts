import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  makeSnippet,
  queryTerms,
  searchTerms,
  termOf,
  tokenize,
} from '../../../src/core/search/dutch-text.ts';

describe('Dutch search terms', () => {
  test('gives plural and singular the same Snowball stem', () => {
    assert.equal(termOf('datalekken'), termOf('datalek'));
    assert.equal(termOf('hacks'), termOf('hack'));
    assert.equal(termOf('hacken'), termOf('hack'));
    assert.equal(termOf('bevolkingsonderzoeken'), termOf('Bevolkingsonderzoek'));
  });

  test('folds case and accents so "geïnformeerd" and "GEINFORMEERD" match', () => {
    assert.equal(termOf('geïnformeerd'), termOf('GEINFORMEERD'));
  });

  test('leaves out stopwords but keeps an acronym that is spelled like one', () => {
    assert.deepEqual(queryTerms('de hack om het OM'), [termOf('hack'), 'om']);
    assert.equal(searchTerms('Om te beginnen'), termOf('beginnen'));
  });

  test('reduces a query to letters and digits only, so no search syntax gets through', () => {
    assert.deepEqual(queryTerms('"citrix" OR NEAR(x) * -'), [termOf('citrix'), 'or', 'near', 'x']);
    assert.deepEqual(queryTerms('  '), []);
  });

  test('records where each word stands', () => {
    const [token] = tokenize('  Citrix');
    assert.deepEqual(token && { start: token.start, end: token.end }, { start: 2, end: 8 });
  });
});

describe('makeSnippet', () => {
  test('marks the matching words with offsets into the snippet', () => {
    const snippet = makeSnippet('Het datalek bij het lab.\nDe datalekken zijn groot.', [termOf('datalek')]);
    assert.equal(snippet.text, 'Het datalek bij het lab. De datalekken zijn groot.');
    assert.deepEqual(
      snippet.highlights.map(([a, b]) => snippet.text.slice(a, b)),
      ['datalek', 'datalekken'],
    );
  });

  test('cuts a long text around the first match and says so with an ellipsis', () => {
    const words = Array.from({ length: 60 }, (_, k) => `woord${k}`);
    words[40] = 'Citrix';
    const snippet = makeSnippet(words.join(' '), [termOf('citrix')], 12);
    assert.ok(snippet.text.startsWith('… '));
    assert.ok(snippet.text.endsWith(' …'));
    const [range] = snippet.highlights;
    assert.equal(range && snippet.text.slice(range[0], range[1]), 'Citrix');
  });
});
