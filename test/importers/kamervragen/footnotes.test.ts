import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractFootnotes } from '../../../src/importers/kamervragen/footnotes.ts';

function extract(line: string, last = 0) {
  return extractFootnotes(line, { last });
}

describe('extractFootnotes', () => {
  test('takes a marker glued to a question mark, also when a sentence follows', () => {
    assert.deepEqual(extract('Bent u bekend met het bericht?1'), {
      text: 'Bent u bekend met het bericht?',
      footnotes: [1],
    });
    assert.deepEqual(extract('overgekocht?2 Wat vindt u?', 1), {
      text: 'overgekocht? Wat vindt u?',
      footnotes: [2],
    });
  });

  test('takes a marker glued to the end of a lower-case word', () => {
    assert.deepEqual(extract('de twee bedrijven1 die in 2007'), {
      text: 'de twee bedrijven die in 2007',
      footnotes: [1],
    });
    assert.deepEqual(extract('schriftelijke vragen1, wellicht'), {
      text: 'schriftelijke vragen, wellicht',
      footnotes: [1],
    });
    assert.deepEqual(extract('(bijvoorbeeld Identiteitsgegevens5).', 4).footnotes, [5]);
  });

  test('takes a marker after punctuation that follows a word, and puts back the space it stood in', () => {
    assert.deepEqual(extract('van Starlink,4 belang heeft', 3), {
      text: 'van Starlink, belang heeft',
      footnotes: [4],
    });
    assert.deepEqual(extract('op 14 juli jl.,1 over de'), {
      text: 'op 14 juli jl., over de',
      footnotes: [1],
    });
    assert.deepEqual(extract('afgegeven.3Justis heeft', 2), {
      text: 'afgegeven. Justis heeft',
      footnotes: [3],
    });
    assert.deepEqual(extract('het akkoord (AZWA)2 afspraken', 1).footnotes, [2]);
  });

  test('reads an ascending list of markers as several footnotes', () => {
    assert.deepEqual(extract('geïnformeerd.6, 7, 8 Wat de', 5), {
      text: 'geïnformeerd. Wat de',
      footnotes: [6, 7, 8],
    });
  });

  test('keeps numbers that are part of names, amounts and references', () => {
    for (const line of [
      'de 2GHz-frequentie voor het IRIS2-netwerk',
      'de implementatie van NIS2 en de BIO 2.0',
      'er zijn 429.984 aanvragen en 36,5 miljoen euro',
      '(Kamerstuk 26 643, nr. 1315) en 36800-VII',
      'aan 112-oproepen in Web3 en mp3',
      'zie https://example.nl/pagina2 voor meer',
      'zie Kamerstuk 36 410 X, nr.46',
    ]) {
      assert.deepEqual(extract(line, 0), { text: line, footnotes: [] }, line);
    }
  });

  test('takes a marker glued to a year only when it continues the numbering', () => {
    assert.deepEqual(extract('van 4 september 20259.', 8), { text: 'van 4 september 2025.', footnotes: [9] });
    assert.deepEqual(extract('van 4 september 20259.', 2), { text: 'van 4 september 20259.', footnotes: [] });
    assert.deepEqual(extract('Westerveld8 en van 4 september 20259.', 7).footnotes, [8, 9]);
  });

  test('takes a marker standing alone at the end only when it continues the numbering', () => {
    assert.deepEqual(extract('klantcontactcentrum van BVO NL. 6', 5), {
      text: 'klantcontactcentrum van BVO NL.',
      footnotes: [6],
    });
    assert.deepEqual(extract('het antwoord staat in bijlage. 6', 1).footnotes, []);
    assert.deepEqual(extract('zie Kamerstuk nr. 6', 5).footnotes, []);
  });

  test('updates the numbering of its stream', () => {
    const counter = { last: 0 };
    extractFootnotes('eerste1 en tweede2.', counter);
    assert.equal(counter.last, 2);
  });
});
