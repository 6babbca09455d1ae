import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../../src/errors/catalogue.ts';
import { buildPlan } from '../../../src/core/plan/index.ts';
import { action, actionIds, allText, bothLangs, knowledge, planFor, risk, scoreOf } from './fixtures.ts';

const labCase = ['name', 'address', 'date_of_birth', 'bsn', 'medical_test_result'];

describe('buildPlan: advice that differs by the leaked data', () => {
  for (const lang of bothLangs) {
    test(`BSN alone is a low risk that needs no new BSN (${lang})`, () => {
      const plan = planFor(['bsn'], { lang });
      assert.deepEqual(
        plan.risks.map((r) => [r.id, r.level]),
        [['identity_fraud', 'low']],
      );
      assert.match(
        risk(plan, 'identity_fraud')!.why,
        lang === 'nl' ? /BSN.*bankrekening/s : /BSN.*bank account/s,
      );
      const newBsn = plan.questions.find((q) => q.id === 'new_bsn');
      assert.match(newBsn!.answer, lang === 'nl' ? /^Nee\./ : /^No\./);
      assert.ok(!actionIds(plan).includes('new_id_document'));
      assert.ok(actionIds(plan).includes('watch_identity_fraud'));
      assert.ok(!actionIds(plan).includes('change_password'));
    });

    // The lab breach, the ID copy and the other typical cases are specified in typical-cases.test.ts.

    test(`e-mail and password: change it everywhere now, then two-step verification and a password manager (${lang})`, () => {
      const plan = planFor(['email', 'password'], { lang });
      assert.equal(plan.risks[0]!.id, 'account_takeover');
      assert.equal(plan.risks[0]!.level, 'very_high');
      assert.deepEqual(actionIds(plan).slice(0, 2), ['change_password', 'verify_through_own_channel']);
      assert.equal(action(plan, 'two_step_verification')!.when, 'this_week');
      assert.equal(action(plan, 'use_password_manager')!.when, 'this_week');
      const text = allText(plan);
      assert.match(
        text,
        lang === 'nl'
          ? /ook overal waar u hetzelfde wachtwoord/
          : /also everywhere you use the same password/,
      );
      assert.match(text, lang === 'nl' ? /wachtwoordmanager/ : /password manager/);
      assert.match(text, lang === 'nl' ? /inloggen in twee stappen/ : /two-step verification/);
    });

    test(`IBAN, name, address and phone: watch the account, reverse debits (8 weeks yourself, 13 months without a mandate), check BKR (${lang})`, () => {
      const plan = planFor(['iban', 'name', 'address', 'phone'], { lang });
      assert.deepEqual(
        plan.risks.slice(0, 2).map((r) => r.id),
        ['targeted_phishing', 'financial_fraud'],
      );
      assert.match(risk(plan, 'financial_fraud')!.why, lang === 'nl' ? /van de bank/ : /the bank/);
      assert.equal(action(plan, 'check_bank_account')!.when, 'now');
      assert.equal(action(plan, 'bank_call_fraud')!.when, 'now');
      const regularly = action(plan, 'check_bank_regularly')!;
      assert.equal(regularly.when, 'months');
      const steps = regularly.steps.join(' ');
      assert.match(steps, lang === 'nl' ? /Binnen 8 weken/ : /Within 8 weeks/);
      // A debit without a mandate can still be reversed up to 13 months later (FACTS.md section 4).
      assert.match(steps, lang === 'nl' ? /tot 13 maanden later/ : /up to 13 months later/);
      assert.match(steps, /Melding Onterechte Incasso/);
      assert.deepEqual(
        action(plan, 'check_bkr')!.contacts.map((c) => c.id),
        ['bkr', 'cmi'],
      );
      assert.ok(plan.questions.some((q) => q.id === 'iban_misuse'));
    });

    test(`an ID number without a copy needs no new document; with a copy the copy advice wins (${lang})`, () => {
      const numberOnly = planFor(['id_document_number', 'name'], { lang });
      assert.ok(numberOnly.questions.some((q) => q.id === 'id_number_only'));
      assert.ok(!actionIds(numberOnly).includes('new_id_document'));
      const withCopy = planFor(['id_document_number', 'id_document_copy'], { lang });
      assert.ok(!withCopy.questions.some((q) => q.id === 'id_number_only'));
      assert.ok(withCopy.questions.some((q) => q.id === 'new_id_document'));
    });

    test(`a protected address gets safety advice first (${lang})`, () => {
      const plan = planFor(['protected_address', 'name'], { lang });
      assert.equal(plan.risks[0]!.id, 'physical_danger');
      assert.equal(plan.risks[0]!.level, 'very_high');
      const first = plan.actionGroups[0]!.actions[0]!;
      assert.equal(first.id, 'protected_address_safety');
      assert.match(first.steps.join(' '), /112/);
      const police = first.contacts.find((c) => c.id === 'police')!;
      assert.equal(police.phone, '0900-8844', 'the non-emergency number, verified by a police page');
      assert.equal(police.website, 'politie.nl');
      assert.ok(actionIds(plan).includes('get_support'));
    });
  }
});

