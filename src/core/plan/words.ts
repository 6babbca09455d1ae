import type { Lang } from '../i18n/lang.ts';

/**
 * A category name as it reads inside a sentence: "E-mailadres" becomes "e-mailadres", while an
 * abbreviation such as "BSN", "IBAN (…)" or "IP-adres" keeps its capitals.
 */
export function inSentence(name: string): string {
  const firstWord = /^\p{L}+/u.exec(name)?.[0] ?? '';
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** "a, b en c" / "a, b and c". */
export function joinList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang === 'nl' ? 'nl' : 'en-GB', { style: 'long', type: 'conjunction' }).format(
    items,
  );
}
