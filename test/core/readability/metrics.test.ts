import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkText, countSyllables } from '../../../src/core/readability/index.ts';
import { buildJargon } from './fixtures.ts';

describe('countSyllables', () => {
  test('counts Dutch vowel sounds written with two or three letters once', () => {
    const counts = [
      'bijvoorbeeld',
      'nieuw',
      'ideeën',
      'geïnformeerd',
      'tweestapsverificatie',
      'verwerkingsverantwoordelijke',
    ].map((w) => countSyllables(w, 'nl'));
    assert.deepEqual(counts, [3, 1, 3, 4, 7, 9]);
  });

  test('counts English syllables without a silent final e or -ed', () => {
    const counts = ['password', 'leaked', 'information', 'table', 'changes', 'make', 'needed'].map((w) =>
      countSyllables(w, 'en'),
    );
    assert.deepEqual(counts, [2, 1, 4, 2, 2, 1, 2]);
  });

  test('counts at least one syllable for any word', () => {
    assert.equal(countSyllables('BSN', 'nl'), 1);
    assert.equal(countSyllables('hmm', 'en'), 1);
  });
});

describe('checkText metrics', () => {
  test('computes Flesch–Douma on a known Dutch text', () => {
    const { metrics } = checkText('De kat zit op de mat. Hij slaapt.', { lang: 'nl', jargon: buildJargon() });
    // 8 words, 2 sentences, 1 syllable each: 206.835 − 0.93 × 4 − 77 × 1 = 126.1
    assert.deepEqual(metrics, {
      sentences: 2,
      words: 8,
      averageSentenceLength: 4,
      averageSyllablesPerWord: 1,
      longWordShare: 0,
      readingEase: { formula: 'flesch-douma', score: 126.1 },
    });
  });

  test('computes Flesch Reading Ease on a known English text', () => {
    const { metrics } = checkText('The cat sat on the mat. It sleeps.', { lang: 'en', jargon: [] });
    // 206.835 − 1.015 × 4 − 84.6 × 1 = 118.2
    assert.equal(metrics.readingEase.formula, 'flesch-reading-ease');
    assert.equal(metrics.readingEase.score, 118.2);
  });

  test('scores official Dutch lower than plain Dutch and reports its share of long words', () => {
    const plain = checkText(
      'Uw naam en adres zijn gelekt. Let op nepberichten. Bel uw bank als u twijfelt.',
      {
        lang: 'nl',
        jargon: [],
      },
    ).metrics;
    const official = checkText(
      'De verwerkingsverantwoordelijke heeft geconstateerd dat een inbreuk in verband met persoonsgegevens heeft plaatsgevonden, waarbij identificatiegegevens zijn geëxfiltreerd.',
      { lang: 'nl', jargon: [] },
    ).metrics;
    assert.ok((plain.readingEase.score ?? 0) > 70, `plain score ${plain.readingEase.score}`);
    assert.ok((official.readingEase.score ?? 100) < 30, `official score ${official.readingEase.score}`);
    assert.ok(official.longWordShare > 0.25, `long word share ${official.longWordShare}`);
    assert.ok(plain.longWordShare < 0.1, `plain long word share ${plain.longWordShare}`);
  });

  test('reports no score for a text without words', () => {
    const { metrics } = checkText('  \n ', { lang: 'nl', jargon: [] });
    assert.equal(metrics.readingEase.score, null);
    assert.equal(metrics.sentences, 0);
  });
});
