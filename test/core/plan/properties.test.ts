import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { certainties } from '../../../src/core/knowledge/index.ts';
import type { Plan } from '../../../src/core/plan/types.ts';
import { scoreRisks } from '../../../src/core/plan/score-risks.ts';
import { knowledge, planFor, scoreOf } from './fixtures.ts';

const ids = knowledge.categories.map((c) => c.id);
const someData = fc.subarray(ids, { minLength: 1 });
const options = fc.record({
  certainty: fc.constantFrom(...certainties),
  lang: fc.constantFrom('nl' as const, 'en' as const),
  published: fc.boolean(),
  encrypted: fc.boolean(),
});

function build(
  data: string[],
  o: { certainty: Plan['certainty']; lang: Plan['lang']; published: boolean; encrypted: boolean },
) {
  return planFor(data, {
    certainty: o.certainty,
    lang: o.lang,
    exposure: { published: o.published, encrypted: o.encrypted },
  });
}

describe('buildPlan for any leaked data', () => {
  test('keeps its promises: ordered risks, numbered actions, every contact and source listed', () => {
    fc.assert(
      fc.property(someData, options, (data, o) => {
        const plan = build(data, o);
        const scored = scoreRisks(knowledge, new Set(data), o);
        assert.deepEqual(
          plan.risks.map((r) => r.id),
          scored.map((s) => s.risk.id),
        );
        const scores = scored.map((s) => s.score);
        assert.deepEqual(
          scores,
          [...scores].sort((a, b) => b - a),
        );
        for (const s of scores) assert.ok(s > 0 && s <= 10);
        for (const r of plan.risks) assert.equal('score' in r, false, 'numbers stay inside the engine');
        const actions = plan.actionGroups.flatMap((g) => g.actions);
        assert.deepEqual(
          actions.map((a) => a.number),
          actions.map((_, i) => i + 1),
        );
        const contactIds = new Set(plan.contacts.map((c) => c.id));
        for (const a of actions) for (const c of a.contacts) assert.ok(contactIds.has(c.id));
        const sourceIds = new Set(plan.sources.map((s) => s.id));
        for (const a of actions) for (const s of a.sources) assert.ok(sourceIds.has(s));
        for (const r of plan.risks) for (const c of r.causedBy) assert.ok(data.includes(c));
        if (o.certainty === 'not_affected') assert.deepEqual(plan.risks, []);
      }),
      { numRuns: 150 },
    );
  });

  test('never lowers a risk when more data leaked', () => {
    fc.assert(
      fc.property(someData, someData, (a, b) => {
        const smaller = planFor(a);
        const larger = planFor([...a, ...b]);
        for (const r of smaller.risks) {
          assert.ok(
            larger.risks.some((x) => x.id === r.id),
            `${r.id} disappeared`,
          );
          assert.ok(scoreOf([...a, ...b], r.id) >= scoreOf(a, r.id), `${r.id} dropped`);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('scores a possible leak no higher than a confirmed one', () => {
    fc.assert(
      fc.property(someData, (data) => {
        const confirmed = planFor(data);
        for (const r of planFor(data, { certainty: 'possibly' }).risks) {
          assert.ok(confirmed.risks.some((x) => x.id === r.id));
          assert.ok(scoreOf(data, r.id, { certainty: 'possibly' }) <= scoreOf(data, r.id));
        }
      }),
      { numRuns: 100 },
    );
  });
});
