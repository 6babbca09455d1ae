/** The languages every text of the product exists in. Dutch is the default. */
export const languages = ['nl', 'en'] as const;
export type Lang = (typeof languages)[number];

/** A text in every language. A missing language is a content error, never a silent fallback. */
export type Localized = Record<Lang, string>;

/** Narrows an untrusted value (query parameter, CLI flag) to a language. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
