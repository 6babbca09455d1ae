import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { answerStep, parseStepAnswer, parseStepState, stepQuery } from '../../../src/web/guide/step-state.ts';

const ids = ['a', 'b', 'c'];

describe('the one-step-at-a-time state in the address', () => {
  test('unknown ids are dropped, a step both done and later counts as done, the step stays in range', () => {
    assert.deepEqual(parseStepState({ stap: '9', gedaan: ['a', 'x', 'a'], later: ['a', 'b'] }, ids), {
      step: 4,
      done: ['a'],
      later: ['b'],
    });
    assert.deepEqual(parseStepState({ stap: '-3' }, ids), { step: 1, done: [], later: [] });
    assert.deepEqual(parseStepState({ stap: 'abc' }, ids), { step: 1, done: [], later: [] });
  });

  test('answering moves on and re-answering a step replaces the earlier answer', () => {
    const first = answerStep({ step: 1, done: [], later: [] }, ids, 'later');
    assert.deepEqual(first, { step: 2, done: [], later: ['a'] });
    const again = answerStep({ ...first, step: 1 }, ids, 'gedaan');
    assert.deepEqual(again, { step: 2, done: ['a'], later: [] });
    assert.deepEqual(answerStep({ step: 4, done: [], later: [] }, ids, 'gedaan'), {
      step: 4,
      done: [],
      later: [],
    });
  });

  test('the answer is only "gedaan" or "later"; the query keeps the page’s own pairs first', () => {
    assert.equal(parseStepAnswer({ antwoord: 'gedaan' }), 'gedaan');
    assert.equal(parseStepAnswer({ antwoord: 'weg' }), undefined);
    assert.deepEqual(stepQuery({ step: 2, done: ['a'], later: ['b'] }, [['datalek', 'x']]), [
      ['datalek', 'x'],
      ['stap', '2'],
      ['gedaan', 'a'],
      ['later', 'b'],
    ]);
  });
});
