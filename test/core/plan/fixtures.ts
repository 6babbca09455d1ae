import type { Lang } from '../../../src/core/i18n/lang.ts';
import { buildPlan } from '../../../src/core/plan/index.ts';
import { scoreRisks } from '../../../src/core/plan/score-risks.ts';
import type { Plan, PlanInput } from '../../../src/core/plan/types.ts';
import { realKnowledge } from '../knowledge/fixtures.ts';

export const knowledge = realKnowledge();

/** A plan for these category ids; confirmed, Dutch, nothing published, unless overridden. */
export function planFor(categories: string[], overrides: Partial<PlanInput> = {}): Plan {
  return buildPlan(knowledge, { categories, certainty: 'confirmed', lang: 'nl', ...overrides });
}

/** The action ids of a plan, in the order the person should do them. */
export function actionIds(plan: Plan): string[] {
  return plan.actionGroups.flatMap((g) => g.actions.map((a) => a.id));
}

export function action(plan: Plan, id: string) {
  return plan.actionGroups.flatMap((g) => g.actions).find((a) => a.id === id);
}

export function risk(plan: Plan, id: string) {
  return plan.risks.find((r) => r.id === id);
}

/** Every text of a plan joined, to search for advice in it. */
export function allText(plan: Plan): string {
  return [
    plan.summary,
    ...plan.risks.flatMap((r) => [r.name, r.why]),
    ...plan.actionGroups.flatMap((g) => g.actions.flatMap((a) => [a.title, ...a.steps])),
    ...plan.questions.flatMap((q) => [q.question, q.answer]),
  ].join('\n');
}

export const bothLangs: Lang[] = ['nl', 'en'];

/**
 * The engine's internal score of one risk (0 when it does not apply). Plans show levels in words
 * only; tests of ordering and adjustments read the number here.
 */
export function scoreOf(categories: string[], riskId: string, overrides: Partial<PlanInput> = {}): number {
  const certainty = overrides.certainty ?? 'confirmed';
  const scored = scoreRisks(knowledge, new Set(categories), {
    certainty,
    published: overrides.exposure?.published ?? false,
    encrypted: overrides.exposure?.encrypted ?? false,
  });
  return scored.find((s) => s.risk.id === riskId)?.score ?? 0;
}
