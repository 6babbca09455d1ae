import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breakLines, createLineCache, fitLine } from '../../src/pdf/letters/line-breaker.ts';

/** Every character is 1 point wide, so widths are easy to reason about. */
const measure = (text: string) => text.length;

describe('breakLines', () => {
  it('fills each line with as many words as fit, at spaces', () => {
    assert.deepEqual(breakLines('aaa bbb ccc ddd', 7, measure), ['aaa bbb ', 'ccc ddd']);
  });

  it('ends every line but the last with a space, so extracted text keeps words apart', () => {
    const lines = breakLines('een twee drie vier vijf', 9, measure);
    assert.equal(lines.join(''), 'een twee drie vier vijf');
    assert.ok(lines.slice(0, -1).every((line) => line.endsWith(' ')));
    assert.ok(!lines.at(-1)?.endsWith(' '));
  });

  it('keeps a forced line break and an empty line', () => {
    assert.deepEqual(breakLines('Postbus 1\n\n3500 AA Utrecht', 40, measure), [
      'Postbus 1 ',
      '',
      '3500 AA Utrecht',
    ]);
  });

  it('cuts a word that is wider than a line between characters', () => {
    assert.deepEqual(breakLines('ab abcdefghij', 4, measure), ['ab ', 'abcd ', 'efgh ', 'ij']);
  });

  it('never makes a line wider than asked, apart from its closing space', () => {
    const text = 'Criminelen kunnen uw gegevens gebruiken om u te misleiden of geld te vragen.';
    for (const line of breakLines(text, 20, measure)) assert.ok(line.trimEnd().length <= 20, line);
  });
});

describe('fitLine', () => {
  it('leaves a line that fits as it is', () => {
    assert.equal(fitLine('Postbus 123', 20, measure), 'Postbus 123');
  });

  it('cuts a line that is too long and ends it with an ellipsis', () => {
    const fitted = fitLine('Bevolkingsonderzoek Voorbeeld, Postbus 123', 20, measure);
    assert.ok(fitted.endsWith('…'));
    assert.ok(fitted.length <= 20);
  });
});

describe('createLineCache', () => {
  it('breaks a paragraph once and gives back the same lines after that', () => {
    const cache = createLineCache(10);
    let made = 0;
    const make = () => {
      made++;
      return ['x'];
    };
    cache('a', make);
    cache('a', make);
    assert.equal(made, 1);
  });

  it('stays within its bound', () => {
    const cache = createLineCache(2);
    let made = 0;
    const make = () => {
      made++;
      return ['x'];
    };
    for (const key of ['a', 'b', 'c', 'a']) cache(key, make);
    assert.equal(made, 4);
  });
});
