export type { Knowledge } from './knowledge.ts';
export type { KnowledgeIssue } from './issues.ts';
export { formatPath } from './issues.ts';
export { knowledgeDigest } from './digest.ts';
export { validateKnowledge, type ValidationResult } from './validate.ts';
export * from './schema.ts';
export { resolveHibpClasses, resolveCategoryIds, type Resolution } from './resolve.ts';
export {
  fingerprintOf,
  reviewItems,
  reviewStatus,
  type ReviewItem,
  type ReviewItemKind,
  type ReviewState,
  type ReviewStatus,
} from './review.ts';
export { reviewableRefs } from './review-refs.ts';
