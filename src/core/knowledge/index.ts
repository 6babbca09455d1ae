export type { Knowledge } from './knowledge.ts';
export type { KnowledgeIssue } from './issues.ts';
export { formatPath } from './issues.ts';
export { knowledgeDigest } from './digest.ts';
export { validateKnowledge, type ValidationResult } from './validate.ts';
export * from './schema.ts';
export { resolveHibpClasses, resolveCategoryIds, type Resolution } from './resolve.ts';
