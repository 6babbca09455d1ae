import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { checkText, type JargonEntry } from '../../src/core/readability/index.ts';
import { loadJargon } from '../../src/content-files/load-jargon.ts';

/*
 * Example passages of the kind organisations send after a breach. The team wrote them for these
 * tests, in the register the expert review found in real letters (issue 13, item 11); they are
 * not copied from any letter. The checker runs with the real jargon list in content/.
 */
const formalLetter = [
  'Geachte heer/mevrouw,',
  'Op grond van artikel 33 AVG hebben wij de toezichthoudende autoriteit geïnformeerd.',
  'Wij hebben maatregelen ter mitigatie genomen en bewerkstelligd dat de kwetsbaarheid is gedicht.',
  'Het risico is beperkt, doch niet geheel afwezig.',
  'Wij dragen zorg te dragen voor een goede afhandeling van uw vragen.',
  'Te dezen merken wij op dat misbruik anderszins niet kan worden uitgesloten.',
  'Voorts wordt opgemerkt dat uw gegevens niet zijn gewijzigd.',
].join('\n');

const subordinatePassive = 'Wij weten niet of het nog uitgesloten kan worden dat uw gegevens zijn ingezien.';

const plainLetter = [
  'Beste Sam de Vries,',
  'Iemand heeft ingebroken in onze computers. Daarbij zijn uw naam en adres gelekt.',
  'Wij hebben het lek gedicht. Wij hebben het datalek gemeld bij de Autoriteit Persoonsgegevens.',
  'Wij weten niet zeker of iemand uw gegevens gaat misbruiken. Let daarom op nepberichten.',
].join('\n');

let jargon: JargonEntry[] = [];
before(async () => {
  jargon = await loadJargon();
});

function flagged(text: string, rule: 'jargon' | 'passive-voice'): string[] {
  return checkText(text, { lang: 'nl', jargon })
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.excerpt.toLowerCase().replace(/\s+/g, ' '));
}

describe('the plain-language check on a formal organisation letter', () => {
  test('flags the formal words an expert reader rejected', () => {
    const found = flagged(formalLetter, 'jargon');
    for (const term of [
      'geachte heer/mevrouw',
      'artikel 33 avg',
      'toezichthoudende autoriteit',
      'mitigatie',
      'bewerkstelligd',
      'doch',
      'zorg te dragen voor',
      'te dezen',
      'anderszins',
    ])
      assert.ok(found.includes(term), `${term} not flagged; found: ${found.join(' | ')}`);
    assert.deepEqual(flagged('Dat staat in de AVG.', 'jargon'), ['avg']);
    assert.deepEqual(flagged('Dat staat in artikel 34.', 'jargon'), ['artikel 34']);
  });

  test('flags passives with a separable verb, also when the participle comes first', () => {
    const found = flagged(formalLetter, 'passive-voice');
    assert.ok(found.includes('worden uitgesloten'), found.join(' | '));
    assert.ok(found.includes('wordt opgemerkt'), found.join(' | '));
    assert.deepEqual(flagged(subordinatePassive, 'passive-voice'), ['uitgesloten kan worden']);
  });

  test('passes the same news written plainly', () => {
    const report = checkText(plainLetter, { lang: 'nl', jargon });
    assert.deepEqual(
      report.findings.filter((f) => f.severity === 'warning').map((f) => f.excerpt),
      [],
    );
    assert.deepEqual(flagged(plainLetter, 'passive-voice'), []);
  });

  test('does not take a verb with a look-alike prefix for a passive ("wordt opgenomen" is one, "wordt op" is not)', () => {
    assert.deepEqual(flagged('Dit wordt op tijd geregeld? Nee.', 'passive-voice'), ['wordt op tijd geregeld']);
    assert.deepEqual(flagged('Uw klacht wordt opgenomen in ons register.', 'passive-voice'), ['wordt opgenomen']);
    assert.deepEqual(flagged('Het wordt uitdagend.', 'passive-voice'), []);
  });
});
