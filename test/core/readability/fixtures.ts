import type { Lang } from '../../../src/core/i18n/lang.ts';
import {
  checkText,
  type CheckOptions,
  type Finding,
  type JargonEntry,
  type RuleId,
} from '../../../src/core/readability/index.ts';

/** A jargon entry with sensible defaults; override what the test is about. */
export function buildJargonEntry(overrides: Partial<JargonEntry> = {}): JargonEntry {
  return {
    term: 'verwerkingsverantwoordelijke',
    lang: 'nl',
    plain: ['de organisatie die uw gegevens beheert'],
    ...overrides,
  };
}

/** A small jargon list in both languages, shaped like content/plain-language/jargon.yaml. */
export function buildJargon(): JargonEntry[] {
  return [
    buildJargonEntry(),
    buildJargonEntry({ term: 'betrokkene', plain: ['u', 'de persoon om wie het gaat'] }),
    buildJargonEntry({ term: 'dienen te', forms: ['dient te'], plain: ['moeten'] }),
    buildJargonEntry({ term: 'phishing', plain: ['nepberichten'], severity: 'hint' }),
    buildJargonEntry({
      term: 'data controller',
      lang: 'en',
      plain: ['the organisation that holds your data'],
    }),
    buildJargonEntry({ term: 'processor', lang: 'en', plain: ['the company that handles your data'] }),
    buildJargonEntry({ term: 'pursuant to', lang: 'en', plain: ['under'] }),
  ];
}

/** Runs the check with the fixture jargon and returns the findings of one rule. */
export function findingsOf(
  rule: RuleId,
  text: string,
  lang: Lang,
  options: Partial<CheckOptions> = {},
): Finding[] {
  return checkText(text, { lang, jargon: buildJargon(), ...options }).findings.filter((f) => f.rule === rule);
}