describe('buildPlan: certainty changes wording and urgency', () => {
  for (const lang of bothLangs) {
    test(`not affected: no risks, only staying alert (${lang})`, () => {
      const plan = planFor(labCase, { certainty: 'not_affected', lang });
      assert.deepEqual(plan.risks, []);
      assert.deepEqual(actionIds(plan), ['stay_alert_breach_messages']);
      assert.match(plan.summary, lang === 'nl' ? /niet bij dit datalek/ : /not part of this breach/);
      assert.ok(plan.questions.some((q) => q.id === 'not_affected_anything_to_do'));
      assert.ok(!plan.questions.some((q) => q.id === 'damages'));
      assert.deepEqual(plan.notes, []);
    });

    test(`not affected: the list of data is headed as not leaked, not as 'involved' (${lang})`, () => {
      const notAffected = planFor(labCase, { certainty: 'not_affected', lang });
      const confirmed = planFor(labCase, { lang });
      assert.match(notAffected.headings.data, lang === 'nl' ? /niet gelekt/ : /not leaked/);
      assert.notEqual(notAffected.headings.data, confirmed.headings.data);
    });

    test(`possibly affected: same risks, lower scores, heavy steps wait for confirmation, "maybe" wording (${lang})`, () => {
      const confirmed = planFor(['id_document_copy', 'name'], { lang });
      const possibly = planFor(['id_document_copy', 'name'], { certainty: 'possibly', lang });
      assert.deepEqual(
        possibly.risks.map((r) => r.id),
        confirmed.risks.map((r) => r.id),
      );
      const top = confirmed.risks[0]!.id;
      assert.ok(
        scoreOf(['id_document_copy', 'name'], top, { certainty: 'possibly' }) <
          scoreOf(['id_document_copy', 'name'], top),
      );
      assert.equal(action(confirmed, 'new_id_document')!.when, 'this_week');
      // A one-off heavy step waits for a trigger, not for "months of staying alert".
      assert.equal(action(possibly, 'new_id_document')!.when, 'once_confirmed');
      assert.match(possibly.summary, lang === 'nl' ? /^Misschien/ : /may have been leaked/);
      assert.ok(possibly.questions.some((q) => q.id === 'why_not_certain'));
      assert.ok(!confirmed.questions.some((q) => q.id === 'why_not_certain'));
    });

    test(`confirmed: the summary says the data was leaked (${lang})`, () => {
      assert.match(
        planFor(['email'], { lang }).summary,
        lang === 'nl' ? /^Uw gegevens zijn/ : /^Your data was leaked/,
      );
    });
  }
});

