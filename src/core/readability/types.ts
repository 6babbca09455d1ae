import type { Lang, Localized } from '../i18n/lang.ts';

/** The rules the plain-language check applies. */
export type RuleId = 'sentence-too-long' | 'long-word' | 'jargon' | 'passive-voice';

/** A warning should be fixed before a text goes out; a hint is worth a second look. */
export type Severity = 'warning' | 'hint';

/** A stretch of the original text, as UTF-16 offsets: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** One problem found in a text, with its position so that an editor can highlight it. */
export interface Finding extends Span {
  rule: RuleId;
  severity: Severity;
  /** The offending text, exactly `text.slice(start, end)`. */
  excerpt: string;
  message: Localized;
  /** Plainer words to use instead, in the language of the text (jargon only). */
  suggestions?: readonly string[];
}

/** A word or phrase that readers at B1 level often do not know, with plainer wording. */
export interface JargonEntry {
  term: string;
  lang: Lang;
  plain: readonly string[];
  /** Other spellings or inflections that should match too, such as `dient te` for `dienen te`. */
  forms?: readonly string[];
  /** Match only the term and forms as written, without plural or inflection endings
   * (for words that do not inflect, so that "indien" does not match "indienen"). */
  exact?: boolean;
  note?: string;
  /** `hint` for words that may stay when explained (phishing); `warning` when not given. */
  severity?: Severity;
}

/** Limits the rules use; every one can be set per check. */
export interface ReadabilityLimits {
  /** A sentence with more words than this is too long (B1: about 20). */
  maxSentenceWords: number;
  /** A word (or each part of a hyphenated word) with more characters than this is too long. */
  maxWordChars: number;
  /** A word with more syllables than this is too long. */
  maxWordSyllables: number;
  /** Words with at least this many syllables count as long in the summary metrics. */
  longWordSyllables: number;
}

export interface CheckOptions {
  lang: Lang;
  jargon: readonly JargonEntry[];
  limits?: Partial<ReadabilityLimits>;
}

export interface ReadabilityMetrics {
  sentences: number;
  words: number;
  averageSentenceLength: number;
  averageSyllablesPerWord: number;
  /** Share (0–1) of words with at least `longWordSyllables` syllables. */
  longWordShare: number;
  readingEase: {
    formula: 'flesch-douma' | 'flesch-reading-ease';
    /** Higher is easier; null when the text has no words. */
    score: number | null;
  };
}

export interface ReadabilityReport {
  lang: Lang;
  limits: ReadabilityLimits;
  findings: Finding[];
  metrics: ReadabilityMetrics;
}
