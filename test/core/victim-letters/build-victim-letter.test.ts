import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  buildVictimLetter,
  formatDay,
  victimLetterKinds,
  victimLetterText,
  type VictimLetterInput,
} from '../../../src/core/victim-letters/index.ts';

/** A complete letter input; every test changes only what it is about. */
function buildLetterInput(overrides: Partial<VictimLetterInput> = {}): VictimLetterInput {
  return {
    kind: 'access_request',
    lang: 'nl',
    sender: { name: 'Ada de Wit', street: 'Molenlaan 3', postcode: '3511 AB', city: 'Utrecht' },
    breach: {
      title: 'Hack bij het lab',
      organisationName: 'Lab BV',
      knownSince: '2025-08-06',
      dataNames: ['Naam', 'BSN', 'E-mailadres'],
    },
    date: '2026-11-25',
    ...overrides,
  };
}

describe('buildVictimLetter', () => {
  test('every kind exists in Dutch and English with a subject naming the breach', () => {
    for (const kind of victimLetterKinds) {
      for (const lang of ['nl', 'en'] as const) {
        const letter = buildVictimLetter(buildLetterInput({ kind, lang }));
        assert.match(letter.subject, /Hack bij het lab/, `${kind} ${lang}`);
        assert.ok(letter.paragraphs.length > 0 && letter.requests.length > 0, `${kind} ${lang}`);
        assert.equal(letter.signature, 'Ada de Wit');
      }
    }
  });

  test('addresses the organisation at its privacy postal and e-mail address from the breach record', () => {
    const privacyContact = { email: 'privacy@lab.example', postalAddress: 'Postbus 100, 3500 AC Utrecht' };
    for (const kind of ['access_request', 'complaint_organisation', 'damages_claim'] as const) {
      const letter = buildVictimLetter(
        buildLetterInput({ kind, breach: { ...buildLetterInput().breach, privacyContact } }),
      );
      assert.deepEqual(letter.recipientLines.slice(0, 1), ['Lab BV']);
      assert.deepEqual(
        letter.recipientLines.slice(2),
        ['Postbus 100', '3500 AC Utrecht', 'E-mail: privacy@lab.example'],
        kind,
      );
    }
    const toAuthority = buildVictimLetter(
      buildLetterInput({
        kind: 'complaint_authority',
        breach: { ...buildLetterInput().breach, privacyContact },
      }),
    );
    assert.deepEqual(toAuthority.recipientLines, [
      'Autoriteit Persoonsgegevens',
      'autoriteitpersoonsgegevens.nl',
    ]);
  });

  test('the complaint to the authority says whose information named the data, not "your information"', () => {
    for (const lang of ['nl', 'en'] as const) {
      const text = victimLetterText(
        buildVictimLetter(buildLetterInput({ kind: 'complaint_authority', lang })),
      );
      assert.doesNotMatch(text, /uw informatie|your information/i, lang);
      assert.match(
        text,
        lang === 'nl'
          ? /Volgens de informatie van Lab BV gaat het om deze gegevens/
          : /According to the information from Lab BV/,
      );
    }
  });

  test('puts the sender and the date at the top of the letter', () => {
    const letter = buildVictimLetter(buildLetterInput());
    assert.deepEqual(letter.senderLines, ['Ada de Wit', 'Molenlaan 3', '3511 AB Utrecht']);
    assert.equal(letter.placeAndDate, 'Utrecht, 25 november 2026');
  });

  test('names the data in a sentence, keeping abbreviations in capitals', () => {
    const text = victimLetterText(buildVictimLetter(buildLetterInput()));
    assert.match(text, /het om deze gegevens: naam, BSN en e-mailadres\./);
  });

  test('says it does not know the data when none are given', () => {
    const text = victimLetterText(
      buildVictimLetter(buildLetterInput({ breach: { ...buildLetterInput().breach, dataNames: [] } })),
    );
    assert.match(text, /Ik weet niet precies welke gegevens van mij zijn gelekt\./);
  });

  test('a complaint to the authority is addressed to the AP and names the earlier complaint', () => {
    const letter = buildVictimLetter(
      buildLetterInput({ kind: 'complaint_authority', complainedOn: '2026-10-01' }),
    );
    assert.equal(letter.recipientLines[0], 'Autoriteit Persoonsgegevens');
    assert.match(letter.paragraphs.join(' '), /op 1 oktober 2026 een klacht ingediend bij Lab BV/);
  });

  test('a claim names GDPR article 82 and the amount in the letter’s language', () => {
    const dutch = buildVictimLetter(buildLetterInput({ kind: 'damages_claim', amount: 1250 }));
    assert.match(dutch.paragraphs.join(' '), /artikel 82/);
    assert.match(dutch.requests[0] ?? '', /€ 1\.250;/);
    const english = buildVictimLetter(buildLetterInput({ kind: 'damages_claim', lang: 'en', amount: 1250 }));
    assert.match(english.requests[0] ?? '', /€ 1,250;/);
  });

  test('the victim’s own words appear in a complaint', () => {
    const letter = buildVictimLetter(
      buildLetterInput({ kind: 'complaint_organisation', details: 'Ik kreeg drie nepmails.' }),
    );
    assert.match(letter.paragraphs.join(' '), /Dit is mijn klacht: Ik kreeg drie nepmails\./);
  });
});

describe('formatDay', () => {
  test('writes out a day, a month or a year as far as it is known', () => {
    assert.equal(formatDay('2026-03-10', 'nl'), '10 maart 2026');
    assert.equal(formatDay('2026-03-10', 'en'), '10 March 2026');
    assert.equal(formatDay('2026-03', 'nl'), 'maart 2026');
    assert.equal(formatDay('2026', 'en'), '2026');
    assert.equal(formatDay('soon', 'en'), 'soon');
  });
});
