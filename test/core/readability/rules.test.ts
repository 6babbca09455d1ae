import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildJargonEntry, findingsOf } from './fixtures.ts';

const longDutch =
  'Wij hebben na een uitgebreid onderzoek door een extern bureau vastgesteld dat een onbekende partij toegang had tot een deel van onze systemen.';
const longEnglish =
  'After a thorough investigation by an outside firm we have established that an unknown party had access to a part of our systems for weeks.';

describe('sentence-too-long rule', () => {
  test('flags a Dutch sentence of more than 20 words and covers the whole sentence', () => {
    const text = `Er is iets misgegaan. ${longDutch}`;
    const [finding, ...rest] = findingsOf('sentence-too-long', text, 'nl');
    assert.equal(rest.length, 0);
    assert.equal(finding?.excerpt, longDutch);
    assert.equal(finding?.start, text.indexOf('Wij'));
    assert.equal(finding?.severity, 'warning');
    assert.match(finding?.message.nl ?? '', /23 woorden/);
  });

  test('flags an English sentence of more than 20 words', () => {
    assert.equal(findingsOf('sentence-too-long', longEnglish, 'en').length, 1);
  });

  test('passes short sentences in both languages', () => {
    assert.deepEqual(findingsOf('sentence-too-long', 'Wij hadden een datalek. Uw naam is gelekt.', 'nl'), []);
    assert.deepEqual(findingsOf('sentence-too-long', 'We had a data breach. Your name leaked.', 'en'), []);
  });

  test('uses the configured limit instead of 20 words', () => {
    const text = 'Wij hebben uw naam, adres en telefoonnummer verloren.';
    assert.equal(findingsOf('sentence-too-long', text, 'nl', { limits: { maxSentenceWords: 5 } }).length, 1);
    assert.equal(findingsOf('sentence-too-long', text, 'nl', { limits: { maxSentenceWords: 8 } }).length, 0);
  });
});

describe('long-word rule', () => {
  test('flags a very long Dutch compound and points at it', () => {
    const text = 'Lees de informatiebeveiligingsmaatregelen goed.';
    const findings = findingsOf('long-word', text, 'nl');
    assert.deepEqual(
      findings.map((f) => [f.excerpt, text.slice(f.start, f.end)]),
      [['informatiebeveiligingsmaatregelen', 'informatiebeveiligingsmaatregelen']],
    );
  });

  test('flags a very long English word', () => {
    assert.equal(findingsOf('long-word', 'We regret the incomprehensibilities.', 'en').length, 1);
    assert.equal(findingsOf('long-word', 'This is about internationalisation.', 'en').length, 1);
  });

  test('passes common Dutch compounds such as tweestapsverificatie and burgerservicenummer', () => {
    assert.deepEqual(
      findingsOf('long-word', 'Zet tweestapsverificatie aan. Uw burgerservicenummer blijft geldig.', 'nl'),
      [],
    );
  });

  test('ignores web addresses, e-mail addresses, phone numbers, numbers, abbreviations and names', () => {
    const text =
      'Kijk op https://www.veiligheidsinformatiecentrum.nl/gegevensbescherming of mail gegevensbeschermingsfunctionaris@voorbeeldorganisatie.nl. Bel 088-1805250 over 1.234.567.890 BSN en IBAN. Wij werken met Gegevensbeschermingsautoriteit Nederland.';
    assert.deepEqual(findingsOf('long-word', text, 'nl'), []);
  });

  test('measures each part of a hyphenated word on its own', () => {
    assert.deepEqual(
      findingsOf('long-word', 'Uw e-mailadres en uw identiteits-bewijsnummer zijn bekend.', 'nl'),
      [],
    );
  });
});

