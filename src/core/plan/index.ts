export { buildPlan } from './build-plan.ts';
export { scoreRisks, levelOf, type ScoredRisk } from './score-risks.ts';
export type * from './types.ts';
export { typicalCases, type TypicalCase } from './typical-cases.ts';
