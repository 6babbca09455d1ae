// The public face of the assessment: adapters import from here.
export { assessBreach } from './assess-breach.ts';
export {
  assessmentInputSchema,
  parseAssessmentInput,
  toFieldErrors,
  incidentKinds,
  type AssessmentInput,
  type AssessmentInputData,
  type ParseResult,
} from './input-schema.ts';
export { assessmentSchema, type Assessment, type RiskLevel, type SeverityLevel } from './output-schema.ts';
export {
  categoryIds,
  specialCategoryIds,
  type CategoryId,
  type SpecialCategoryId,
} from './data-categories.ts';
export { categoryNames } from './category-names.ts';
export { toInternalRegisterCsv, type RegisterEntry } from './internal-register-csv.ts';
