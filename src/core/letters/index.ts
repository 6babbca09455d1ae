export { buildLetter, compileVariant, lettersRiskLimit, type CompiledVariant } from './build-letter.ts';
export { letterChecksum } from './checksum.ts';
export {
  checkCompleteness,
  type CompletenessReport,
  type MissingItem,
  type RequiredItem,
  type TextProblem,
} from './completeness.ts';
export {
  compileTemplate,
  findPlaceholderProblems,
  knownPlaceholders,
  type PlaceholderName,
  type PlaceholderProblem,
} from './placeholders.ts';
export type * from './types.ts';
export { lintVariantTexts, type FieldFindings } from './lint-variant.ts';
export type * from './jobs.ts';
