import type { Sentence } from './context.ts';
import { resolveLimits } from './limits.ts';
import { measure } from './metrics.ts';
import { jargon } from './rules/jargon.ts';
import { longWord } from './rules/long-word.ts';
import { passiveVoice } from './rules/passive-voice.ts';
import { sentenceLength } from './rules/sentence-length.ts';
import { splitSentences } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';
import type { CheckOptions, Finding, ReadabilityReport, Span } from './types.ts';

const severityOrder = { warning: 0, hint: 1 } as const;

/** Gives each sentence the tokens that start inside it, in one pass (both lists are sorted). */
function withTokens(spans: Span[], tokens: Token[]): Sentence[] {
  let next = 0;
  return spans.map((span) => {
    while (next < tokens.length && (tokens[next]?.start ?? Infinity) < span.start) next++;
    const first = next;
    while (next < tokens.length && (tokens[next]?.start ?? Infinity) < span.end) next++;
    return { ...span, tokens: tokens.slice(first, next) };
  });
}

function overlaps(a: Finding, b: Finding): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Checks a text against the plain-language (B1) rules and returns every finding with its
 * offsets into `text`, plus summary metrics. Pure: the same input always gives the same report.
 * @example checkText('De verwerkingsverantwoordelijke meldt het.', { lang: 'nl', jargon })
 */
export function checkText(text: string, options: CheckOptions): ReadabilityReport {
  const limits = resolveLimits(options.lang, options.limits);
  const tokens = tokenize(text);
  const sentences = withTokens(splitSentences(text), tokens);
  const context = { text, lang: options.lang, limits, jargon: options.jargon, sentences };
  const jargonFindings = jargon(context);
  // A long word that is also jargon gets the jargon advice only: it names the plain words.
  const longWords = longWord(context).filter((f) => !jargonFindings.some((j) => overlaps(f, j)));
  const findings = [
    ...sentenceLength(context),
    ...longWords,
    ...jargonFindings,
    ...passiveVoice(context),
  ].sort(
    (a, b) => a.start - b.start || severityOrder[a.severity] - severityOrder[b.severity] || b.end - a.end,
  );
  return { lang: options.lang, limits, findings, metrics: measure(sentences, options.lang, limits) };
}
