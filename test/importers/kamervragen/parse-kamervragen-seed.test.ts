import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  lineAccounting,
  parseKamervragen,
  splitLines,
} from '../../../src/importers/kamervragen/parse-kamervragen.ts';
import type { KamervragenParseResult, KamervragenSet } from '../../../src/importers/kamervragen/types.ts';
import { readSeed } from './seed.ts';

let seed: string;
let result: KamervragenParseResult;

function set(title: string): KamervragenSet {
  const found = result.sets.find((s) => s.title === title);
  assert.ok(found, `no set titled "${title}"`);
  return found;
}

function question(s: KamervragenSet, n: number) {
  const q = s.questions[n - 1];
  assert.ok(q, `set "${s.title}" has no question ${n}`);
  return q;
}

const LAB = 'De hack op een lab van Bevolkingsonderzoek Nederland';
const OM_HACK =
  'De hackaanval op het Openbaar Ministerie, aan de demissionaire Minister van Justitie en Veiligheid en de demissionaire Staatssecretaris voor Digitalisering';
const VOG =
  'De gevolgen van de storing bij het Openbaar Ministerie voor de aanvraag van een Verklaring Omtrent Gedrag (VOG)';
const SHAREPOINT = 'De recente cyberaanvallen middels kwetsbaarheden in Sharepoint en Netscaler';
const FLORIDA =
  'Het bericht ‘Techsamenwerking in gevaar: Florida plaatst Nederlandse universiteiten op zwarte lijst’';

