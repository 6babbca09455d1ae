import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitSentences } from '../../../src/core/readability/index.ts';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  test('splits Dutch sentences on full stops, question marks and exclamation marks', () => {
    assert.deepEqual(sentences('Wij hebben een lek. Wat betekent dat? Let goed op!'), [
      'Wij hebben een lek.',
      'Wat betekent dat?',
      'Let goed op!',
    ]);
  });

  test('does not split after Dutch abbreviations such as bijv., o.a. and Art. 34', () => {
    assert.deepEqual(
      sentences('Wij verloren o.a. uw naam en bijv. uw adres. Zie Art. 34 AVG. Dat is alles.'),
      ['Wij verloren o.a. uw naam en bijv. uw adres.', 'Zie Art. 34 AVG.', 'Dat is alles.'],
    );
  });

  test('does not split after English abbreviations such as e.g. and i.e.', () => {
    assert.deepEqual(
      sentences('Some data leaked, e.g. your name. We mean all of it, i.e. every record. Sorry.'),
      ['Some data leaked, e.g. your name.', 'We mean all of it, i.e. every record.', 'Sorry.'],
    );
  });

  test('does not split a decimal number, a web address or an initial', () => {
    assert.deepEqual(sentences('Bel J. Jansen of kijk op www.voorbeeld.nl voor 3.5 procent korting.'), [
      'Bel J. Jansen of kijk op www.voorbeeld.nl voor 3.5 procent korting.',
    ]);
  });

  test('keeps the word "u" before a full stop as the end of a sentence', () => {
    assert.deepEqual(sentences('Iemand doet zich voor als u. Dat is fraude.'), [
      'Iemand doet zich voor als u.',
      'Dat is fraude.',
    ]);
  });

  test('treats each item of a numbered or bulleted list as a sentence without its marker', () => {
    const text = 'Doe dit:\n1. Verander uw wachtwoord\n2. Zet tweestapsverificatie aan.\n- Bel uw bank';
    assert.deepEqual(sentences(text), [
      'Doe dit:',
      'Verander uw wachtwoord',
      'Zet tweestapsverificatie aan.',
      'Bel uw bank',
    ]);
  });

  test('ends a sentence at a blank line and at a new line that starts with a capital', () => {
    assert.deepEqual(
      sentences('Beste meneer Jansen\n\nWij schrijven u\nomdat er iets mis ging\nMet vriendelijke groet'),
      ['Beste meneer Jansen', 'Wij schrijven u\nomdat er iets mis ging', 'Met vriendelijke groet'],
    );
  });

  test('returns the last sentence when the text has no final full stop', () => {
    assert.deepEqual(sentences('Eerste zin. Tweede zin zonder punt'), [
      'Eerste zin.',
      'Tweede zin zonder punt',
    ]);
  });

  test('returns no sentences for an empty or blank text', () => {
    assert.deepEqual(sentences(''), []);
    assert.deepEqual(sentences(' \n\t '), []);
  });
});
