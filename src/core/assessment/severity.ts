import type { Localized } from '../i18n/lang.ts';
import { scoreCircumstances } from './circumstances.ts';
import { derivedSpecialCategories, scoreDpc } from './dpc.ts';
import { scoreEaseOfIdentification } from './ease-of-identification.ts';
import type { AssessmentInput } from './input-schema.ts';
import type { Severity, SeverityLevel } from './output-schema.ts';
import { applyOverrides } from './overrides.ts';

const levelTexts: Record<SeverityLevel, Localized> = {
  low: {
    nl: 'Laag (onder 2): mensen merken er niets van of hebben wat last, die ze zonder problemen oplossen.',
    en: 'Low (below 2): people are not affected or meet a few inconveniences they overcome without problems.',
  },
  medium: {
    nl: 'Gemiddeld (2 tot 3): mensen kunnen flink last hebben, maar lossen dat met wat moeite op.',
    en: 'Medium (2 to 3): people may meet significant inconveniences they overcome despite a few difficulties.',
  },
  high: {
    nl: 'Hoog (3 tot 4): mensen kunnen ernstige gevolgen hebben, die ze alleen met veel moeite oplossen.',
    en: 'High (3 to 4): people may meet significant consequences they overcome only with serious difficulties.',
  },
  very_high: {
    nl: 'Zeer hoog (4 of meer): mensen kunnen gevolgen hebben die ze misschien nooit meer oplossen.',
    en: 'Very high (4 or more): people may meet consequences they may never overcome.',
  },
};

/** ENISA bands: low < 2 ≤ medium < 3 ≤ high < 4 ≤ very high. */
export function severityLevel(score: number): SeverityLevel {
  if (score >= 4) return 'very_high';
  if (score >= 3) return 'high';
  if (score >= 2) return 'medium';
  return 'low';
}

/** The plain meaning of a severity level. */
export function severityLevelText(level: SeverityLevel): Localized {
  return levelTexts[level];
}

/**
 * ENISA 2013 severity: SE = DPC × EI + CB, with every component and its reason.
 * @example computeSeverity(input).formula // "4 × 1 + 1.5 = 5.5"
 */
export function computeSeverity(input: AssessmentInput): Severity {
  const derived = {
    dpc: scoreDpc({
      categories: input.categories,
      declaredSpecial: input.specialCategories,
      childrenOrVulnerable: input.childrenOrVulnerable,
      context: input.context,
    }),
    ei: scoreEaseOfIdentification(input.categories, input.identification),
    cb: scoreCircumstances(input),
  };
  const { parts, applied } = applyOverrides(derived, input.overrides);
  const { dpc, ei, cb } = parts;
  // Every part is a multiple of 0.25, so this sum is exact in floating point.
  const score = dpc.value * ei.value + cb.total;
  const level = severityLevel(score);
  return {
    dpc,
    ei,
    cb,
    score,
    formula: `${dpc.value} × ${ei.value} + ${cb.total} = ${score}`,
    level,
    levelReason: severityLevelText(level),
    overrides: applied,
  };
}

/** Declared plus derived special categories, without duplicates, in a stable order. */
export function allSpecialCategories(input: AssessmentInput): AssessmentInput['specialCategories'] {
  return [...new Set([...derivedSpecialCategories(input.categories), ...input.specialCategories])];
}
