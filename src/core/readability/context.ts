import type { Lang } from '../i18n/lang.ts';
import type { Token } from './tokens.ts';
import type { Finding, JargonEntry, ReadabilityLimits, Span } from './types.ts';

/** A sentence with the tokens that start inside it. */
export interface Sentence extends Span {
  tokens: Token[];
}

/** Everything a rule may look at; built once per check. */
export interface RuleContext {
  text: string;
  lang: Lang;
  limits: ReadabilityLimits;
  jargon: readonly JargonEntry[];
  sentences: Sentence[];
}

/** A rule reads the context and returns its findings; it never changes the context. */
export type Rule = (context: RuleContext) => Finding[];

/** Builds a finding whose excerpt is always the exact text between its offsets. */
export function finding(text: string, span: Span, rest: Omit<Finding, 'start' | 'end' | 'excerpt'>): Finding {
  return { ...rest, start: span.start, end: span.end, excerpt: text.slice(span.start, span.end) };
}
