import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildLetter, compileVariant, letterChecksum, type Letter } from '../../../src/core/letters/index.ts';
import {
  buildAdvice,
  buildContext,
  buildRecipient,
  buildTexts,
  buildVariant,
  categoryNames,
} from '../../support/letters.ts';

const compiled = compileVariant(buildVariant(), buildContext(), ['nl', 'en'], categoryNames);

function allText(letter: Letter): string {
  const parts = [letter.title, letter.salutation];
  for (const section of letter.sections) {
    parts.push(section.heading);
    for (const block of section.blocks) {
      if (block.kind === 'list')
        for (const item of block.items) parts.push(item.text, ...(item.details ?? []));
      else parts.push(block.text);
    }
  }
  return parts.join('\n');
}

const section = (letter: Letter, id: string) => letter.sections.find((s) => s.id === id);

describe('buildLetter', () => {
  it('uses the AP/FTC headings in Dutch', () => {
    const letter = buildLetter(compiled, buildRecipient(), buildAdvice());
    assert.deepEqual(
      letter.sections.map((s) => s.heading),
      [
        'Wat is er gebeurd?',
        'Welke gegevens van u?',
        'Wat betekent dit voor u?',
        'Wat doen wij?',
        'Wat kunt u zelf doen?',
        'Meer informatie',
      ],
    );
  });

  it('uses English headings and texts for an English-speaking recipient', () => {
    const letter = buildLetter(compiled, buildRecipient({ lang: 'en', name: 'Sam Lee' }), buildAdvice());
    assert.equal(letter.sections[0]?.heading, 'What happened?');
    assert.equal(letter.salutation, 'Dear Sam Lee,');
    assert.equal(letter.title, 'Data breach at Bevolkingsonderzoek Voorbeeld: what it means for you');
    assert.match(allText(letter), /Watch out for fake messages/);
    assert.equal(letter.meta[0]?.value, '25 November 2026');
  });

  it('fills in placeholders from the organisation', () => {
    const letter = buildLetter(compiled, buildRecipient(), buildAdvice());
    assert.equal(letter.title, 'Datalek bij Bevolkingsonderzoek Voorbeeld: wat dit voor u betekent');
    assert.match(allText(letter), /Bel bij twijfel 0800-1617\./);
  });

  it('greets neutrally with the name and never with a gendered form', () => {
    const letter = buildLetter(compiled, buildRecipient(), buildAdvice());
    assert.equal(letter.salutation, 'Beste Noëlle van den Brïnk,');
    assert.doesNotMatch(allText(letter), /mevrouw|meneer|heer/i);
  });

  it('uses the salutation the person chose, exactly', () => {
    const letter = buildLetter(
      compiled,
      buildRecipient({ salutation: 'Geachte mx. Van den Brïnk' }),
      buildAdvice(),
    );
    assert.equal(letter.salutation, 'Geachte mx. Van den Brïnk,');
  });

  it('falls back to a neutral greeting when there is no name', () => {
    const letter = buildLetter(compiled, buildRecipient({ name: ' ' }), buildAdvice());
    assert.equal(letter.salutation, 'Beste lezer,');
  });

  it("lists the person's own kinds of data instead of the variant's", () => {
    const letter = buildLetter(compiled, buildRecipient({ categories: ['email', 'iban'] }), buildAdvice());
    const list = section(letter, 'your_data')?.blocks[1];
    assert.deepEqual(list?.kind === 'list' ? list.items.map((i) => i.text) : [], [
      'E-mailadres',
      'Rekeningnummer (IBAN)',
    ]);
    assert.deepEqual(letter.categories, ['email', 'iban']);
  });

  it("lists the variant's kinds of data when the person has none of their own", () => {
    const letter = buildLetter(compiled, buildRecipient(), buildAdvice());
    assert.deepEqual(letter.categories, ['name', 'address', 'bsn', 'medical_test_result']);
  });

  it('words the data by certainty: sure, possibly, and not affected', () => {
    const intro = (certainty: 'confirmed' | 'possibly' | 'not_affected') => {
      const block = section(buildLetter(compiled, buildRecipient({ certainty }), buildAdvice()), 'your_data')
        ?.blocks[0];
      return block?.kind === 'paragraph' ? block.text : '';
    };
    assert.match(intro('confirmed'), /weten zeker/);
    assert.match(intro('possibly'), /Misschien/);
    assert.match(intro('not_affected'), /niet gelekt/);
  });

  it('carries the advice: risks with why-lines, actions by timing, and contacts', () => {
    const text = allText(buildLetter(compiled, buildRecipient(), buildAdvice()));
    assert.match(text, /Phishing: Criminelen kennen uw naam/);
    assert.match(text, /Doe dit nu\nWees alert op nepberichten\nKlik niet op links/);
    assert.match(text, /Let hier de komende maanden op\nKijk bij BKR/);
    assert.match(text, /Centraal Meldpunt Identiteitsfraude, 088-900 10 00, rvig.nl/);
    assert.doesNotMatch(text, /Doe dit deze week/);
  });

  it('says how to recognise a genuine message and what is never asked', () => {
    const text = allText(buildLetter(compiled, buildRecipient(), buildAdvice()));
    assert.match(text, /Zo herkent u een echt bericht van ons/);
    assert.match(text, /uw persoonlijke code uit deze brief/);
    assert.match(text, /Gebruik nooit het nummer of de link uit een bericht/);
  });

  it('names the helpline and the contact point', () => {
    const text = allText(buildLetter(compiled, buildRecipient(), buildAdvice()));
    assert.match(text, /hulplijn: 0800-1617 \(werkdagen/);
    assert.match(text, /Functionaris gegevensbescherming, 030-123 45 67, privacy@bvo.example/);
  });

  it('carries the personal code grouped and its address', () => {
    const recipient = buildRecipient();
    const letter = buildLetter(compiled, recipient, buildAdvice());
    assert.equal(letter.code.display.replaceAll('-', ''), recipient.code);
    assert.match(letter.code.display, /^(\w{3}-){5}\w{3}$/);
    assert.equal(letter.code.url, `https://datalekwijzer.example/c/${recipient.code}`);
  });

  it('splits organisation texts into paragraphs on blank lines', () => {
    const blocks =
      section(buildLetter(compiled, buildRecipient(), buildAdvice()), 'what_happened')?.blocks ?? [];
    assert.equal(blocks.length, 2);
  });

  it('refuses to compile a variant that misses a required item', () => {
    const variant = buildVariant({ texts: { nl: buildTexts({ measures: '' }) } });
    assert.throws(() => compileVariant(variant, buildContext(), ['nl'], categoryNames), /measures/);
  });

  it('refuses a kind of data it has no name for', () => {
    assert.throws(
      () => buildLetter(compiled, buildRecipient({ categories: ['shoe_size'] }), buildAdvice()),
      /shoe_size/,
    );
  });
});

describe('letterChecksum', () => {
  it('is the same for the same letter built twice', () => {
    const a = buildLetter(compiled, buildRecipient(), buildAdvice());
    const b = buildLetter(compiled, buildRecipient(), buildAdvice());
    assert.equal(letterChecksum(a), letterChecksum(b));
  });

  it('changes when the person changes', () => {
    const a = buildLetter(compiled, buildRecipient(), buildAdvice());
    const b = buildLetter(compiled, buildRecipient({ row: 3 }), buildAdvice());
    assert.notEqual(letterChecksum(a), letterChecksum(b));
  });
});
