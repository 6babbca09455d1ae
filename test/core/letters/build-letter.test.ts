import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHash } from 'node:crypto';
import {
  buildLetter,
  compileVariant,
  letterChecksum,
  lettersRiskLimit,
  type Letter,
} from '../../../src/core/letters/index.ts';
import type { LetterRecipient } from '../../../src/core/letters/index.ts';
import { buildContext, buildRecipient, buildTexts, buildVariant, planFor } from '../../support/letters.ts';

const compiled = compileVariant(buildVariant(), buildContext(), ['nl', 'en']);

/** The letter for a recipient built from fixture overrides, with that person's own plan. */
function letterFor(overrides: Partial<LetterRecipient> = {}): Letter {
  const recipient = buildRecipient(overrides);
  return buildLetter(compiled, recipient, planFor(recipient));
}

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
    const letter = letterFor();
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
    const letter = letterFor({ lang: 'en', name: 'Sam Lee' });
    assert.equal(letter.sections[0]?.heading, 'What happened?');
    assert.equal(letter.salutation, 'Dear Sam Lee,');
    assert.equal(letter.title, 'Data breach at Bevolkingsonderzoek Voorbeeld: what it means for you');
    assert.doesNotMatch(allText(letter), /\b(het|een|uw)\b/);
    assert.equal(letter.meta[0]?.value, '25 November 2026');
  });

  it('fills in placeholders from the organisation', () => {
    const letter = letterFor();
    assert.equal(letter.title, 'Datalek bij Bevolkingsonderzoek Voorbeeld: wat dit voor u betekent');
    assert.match(allText(letter), /Bel bij twijfel 0800-1617\./);
  });

  it('greets neutrally with the name and never with a gendered form', () => {
    const letter = letterFor();
    assert.equal(letter.salutation, 'Beste Noëlle van den Brïnk,');
    assert.doesNotMatch(allText(letter), /mevrouw|meneer|heer/i);
  });

  it('uses the salutation the person chose, exactly', () => {
    const letter = letterFor({ salutation: 'Geachte mx. Van den Brïnk' });
    assert.equal(letter.salutation, 'Geachte mx. Van den Brïnk,');
  });

  it('falls back to a neutral greeting when there is no name', () => {
    const letter = letterFor({ name: ' ' });
    assert.equal(letter.salutation, 'Beste lezer,');
  });

  it("lists the person's own kinds of data instead of the variant's", () => {
    const letter = letterFor({ categories: ['email', 'iban'] });
    const list = section(letter, 'your_data')?.blocks[1];
    const names = list?.kind === 'list' ? list.items.map((item) => item.text) : [];
    assert.equal(names.length, 2);
    assert.ok(names.includes('E-mailadres') && names.some((n) => n.includes('IBAN')), names.join());
    assert.deepEqual(letter.categories, ['email', 'iban']);
  });

  it("lists the variant's kinds of data when the person has none of their own", () => {
    const letter = letterFor();
    assert.deepEqual(letter.categories, ['name', 'address', 'bsn', 'medical_test_result']);
  });

  it('words the data by certainty: sure, possibly, and not affected', () => {
    const intro = (certainty: 'confirmed' | 'possibly' | 'not_affected') => {
      const block = section(letterFor({ certainty }), 'your_data')?.blocks[0];
      return block?.kind === 'paragraph' ? block.text : '';
    };
    assert.match(intro('confirmed'), /weten zeker/);
    assert.match(intro('possibly'), /Misschien/);
    assert.match(intro('not_affected'), /niet gelekt/);
  });

  it("carries the person's own plan: main risks with why-lines, actions by timing, and contacts", () => {
    const recipient = buildRecipient({ categories: ['email', 'iban', 'bsn', 'medical_test_result'] });
    const plan = planFor(recipient);
    const text = allText(buildLetter(compiled, recipient, plan));
    assert.ok(
      plan.risks.length > lettersRiskLimit && plan.actionGroups.length > 0 && plan.contacts.length > 0,
    );
    const [shown, hidden] = [plan.risks.slice(0, lettersRiskLimit), plan.risks.slice(lettersRiskLimit)];
    for (const risk of shown) assert.ok(text.includes(`${risk.name}\n${risk.why}`), risk.id);
    for (const risk of hidden)
      assert.ok(!text.includes(`${risk.name}\n${risk.why}`), `${risk.id} should be left to the page`);
    assert.match(text, /persoonlijke pagina staan alle risico’s/);
    for (const group of plan.actionGroups) {
      const first = group.actions[0];
      assert.ok(first);
      // Every step now; the first step this week; only titles for the months ahead.
      const expected = {
        now: [first.title, ...first.steps],
        this_week: [first.title, first.steps[0]],
        once_confirmed: [first.title],
        months: [first.title],
      }[group.when];
      assert.ok(text.includes([group.heading, ...expected].join('\n')), group.when);
      if (group.when === 'months') assert.ok(!text.includes(`${first.title}\n${first.steps[0]}`));
    }
    assert.match(text, /bij elke stap wat u precies moet doen/);
    // On paper: organisations with a verified phone number; the page lists the others.
    for (const contact of plan.contacts) {
      if (contact.phone) assert.ok(text.includes(`${contact.name}, ${contact.phone}`), contact.id);
      else
        assert.ok(
          !text.includes(`${contact.name}, ${contact.website}`),
          `${contact.id} has no phone and belongs on the page`,
        );
    }
  });

  it('refuses a plan made for other data, certainty or language', () => {
    const recipient = buildRecipient({ categories: ['email'] });
    assert.throws(
      () => buildLetter(compiled, recipient, planFor({ ...recipient, categories: ['iban'] })),
      /plan/,
    );
    assert.throws(
      () => buildLetter(compiled, recipient, planFor({ ...recipient, certainty: 'possibly' })),
      /plan/,
    );
    assert.throws(() => buildLetter(compiled, recipient, planFor({ ...recipient, lang: 'en' })), /plan/);
  });

  it('lists no risks for a person who is not affected', () => {
    const letter = letterFor({ certainty: 'not_affected' });
    assert.equal(section(letter, 'what_it_means')?.blocks.length, 1);
  });

  it('says how to recognise a genuine message and what is never asked', () => {
    const text = allText(letterFor());
    assert.match(text, /Zo herkent u een echt bericht van ons/);
    assert.match(text, /uw persoonlijke code uit deze brief/);
    assert.match(text, /Gebruik nooit het nummer of de link uit een bericht/);
  });

  it('names the helpline and the contact point', () => {
    const text = allText(letterFor());
    assert.match(text, /hulplijn: 0800-1617 \(werkdagen/);
    assert.match(text, /Functionaris gegevensbescherming, 030-123 45 67, privacy@bvo.example/);
  });

  it('carries the personal code grouped and its address', () => {
    const recipient = buildRecipient();
    const letter = buildLetter(compiled, recipient, planFor(recipient));
    assert.equal(letter.code.display.replaceAll('-', ''), recipient.code);
    assert.match(letter.code.display, /^(\w{3}-){5}\w{3}$/);
    assert.equal(letter.code.url, `https://datalekwijzer.example/c/${recipient.code}`);
  });

  it('splits organisation texts into paragraphs on blank lines', () => {
    const blocks = section(letterFor(), 'what_happened')?.blocks ?? [];
    assert.equal(blocks.length, 2);
  });

  it('refuses to compile a variant that misses a required item', () => {
    const variant = buildVariant({ texts: { nl: buildTexts({ measures: '' }) } });
    assert.throws(() => compileVariant(variant, buildContext(), ['nl']), /measures/);
  });
});

describe('letterChecksum', () => {
  it('is the same for the same letter built twice', () => {
    const a = letterFor();
    const b = letterFor();
    assert.equal(letterChecksum(a), letterChecksum(b));
  });

  it('changes when the person changes', () => {
    const a = letterFor();
    const b = letterFor({ row: 3 });
    assert.notEqual(letterChecksum(a), letterChecksum(b));
  });

  it('hashes canonical JSON: keys sorted by code unit, undefined properties left out, undefined in arrays as null', () => {
    // Manifests of earlier rounds hold these checksums, so the canonical form must never change.
    const value = { b: 1, a: [undefined, 'x', { é: true, Z: null, c: undefined }], B: { y: 'ä"', x: 2.5 } };
    const expected = '{"B":{"x":2.5,"y":"ä\\""},"a":[null,"x",{"Z":null,"é":true}],"b":1}';
    assert.equal(
      letterChecksum(value as unknown as Letter),
      createHash('sha256').update(expected).digest('hex'),
    );
  });
});
