import type { Lang } from '../i18n/lang.ts';
import { checkText } from '../readability/check-text.ts';
import type { Finding, JargonEntry } from '../readability/types.ts';
import type { LetterVariant, VariantTexts } from './types.ts';

export interface FieldFindings {
  lang: Lang;
  field: keyof VariantTexts;
  /** Offsets point into the organisation's text as written, placeholders included. */
  findings: Finding[];
}

// Placeholders become blanks of the same length: offsets stay right and `{organisationName}`
// is not taken for a long word.
const blankPlaceholders = (text: string): string => text.replace(/\{[^{}]*\}/g, (m) => ' '.repeat(m.length));

/**
 * Plain-language (B1) warnings on an organisation's texts, per language and field. Advice only:
 * unlike the completeness check, these do not block sending.
 */
export function lintVariantTexts(variant: LetterVariant, jargon: readonly JargonEntry[]): FieldFindings[] {
  const out: FieldFindings[] = [];
  for (const [lang, texts] of Object.entries(variant.texts) as [Lang, VariantTexts | undefined][]) {
    if (!texts) continue;
    for (const field of Object.keys(texts) as (keyof VariantTexts)[]) {
      const text = texts[field];
      if (!text?.trim()) continue;
      const findings = checkText(blankPlaceholders(text), {
        lang,
        jargon: jargon.filter((j) => j.lang === lang),
      }).findings.map((f) => ({ ...f, excerpt: text.slice(f.start, f.end) }));
      if (findings.length > 0) out.push({ lang, field, findings });
    }
  }
  return out;
}
