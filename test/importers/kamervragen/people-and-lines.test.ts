import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { answerPointer, classifyLine } from '../../../src/importers/kamervragen/classify-line.ts';
import { parseRespondents, parseSubmitters } from '../../../src/importers/kamervragen/people.ts';

describe('parseSubmitters', () => {
  test('reads names with and without a party', () => {
    assert.deepEqual(parseSubmitters('Jesse Six Dijkstra (NSC), Barbara Kathmann').people, [
      { name: 'Jesse Six Dijkstra', party: 'NSC' },
      { name: 'Barbara Kathmann', party: null },
    ]);
  });

  test('reports unbalanced parentheses and empty names instead of dropping them silently', () => {
    const result = parseSubmitters('Jesse Six Dijkstra (NSC, Barbara Kathmann (PvdA)');
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0] ?? '', /parentheses/u);
    assert.deepEqual(parseSubmitters('A (D66), , B').problems.length, 1);
    assert.deepEqual(parseSubmitters('').problems, ['no names']);
  });
});

describe('parseRespondents', () => {
  test('keeps commas inside parentheses in the role', () => {
    assert.deepEqual(
      parseRespondents('David van Weel (minister justitie en veiligheid, minister asiel en migratie)').people,
      [
        {
          name: 'David van Weel',
          role: 'minister justitie en veiligheid, minister asiel en migratie',
          party: null,
        },
      ],
    );
  });

  test('tells a party from a role and reads both when both are given', () => {
    assert.deepEqual(
      parseRespondents('Foort van Oosten (Volkspartij voor Vrijheid en Democratie), Heijnen').people,
      [
        { name: 'Foort van Oosten', role: null, party: 'Volkspartij voor Vrijheid en Democratie' },
        { name: 'Heijnen', role: null, party: null },
      ],
    );
    assert.deepEqual(parseRespondents('Eelco Heinen (Minister van Financiën) (VVD)').people, [
      { name: 'Eelco Heinen', role: 'Minister van Financiën', party: 'VVD' },
    ]);
  });
});

describe('classifyLine', () => {
  test('reads a line that ends in a question mark, with or without a footnote, as a question', () => {
    assert.equal(classifyLine('Bent u bekend met het bericht «X»?1').kind, 'question');
    assert.equal(
      classifyLine('In berichtgeving wordt gesteld dat X. In hoeverre speelde dit een rol?1').kind,
      'question',
    );
    assert.equal(classifyLine('Kunt u dit toelichten (voor vrijdag)?').kind, 'question');
  });

  test('reads statements as answer lines', () => {
    assert.equal(classifyLine('Ja.').kind, 'answer');
    assert.equal(classifyLine('Het kabinet deelt deze opvatting.').kind, 'answer');
    assert.equal(
      classifyLine('BVO NL laat verschillende onderzoeken uitvoeren met als doel om:').kind,
      'answer',
    );
  });

  test('keeps an answer that ends in a question mark in the answer when it opens as an answer', () => {
    const result = classifyLine('Nee, want wat zou dat opleveren?');
    assert.equal(result.kind, 'answer');
    assert.ok(result.note);
    assert.equal(classifyLine('Zie het antwoord op vraag 3?').kind, 'answer');
  });

  test('reads a line that opens as a question and goes on after its question mark as a question, with a note', () => {
    const result = classifyLine('Bent u bekend met het bericht?1 Zo ja, graag een reactie.');
    assert.equal(result.kind, 'question');
    assert.ok(result.note);
    assert.equal(classifyLine('Het kabinet vroeg zich af: kan dit sneller? Dat bleek zo.').kind, 'answer');
  });
});

describe('answerPointer', () => {
  test('reads the question number from an answer that only points to another', () => {
    assert.equal(answerPointer('Zie antwoord vraag 8.'), 8);
    assert.equal(answerPointer('Zie het antwoord op vraag 3'), 3);
    assert.equal(answerPointer('Zie ook het antwoord op vraag 12.'), 12);
  });

  test('returns null for an answer that says more than the pointer', () => {
    assert.equal(answerPointer('Zie het antwoord op vraag 3 voor het aantal aanvragen.'), null);
    assert.equal(answerPointer('Ja. Zie antwoord vraag 2.'), null);
  });
});
