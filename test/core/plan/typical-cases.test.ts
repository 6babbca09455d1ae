import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { typicalCases as cases } from '../../../src/core/plan/typical-cases.ts';
import type { Plan } from '../../../src/core/plan/types.ts';
import { action, actionIds, allText, planFor, risk } from './fixtures.ts';

/**
 * The six typical cases (src/core/plan/typical-cases.ts), written as specifications of the
 * advice: what comes first, what must be there and what must not. The review sheet
 * (`datalekwijzer content review-sheet`) shows the same six plans to an outside expert.
 */
const byId = new Map(cases.map((c) => [c.id, c.categories]));
const data = (id: string): readonly string[] => byId.get(id) ?? assert.fail(`no typical case ${id}`);
const typicalCases = {
  lab: data('lab'),
  omHack: data('om_hack'),
  telecom: data('telecom'),
  credentials: data('credentials'),
  idCopy: data('id_copy'),
  bsnOnly: data('bsn_only'),
};

const plan = (data: readonly string[], overrides: Parameters<typeof planFor>[1] = {}): Plan =>
  planFor([...data], overrides);
const first = (p: Plan): string => actionIds(p)[0]!;
const answer = (p: Plan, id: string): string => p.questions.find((q) => q.id === id)?.answer ?? '';
const rank = (p: Plan, id: string): number => p.risks.findIndex((r) => r.id === id);

