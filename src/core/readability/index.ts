// The plain-language (B1) check: one entry point, its types and its defaults.
export { checkText } from './check-text.ts';
export { defaultLimits } from './limits.ts';
export { splitSentences } from './sentences.ts';
export { countSyllables } from './syllables.ts';
export type * from './types.ts';
