import type { Lang } from '../i18n/lang.ts';
import type { Sentence } from './context.ts';
import { countSyllables } from './syllables.ts';
import type { ReadabilityLimits, ReadabilityMetrics } from './types.ts';

function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/**
 * Summary figures for a text. Sentence length counts every token (a URL or number is one
 * word); syllables are averaged over real words only. The score is Flesch–Douma for Dutch
 * (206.835 − 0.93 × words per sentence − 77 × syllables per word) and Flesch Reading Ease for
 * English (206.835 − 1.015 × words per sentence − 84.6 × syllables per word).
 */
export function measure(sentences: Sentence[], lang: Lang, limits: ReadabilityLimits): ReadabilityMetrics {
  const tokens = sentences.flatMap((s) => s.tokens);
  const syllables = tokens.filter((t) => t.kind === 'word').map((t) => countSyllables(t.text, lang));
  const wordCount = tokens.length;
  const averageSentenceLength = sentences.length ? wordCount / sentences.length : 0;
  const averageSyllablesPerWord = syllables.length
    ? syllables.reduce((a, b) => a + b, 0) / syllables.length
    : 0;
  const longWords = syllables.filter((n) => n >= limits.longWordSyllables).length;
  const score =
    wordCount === 0 || syllables.length === 0
      ? null
      : lang === 'nl'
        ? 206.835 - 0.93 * averageSentenceLength - 77 * averageSyllablesPerWord
        : 206.835 - 1.015 * averageSentenceLength - 84.6 * averageSyllablesPerWord;
  return {
    sentences: sentences.length,
    words: wordCount,
    averageSentenceLength: round(averageSentenceLength, 1),
    averageSyllablesPerWord: round(averageSyllablesPerWord, 2),
    longWordShare: syllables.length ? round(longWords / syllables.length, 3) : 0,
    readingEase: {
      formula: lang === 'nl' ? 'flesch-douma' : 'flesch-reading-ease',
      score: score === null ? null : round(score, 1),
    },
  };
}