describe('typical case: the lab breach (name, address, date of birth, BSN, test result, GP)', () => {
  const p = plan(typicalCases.lab);

  test('puts fake messages that use real details first, then identity fraud, as the government named them', () => {
    assert.equal(p.risks[0]!.id, 'targeted_phishing');
    assert.equal(p.risks[0]!.level, 'very_high');
    assert.equal(rank(p, 'identity_fraud'), 1);
    assert.equal(first(p), 'spot_targeted_messages');
  });

  test('does not lead with extortion or stigma: no source says them for screening participants', () => {
    assert.equal(risk(p, 'extortion'), undefined);
    assert.ok(!actionIds(p).includes('respond_to_extortion'));
    const stigma = risk(p, 'stigma');
    assert.ok(!stigma || stigma.level === 'medium' || stigma.level === 'low');
  });

  test('answers the medical question calmly and says whom to ask, without "harm is likely"', () => {
    const medical = answer(p, 'medical_data');
    assert.match(medical, /grootste risico's/);
    assert.match(medical, /Neem contact op met de organisatie/);
    assert.doesNotMatch(medical, /waarschijnlijk|afpers|dreig/i);
  });

  test('has the identity-fraud watch and the questions on BSN and health, and nothing for data that did not leak', () => {
    for (const id of ['watch_identity_fraud', 'check_bkr', 'get_support', 'report_misuse'])
      assert.ok(actionIds(p).includes(id), id);
    for (const id of ['new_id_document', 'change_password', 'sim_swap_protection', 'check_bank_regularly'])
      assert.ok(!actionIds(p).includes(id), id);
    const howBad = answer(p, 'how_bad');
    assert.match(howBad, /gezondheid/);
    assert.doesNotMatch(howBad, /wachtwoord|identiteitsbewijs|Alleen uw BSN/);
  });
});

describe('typical case: the OM hack (name, address, date of birth, criminal-case data)', () => {
  const p = plan(typicalCases.omHack);

  test('starts with telling the contact person in the case; 112 only in immediate danger', () => {
    assert.equal(first(p), 'criminal_case_contact');
    const steps = action(p, 'criminal_case_contact')!.steps.join(' ');
    assert.match(steps, /Slachtofferloket/);
    const texts = [
      ...p.actionGroups.flatMap((g) => g.actions.flatMap((a) => a.steps)),
      ...p.questions.map((q) => q.answer),
      ...p.contacts.flatMap((c) => [c.purpose, c.hours ?? '', c.how ?? '']),
    ];
    for (const text of texts.filter((t) => t.includes('112')))
      assert.match(text, /gevaar|elke seconde/, text);
  });

  test('shows the safety risk together with an action for it, and keeps extortion at medium at most', () => {
    const danger = risk(p, 'physical_danger')!;
    assert.ok(danger);
    assert.ok(p.actionGroups.some((g) => g.actions.some((a) => a.reduces.includes('physical_danger'))));
    assert.ok(['low', 'medium'].includes(risk(p, 'extortion')!.level));
  });

  test('gives the police non-emergency number and Slachtofferhulp with their verified numbers', () => {
    const phones = Object.fromEntries(p.contacts.map((c) => [c.id, c.phone]));
    assert.equal(phones.police, '0900-8844');
    assert.equal(phones.slachtofferhulp, '0900-0101');
    assert.ok(!actionIds(p).includes('new_id_document'));
  });
});

describe('typical case: a telecom breach (name, address, phone, e-mail, IBAN, date of birth, ID number)', () => {
  const p = plan(typicalCases.telecom);

  test('warns about SIM swapping: the sign, call the provider at once, extra checks, an app instead of SMS', () => {
    assert.ok(risk(p, 'sim_swap'));
    const swap = action(p, 'sim_swap_protection')!;
    assert.equal(swap.when, 'now');
    const steps = swap.steps.join(' ');
    assert.match(steps, /geen bereik/);
    assert.match(steps, /Bel meteen uw provider/);
    assert.match(steps, /extra controle/);
    assert.match(steps, /app/);
    assert.equal(swap.contacts[0]!.id, 'phone_provider');
  });

  test('keeps the bank advice right: bank calls, 8 weeks yourself and 13 months through the bank', () => {
    assert.equal(action(p, 'bank_call_fraud')!.when, 'now');
    const debits = action(p, 'check_bank_regularly')!.steps.join(' ');
    assert.match(debits, /13 maanden/);
    assert.match(answer(p, 'iban_misuse'), /13 maanden/);
  });

  test('gives no password or ID-copy steps: no passwords or ID scans leaked', () => {
    for (const id of ['change_password', 'use_password_manager', 'new_id_document'])
      assert.ok(!actionIds(p).includes(id), id);
    assert.ok(p.questions.some((q) => q.id === 'id_number_only'));
  });
});

describe('typical case: leaked credentials (e-mail, username, password)', () => {
  const p = plan(typicalCases.credentials);

  test('starts with changing the password everywhere it is used', () => {
    assert.equal(p.risks[0]!.id, 'account_takeover');
    assert.equal(first(p), 'change_password');
  });

  test('adds two-step verification and a password manager this week', () => {
    assert.equal(action(p, 'two_step_verification')!.when, 'this_week');
    assert.equal(action(p, 'use_password_manager')!.when, 'this_week');
    assert.ok(actionIds(p).includes('verify_through_own_channel'));
  });

  test('sends nobody to BKR, the municipality or the CMI for a password', () => {
    for (const id of ['check_bkr', 'new_id_document', 'watch_identity_fraud'])
      assert.ok(!actionIds(p).includes(id), id);
  });
});

describe('typical case: a leaked copy of an ID document (with name and date of birth)', () => {
  const p = plan(typicalCases.idCopy);

  test('comes first with a new document at the municipality as a precaution, driving licence included', () => {
    const renew = action(p, 'new_id_document')!;
    const cmiFirst = p.actionGroups
      .flatMap((g) => g.actions)
      .find((a) => a.contacts.some((c) => c.id === 'cmi'));
    assert.ok(!cmiFirst || cmiFirst.number > renew.number, 'the CMI comes after the new document');
    assert.match(renew.title, /uit voorzorg/);
    assert.match(renew.steps.join(' '), /rijbewijs/);
    assert.match(renew.steps.join(' '), /oude document/);
    assert.equal(renew.contacts[0]!.id, 'municipality');
  });

  test('keeps the CMI for actual misuse and never says to report the document as lost or stolen', () => {
    assert.match(
      answer(p, 'new_id_document'),
      /Misbruikt iemand uw gegevens echt\? Meld dat dan bij de politie en het CMI/,
    );
    assert.doesNotMatch(allText(p), /vermist|als gestolen|kwijt/i);
  });

  test('when it is only possible, the new document waits for the organisation to confirm', () => {
    const possibly = plan(typicalCases.idCopy, { certainty: 'possibly' });
    const renew = action(possibly, 'new_id_document')!;
    assert.equal(renew.when, 'once_confirmed');
    assert.match(renew.whenLabel, /als de organisatie bevestigt/);
    const en = plan(typicalCases.idCopy, { certainty: 'possibly', lang: 'en' });
    assert.match(action(en, 'new_id_document')!.whenLabel, /once the organisation confirms/);
  });
});

describe('typical case: only a BSN', () => {
  const p = plan(typicalCases.bsnOnly);

  test('is one low risk, with no new BSN and no heavy steps', () => {
    assert.deepEqual(
      p.risks.map((r) => [r.id, r.level]),
      [['identity_fraud', 'low']],
    );
    assert.match(answer(p, 'new_bsn'), /^Nee\./);
    for (const id of ['new_id_document', 'change_password', 'check_bkr', 'spot_targeted_messages'])
      assert.ok(!actionIds(p).includes(id), id);
  });

  test('warns about messages that quote the BSN to look real, not only those that ask for it', () => {
    assert.match(answer(p, 'new_bsn'), /berichten die uw BSN noemen om echt te lijken/);
  });

  test('answers "how bad is it" about the BSN only, not about medical data or a password', () => {
    const howBad = answer(p, 'how_bad');
    assert.match(howBad, /Alleen uw BSN is een klein risico/);
    assert.doesNotMatch(howBad, /gezondheid|medisch|wachtwoord/);
  });
});

describe('every typical case', () => {
  test('points the "is this letter genuine?" answer to the site\'s own check page', () => {
    for (const data of Object.values(typicalCases)) {
      assert.match(answer(plan(data), 'letter_genuine'), /'Is dit bericht echt\?' \(\/echt\)/);
      assert.match(answer(plan(data, { lang: 'en' }), 'letter_genuine'), /\(\/en\/echt\)/);
    }
  });

  test('shows risk levels in words, never a score', () => {
    for (const data of Object.values(typicalCases))
      for (const lang of ['nl', 'en'] as const) {
        const text = JSON.stringify(plan(data, { lang }));
        assert.doesNotMatch(text, /"score"|\/10\b/);
      }
  });
});
