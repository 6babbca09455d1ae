import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { certainties } from '../../../src/core/knowledge/index.ts';
import type { Plan } from '../../../src/core/plan/types.ts';
import { knowledge, planFor } from './fixtures.ts';

const ids = knowledge.categories.map((c) => c.id);

/** The risks of a plan that no action in that same plan reduces. */
function risksWithoutAction(plan: Plan): string[] {
  const reduced = new Set(plan.actionGroups.flatMap((g) => g.actions.flatMap((a) => a.reduces)));
  return plan.risks.map((r) => r.id).filter((id) => !reduced.has(id));
}

describe('the engine invariant: every risk a plan shows has an action in that same plan', () => {
  test('holds for every combination of kinds of data, certainty and breach facts (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray(ids, { minLength: 1 }),
        fc.constantFrom(...certainties),
        fc.boolean(),
        fc.boolean(),
        (data, certainty, published, encrypted) => {
          const plan = planFor(data, { certainty, exposure: { published, encrypted } });
          assert.deepEqual(risksWithoutAction(plan), [], `data: ${data.join(', ')} (${certainty})`);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('holds for every single kind of data and every pair of kinds, checked one by one', () => {
    // The property above samples; the small combinations, where a missing action shows first,
    // are checked exhaustively (a rule needs at most five kinds, and every rule is a
    // combination that the property meets as a subset of a larger set too).
    for (const a of ids)
      for (const b of ids) {
        const plan = planFor(a === b ? [a] : [a, b]);
        assert.deepEqual(risksWithoutAction(plan), [], `data: ${a}, ${b}`);
      }
  });

  test('holds for exactly the data of every risk rule in the knowledge base', () => {
    for (const risk of knowledge.risks)
      for (const rule of risk.rules)
        for (const certainty of ['confirmed', 'possibly'] as const) {
          const plan = planFor(rule.data, { certainty });
          assert.deepEqual(risksWithoutAction(plan), [], `${risk.id}: ${rule.data.join(', ')}`);
        }
  });

  test('gives name, address and criminal-case data a real safety step, with 112 only for danger', () => {
    const plan = planFor(['name', 'address', 'criminal_record']);
    assert.ok(plan.risks.some((r) => r.id === 'physical_danger'));
    const step = plan.actionGroups.flatMap((g) => g.actions).find((a) => a.id === 'criminal_case_contact');
    assert.ok(step, 'the criminal-case contact step is in the plan');
    assert.equal(step.when, 'now');
    assert.match(step.steps.join(' '), /contactpersoon bij de politie of het Openbaar Ministerie/);
    assert.match(step.steps.join(' '), /direct gevaar\? Bel dan 112/);
  });
});