describe('parseKamervragen on the seed export', () => {
  before(() => {
    seed = readSeed();
    result = parseKamervragen(seed);
  });

  test('finds the 18 sets in file order, each starting at its header line', () => {
    assert.equal(result.sets.length, 18);
    assert.deepEqual(
      result.sets.map((s) => s.line),
      [1, 40, 70, 88, 104, 121, 147, 175, 207, 221, 275, 292, 322, 387, 436, 478, 506, 534],
    );
    assert.equal(result.sets[8]?.title, 'Palantir');
    assert.equal(
      result.sets[17]?.title,
      '(cofinancierings)aanvraag AI-fabriek en aangeven interesse AI-gigafabriek',
    );
    assert.equal(result.sets[13]?.title, OM_HACK);
  });

  test('places every line of the file exactly once and reports none as unplaced', () => {
    const places = lineAccounting(result);
    assert.equal(result.lineCount, splitLines(seed).length);
    assert.equal(places.size, result.lineCount);
    for (let line = 1; line <= result.lineCount; line += 1) {
      const place = places.get(line);
      assert.ok(place !== undefined && !place.includes('+'), `line ${line}: ${place}`);
    }
    assert.deepEqual(result.unplaced, []);
    assert.deepEqual(result.warnings, []);
  });

  test('keeps every character of the question and answer lines except footnote markers', () => {
    const lines = splitLines(seed);
    const letters = (s: string): string => s.replace(/[\d\s,]/gu, '');
    for (const s of result.sets) {
      for (const q of s.questions) {
        assert.equal(letters(q.text), letters(lines[q.line - 1] ?? ''), `line ${q.line}`);
        const answer = q.answerLines.map((n) => lines[n - 1] ?? '').join('');
        assert.equal(letters(q.answer ?? ''), letters(answer), `answer after line ${q.line}`);
      }
    }
  });

  test('reads submitters with their parties, and a long party name as written', () => {
    assert.deepEqual(result.sets[0]?.submitters, [
      { name: 'Queeny Rajkowski', party: 'Volkspartij voor Vrijheid en Democratie' },
    ]);
    assert.deepEqual(result.sets[1]?.submitters, [
      { name: 'Jesse Six Dijkstra', party: 'NSC' },
      { name: 'Barbara Kathmann', party: 'PvdA' },
    ]);
    assert.deepEqual(
      result.sets[17]?.submitters.map((s) => s.party),
      ['NSC', 'NSC', 'CDA'],
    );
    assert.equal(set(OM_HACK).submitters[1]?.name, 'Songül Mutluer');
  });

  test('reads respondents with the commas of a role kept inside the role', () => {
    assert.deepEqual(set(VOG).respondents, [
      {
        name: 'David van Weel',
        role: 'minister justitie en veiligheid, minister asiel en migratie',
        party: null,
      },
    ]);
    assert.deepEqual(result.sets[17]?.respondents, [
      { name: 'van Marum', role: null, party: null },
      {
        name: 'Eelco Heinen',
        role: 'minister financiën, minister economische zaken',
        party: 'Volkspartij voor Vrijheid en Democratie',
      },
    ]);
  });

  test('splits "Heijnen , van Marum" into two respondents and reads a party in parentheses as a party', () => {
    assert.deepEqual(
      result.sets[1]?.respondents.map((r) => r.name),
      ['Heijnen', 'van Marum'],
    );
    assert.deepEqual(set(LAB).respondents, [
      { name: 'van Marum', role: null, party: null },
      { name: 'Judith Tielen', role: null, party: 'Volkspartij voor Vrijheid en Democratie' },
      { name: 'Tieman', role: null, party: null },
    ]);
  });

  test('numbers the questions of each set from 1 and counts them per set', () => {
    assert.deepEqual(
      result.sets.map((s) => s.questions.length),
      [30, 21, 9, 7, 8, 17, 7, 10, 5, 15, 8, 9, 19, 19, 13, 8, 7, 5],
    );
    for (const s of result.sets)
      assert.deepEqual(
        s.questions.map((q) => q.number),
        s.questions.map((_, k) => k + 1),
      );
  });

  test('leaves the questions of unanswered sets without answers and answers the answered ones', () => {
    assert.ok(result.sets[0]?.questions.every((q) => q.answer === null));
    assert.ok(set('Palantir').questions.every((q) => q.answer === null));
    assert.ok(set(LAB).questions.every((q) => q.answer !== null));
    const sharepoint = set(SHAREPOINT);
    assert.equal(sharepoint.questions.filter((q) => q.answer === null).length, 1);
    assert.equal(question(sharepoint, 13).answer, null);
  });

  test('keeps a question line that holds two questions as one question', () => {
    const q = question(set(LAB), 1);
    assert.equal(
      q.text,
      'Wat is de stand van zaken omtrent de maatregelen die u aankondigt in uw recente Kamerbrief over het datalek bij het bevolkingsonderzoek naar baarmoederhalskanker? Zijn alle gedupeerden van de hack inmiddels op de hoogte dat hun gegevens zijn gelekt?',
    );
    assert.deepEqual(q.footnotes, [1]);
    assert.equal(q.answer?.split('\n').length, 2);
    assert.match(
      q.answer ?? '',
      /^Ik betreur het dat zoveel mensen in Nederland getroffen zijn door deze hack\./u,
    );
  });

  test('joins all answer lines up to the next question, including a sentence broken over two lines', () => {
    const q = question(set(LAB), 2);
    assert.match(
      q.text,
      /^Is het duidelijk welke gegevens er van de 485\.000 gedupeerden precies buitgemaakt zijn\?/u,
    );
    const lines = q.answer?.split('\n') ?? [];
    assert.equal(lines.length, 2);
    assert.match(lines[0] ?? '', /in de week van 18 augustus al een brief$/u);
    assert.match(lines[1] ?? '', /^ontvangen hebben\./u);
    assert.deepEqual(q.answerLines, [234, 235]);
  });

  test('reads the first and last question and answer of several sets', () => {
    const last = question(set(LAB), 15);
    assert.equal(last.text, 'Kunt u deze vragen los van elkaar en zo snel mogelijk beantwoorden?');
    assert.equal(last.answer, 'De vragen zijn zo snel als mogelijk beantwoord.');
    const omFirst = question(set(OM_HACK), 1);
    assert.equal(
      omFirst.text,
      'Bent u bekend met het bericht: «Digitale werkomgeving OM inderdaad gehackt, onderzoek moet uitwijzen welke informatie is gestolen»?',
    );
    assert.equal(omFirst.answer, 'Ja.');
    assert.equal(
      question(set(OM_HACK), 19).answer,
      'Waar relevant zijn antwoorden samengevoegd om herhaling te voorkomen.',
    );
    const ai = result.sets[17];
    assert.ok(ai);
    assert.equal(
      question(ai, 5).text,
      'Kunt u deze vragen uiterlijk donderdag 19 juni 2025 beantwoorden (gezien de deadline van aanstaande vrijdag 17.00 uur)?',
    );
    assert.equal(question(ai, 5).answer, 'Ja.');
    assert.equal(
      question(set('Palantir'), 5).text,
      'Worden deze algoritmen wellicht ook gepubliceerd op https://algoritmes.overheid.nl/nl/algoritme?',
    );
  });

  test('links answers that only point to another question through refersTo', () => {
    const vog = set(VOG);
    assert.equal(question(vog, 9).answer, 'Zie antwoord vraag 8.');
    assert.equal(question(vog, 9).refersTo, 8);
    assert.equal(question(vog, 10).refersTo, 8);
    assert.equal(question(set('De kansen en risico’s van het gebruik van AI in de zorg'), 3).refersTo, 2);
    assert.deepEqual(
      set(OM_HACK)
        .questions.filter((q) => q.refersTo !== null)
        .map((q) => [q.number, q.refersTo]),
      [
        [4, 3],
        [6, 5],
        [9, 8],
        [15, 14],
      ],
    );
    assert.deepEqual(
      set(SHAREPOINT)
        .questions.filter((q) => q.refersTo !== null)
        .map((q) => q.number),
      [8, 9, 10, 11],
    );
  });

  test('does not treat an answer that refers to another and says more as a pointer', () => {
    const q = question(set(VOG), 4);
    assert.match(q.answer ?? '', /^Zie het antwoord op vraag 3 voor het aantal VOG-aanvragen/u);
    assert.equal(q.refersTo, null);
    assert.equal(
      question(
        set(
          'De uitspraken van minister van Justitie en Veiligheid over de afhankelijkheid van Amerikaanse techgiganten',
        ),
        1,
      ).refersTo,
      null,
    );
  });

  test('separates footnote markers glued to question marks, words and punctuation', () => {
    const florida = set(FLORIDA);
    assert.equal(question(florida, 1).text.endsWith('zwarte lijst»?'), true);
    const licences = question(florida, 11);
    assert.deepEqual(licences.footnotes, [1, 2]);
    assert.match(licences.text, /de twee bedrijven die in 2007 voor 20 jaar/u);
    assert.match(licences.text, /Amerikaanse partijen\? Wat vindt u ervan/u);
    const starlink = question(florida, 17);
    assert.deepEqual(starlink.footnotes, [4]);
    assert.match(starlink.text, /diensten van Starlink, belang heeft/u);
  });

  test('keeps real numbers that look like footnotes: 2GHz, IRIS2, Kamerstuk numbers, amounts, years', () => {
    const florida = set(FLORIDA);
    assert.match(question(florida, 10).text, /de 2GHz-radiofrequentie/u);
    assert.match(question(florida, 15).text, /het IRIS2-netwerk/u);
    assert.deepEqual(question(florida, 15).footnotes, []);
    const microsoft = result.sets[1];
    assert.ok(microsoft);
    assert.match(question(microsoft, 3).text, /\(Kamerstuk 26 643, nr\. 1315\)/u);
    assert.deepEqual(question(microsoft, 3).footnotes, []);
    assert.match(question(set(LAB), 10).answer ?? '', /\(implementatie van NIS2\) en de BIO 2\.0/u);
    assert.match(question(set(VOG), 3).answer ?? '', /429\.984 aanvragen/u);
  });

  test('reads footnotes in answers: after a full stop before a capital, in a list, after a year, and standing alone', () => {
    const vog = question(set(VOG), 3);
    assert.match(vog.answer ?? '', /Gedrag afgegeven\. Justis heeft ervoor gekozen/u);
    assert.deepEqual(vog.answerFootnotes, [3, 4]);
    const sharepoint = question(set(SHAREPOINT), 6);
    assert.deepEqual(sharepoint.answerFootnotes, [6, 7, 8]);
    assert.match(
      sharepoint.answer ?? '',
      /^Uw Kamer is hier reeds op verschillende momenten over geïnformeerd\. Wat de exacte/u,
    );
    const ai = question(set('De kansen en risico’s van het gebruik van AI in de zorg'), 5);
    assert.deepEqual(ai.answerFootnotes, [5, 6, 7, 8, 9]);
    assert.match(ai.answer ?? '', /van 4 september 2025\.$/u);
    const lab2 = question(
      set('Het artikel ‘Datahack bij laboratorium veel groter, deel gegevens op dark web’'),
      17,
    );
    assert.deepEqual(lab2.answerFootnotes, [6]);
    assert.match(lab2.answer ?? '', /Bevolkingsonderzoek Nederland\.$/u);
  });

  test('records where each question and answer stands in the file', () => {
    const q = question(set(VOG), 9);
    assert.equal(q.line, 203);
    assert.deepEqual(q.answerLines, [204]);
    assert.deepEqual(set(VOG).headerLines, [175, 176, 177, 178, 179, 180, 181, 182, 183]);
  });
});