describe('jargon rule', () => {
  test('flags Dutch jargon and returns its plain alternative', () => {
    const text = 'De verwerkingsverantwoordelijke informeert de betrokkenen.';
    const findings = findingsOf('jargon', text, 'nl');
    assert.deepEqual(
      findings.map((f) => ({
        excerpt: f.excerpt,
        at: text.slice(f.start, f.end),
        suggestions: f.suggestions,
      })),
      [
        {
          excerpt: 'verwerkingsverantwoordelijke',
          at: 'verwerkingsverantwoordelijke',
          suggestions: ['de organisatie die uw gegevens beheert'],
        },
        { excerpt: 'betrokkenen', at: 'betrokkenen', suggestions: ['u', 'de persoon om wie het gaat'] },
      ],
    );
    assert.match(findings[0]?.message.nl ?? '', /Schrijf liever: "de organisatie die uw gegevens beheert"/);
  });

  test('matches a phrase and its other forms regardless of case and line breaks', () => {
    const findings = findingsOf('jargon', 'U dient te bellen. Wij dienen\nte melden.', 'nl');
    assert.deepEqual(
      findings.map((f) => f.excerpt),
      ['dient te', 'dienen\nte'],
    );
  });

  test('flags English jargon such as data controller and pursuant to', () => {
    const findings = findingsOf('jargon', 'The Data Controllers act pursuant to the law.', 'en');
    assert.deepEqual(
      findings.map((f) => [f.excerpt, f.suggestions?.[0]]),
      [
        ['Data Controllers', 'the organisation that holds your data'],
        ['pursuant to', 'under'],
      ],
    );
  });

  test('does not flag a term inside a longer word or from the other language', () => {
    assert.deepEqual(findingsOf('jargon', 'De microprocessors zijn snel. We are betrokkene.', 'en'), []);
    assert.deepEqual(findingsOf('jargon', 'Dit is de data controller.', 'nl'), []);
  });

  test('passes plain Dutch and English sentences', () => {
    assert.deepEqual(findingsOf('jargon', 'Wij bewaren uw gegevens goed.', 'nl'), []);
    assert.deepEqual(findingsOf('jargon', 'We keep your data safe.', 'en'), []);
  });

  test('gives a hint instead of a warning for terms that may stay', () => {
    const [finding] = findingsOf('jargon', 'Pas op voor phishing.', 'nl');
    assert.equal(finding?.severity, 'hint');
  });

  test('replaces the long-word finding for a long jargon term', () => {
    const text = 'De verwerkingsverantwoordelijke belt.';
    assert.deepEqual(findingsOf('long-word', text, 'nl'), []);
    assert.deepEqual(
      findingsOf('long-word', text, 'nl', { jargon: [] }).map((f) => f.excerpt),
      ['verwerkingsverantwoordelijke'],
    );
  });

  test('matches an exact term only as written, not with an inflection ending', () => {
    const jargon = [buildJargonEntry({ term: 'indien', plain: ['als'], exact: true })];
    assert.deepEqual(findingsOf('jargon', 'U kunt een klacht indienen.', 'nl', { jargon }), []);
    assert.deepEqual(
      findingsOf('jargon', 'Indien u belt, helpen wij.', 'nl', { jargon }).map((f) => f.excerpt),
      ['Indien'],
    );
  });

  test('prefers the longer of two overlapping terms', () => {
    const jargon = [
      buildJargonEntry({ term: 'processor', lang: 'en', plain: ['company'] }),
      buildJargonEntry({ term: 'data processor', lang: 'en', plain: ['the company that handles your data'] }),
    ];
    assert.deepEqual(
      findingsOf('jargon', 'Our data processor was hacked.', 'en', { jargon }).map((f) => f.excerpt),
      ['data processor'],
    );
  });
});

describe('passive-voice rule', () => {
  test('hints at a Dutch passive with wordt/worden and a past participle', () => {
    const text = 'Uw gegevens worden door ons gedeeld. Uw wachtwoord wordt gewijzigd.';
    const findings = findingsOf('passive-voice', text, 'nl');
    assert.deepEqual(
      findings.map((f) => [f.excerpt, f.severity]),
      [
        ['worden door ons gedeeld', 'hint'],
        ['wordt gewijzigd', 'hint'],
      ],
    );
  });

  test('hints at an English passive with is/are/was/were and a past participle', () => {
    const findings = findingsOf(
      'passive-voice',
      'Your data was stolen. The files were quickly encrypted.',
      'en',
    );
    assert.deepEqual(
      findings.map((f) => f.excerpt),
      ['was stolen', 'were quickly encrypted'],
    );
  });

  test('passes active sentences and look-alikes in both languages', () => {
    assert.deepEqual(
      findingsOf('passive-voice', 'Wij delen uw gegevens. U wordt slachtoffer van een bericht.', 'nl'),
      [],
    );
    assert.deepEqual(
      findingsOf('passive-voice', 'We shared your data. This is indeed a red flag.', 'en'),
      [],
    );
  });
});