describe('buildPlan: facts about the breach', () => {
  test('published data raises every score and adds a note', () => {
    const plain = planFor(['email', 'name']);
    const published = planFor(['email', 'name'], { exposure: { published: true } });
    for (const r of published.risks)
      assert.ok(
        scoreOf(['email', 'name'], r.id, { exposure: { published: true } }) >
          scoreOf(['email', 'name'], r.id),
        r.id,
      );
    assert.ok(risk(plain, 'phishing'));
    assert.deepEqual(published.notes, [knowledge.texts.published.nl]);
    assert.equal(published.exposure.published, true);
  });

  test('encrypted data with a safe key lowers every score and says why', () => {
    const plan = planFor(['email', 'password'], { exposure: { encrypted: true }, lang: 'en' });
    assert.ok(plan.risks.every((r) => r.level === 'low'));
    assert.deepEqual(plan.notes, [knowledge.texts.encrypted.en]);
  });

  test("passes the organisation's measures through in the plan's language", () => {
    const measure = { nl: 'Wij hebben het lek gedicht.', en: 'We closed the leak.' };
    assert.deepEqual(planFor(['email'], { exposure: { measures: [measure] }, lang: 'en' }).measures, [
      'We closed the leak.',
    ]);
  });
});

describe('buildPlan: input and output shape', () => {
  test('takes Have I Been Pwned names and gives the same plan as the matching ids', () => {
    const byHibp = buildPlan(knowledge, {
      hibpClasses: ['Email addresses', 'bank account numbers '],
      certainty: 'confirmed',
      lang: 'nl',
    });
    assert.deepEqual(byHibp, planFor(['email', 'iban']));
  });

  test('rejects unknown ids and names, listing each', () => {
    assert.throws(
      () =>
        buildPlan(knowledge, {
          categories: ['bsn', 'shoe_size'],
          hibpClasses: ['Shoe sizes'],
          certainty: 'confirmed',
          lang: 'nl',
        }),
      (error: unknown) =>
        error instanceof AppError &&
        error.code === 'validation_failed' &&
        error.fieldErrors.length === 2 &&
        error.fieldErrors[0]!.path === 'categories' &&
        error.fieldErrors[1]!.message.en.includes('Shoe sizes') &&
        error.fieldErrors[1]!.message.nl.includes('Shoe sizes'),
    );
  });

  test('is deterministic: the same data in any order gives the same plan', () => {
    const a = planFor(['phone', 'iban', 'name', 'address']);
    const b = planFor(['address', 'name', 'iban', 'phone', 'name']);
    assert.deepEqual(a, b);
    assert.equal(JSON.stringify(planFor(labCase)), JSON.stringify(planFor(labCase)));
  });

  test('numbers actions 1, 2, 3 … across the groups now, this week, months', () => {
    const plan = planFor(labCase);
    const order = ['now', 'this_week', 'months'];
    const whens = plan.actionGroups.map((g) => g.when);
    assert.deepEqual(
      whens,
      order.filter((w) => whens.includes(w as never)),
    );
    const numbers = plan.actionGroups.flatMap((g) => g.actions.map((a) => a.number));
    assert.deepEqual(
      numbers,
      numbers.map((_, i) => i + 1),
    );
    for (const g of plan.actionGroups) for (const a of g.actions) assert.equal(a.when, g.when);
  });

  test('lists every source that a risk, action or question in the plan names', () => {
    const plan = planFor(labCase);
    const listed = new Set(plan.sources.map((s) => s.id));
    const named = [
      ...plan.risks.flatMap((r) => r.sources),
      ...plan.actionGroups.flatMap((g) => g.actions.flatMap((a) => a.sources)),
      ...plan.questions.flatMap((q) => q.sources),
    ];
    for (const id of named) assert.ok(listed.has(id), id);
  });

  test('gives questions their contacts and lists those among the plan contacts', () => {
    const plan = planFor(['iban']);
    const damages = plan.questions.find((q) => q.id === 'damages')!;
    assert.deepEqual(
      damages.contacts.map((c) => [c.id, c.website, c.phone]),
      [['juridisch_loket', 'juridischloket.nl', undefined]],
    );
    const ids = plan.contacts.map((c) => c.id);
    for (const id of ['juridisch_loket', 'ap', 'bkr', 'own_bank']) assert.ok(ids.includes(id), id);
    assert.equal(new Set(ids).size, ids.length, 'each contact once');
  });

  test('lists the leaked kinds of data with their names in the chosen language', () => {
    assert.deepEqual(
      planFor(['email', 'bsn'], { lang: 'en' }).categories.map((c) => c.name),
      ['BSN (citizen service number)', 'Email address'],
    );
  });
});
