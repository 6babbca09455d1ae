import type { Lang } from '../i18n/lang.ts';
import type { ReadabilityLimits } from './types.ts';

/**
 * Defaults per language. Dutch glues compounds together, so a Dutch word may be longer than
 * an English one before it hinders reading: "tweestapsverificatie" (20) passes, while
 * "verwerkingsverantwoordelijke" (28) does not.
 */
export const defaultLimits: Record<Lang, ReadabilityLimits> = {
  nl: { maxSentenceWords: 20, maxWordChars: 20, maxWordSyllables: 7, longWordSyllables: 4 },
  en: { maxSentenceWords: 20, maxWordChars: 17, maxWordSyllables: 6, longWordSyllables: 4 },
};

/** The defaults for `lang`, overridden by whatever `limits` sets. */
export function resolveLimits(lang: Lang, limits: Partial<ReadabilityLimits> = {}): ReadabilityLimits {
  const merged = { ...defaultLimits[lang] };
  for (const key of Object.keys(merged) as (keyof ReadabilityLimits)[]) {
    const value = limits[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) merged[key] = value;
  }
  return merged;
}
