import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bm25, type CorpusStats } from '../../../src/core/search/bm25.ts';

function buildStats(overrides: Partial<CorpusStats> = {}): CorpusStats {
  return {
    documents: 100,
    averageLength: 10,
    documentFrequency: new Map([
      ['datalek', 5],
      ['hack', 50],
    ]),
    ...overrides,
  };
}

describe('bm25', () => {
  test('gives nothing to a document without any query term', () => {
    assert.equal(bm25(['lab', 'brief'], ['datalek'], buildStats()), 0);
  });

  test('weighs a rare term above a common one', () => {
    const stats = buildStats();
    assert.ok(bm25(['datalek', 'x'], ['datalek'], stats) > bm25(['hack', 'x'], ['hack'], stats));
  });

  test('rises with the term count but less and less', () => {
    const stats = buildStats();
    const once = bm25(['datalek', 'a', 'b', 'c'], ['datalek'], stats);
    const twice = bm25(['datalek', 'datalek', 'b', 'c'], ['datalek'], stats);
    const thrice = bm25(['datalek', 'datalek', 'datalek', 'c'], ['datalek'], stats);
    assert.ok(twice > once && thrice > twice);
    assert.ok(thrice - twice < twice - once);
  });

  test('ranks a short document above a long one with the same matches', () => {
    const stats = buildStats();
    const long = ['datalek', ...Array.from({ length: 30 }, (_, k) => `w${k}`)];
    assert.ok(bm25(['datalek', 'x'], ['datalek'], stats) > bm25(long, ['datalek'], stats));
  });

  test('counts a repeated query term once', () => {
    const stats = buildStats();
    assert.equal(bm25(['datalek'], ['datalek', 'datalek'], stats), bm25(['datalek'], ['datalek'], stats));
  });
});
