import { IntlMessageFormat } from 'intl-messageformat';
import type { Lang, Localized } from '../../core/i18n/lang.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };

/** Every UI message id; the Dutch file is the reference, a test keeps the English file in step. */
export type MessageKey = keyof typeof nl;
export type MessageValues = Record<string, string | number>;

/** The raw ICU message sources per language, for tests and tools. */
export const messageSources: Record<Lang, Record<string, string>> = { nl, en };

export interface Translator {
  lang: Lang;
  /** Formats the message `key` with ICU `values`. Values are plain text: escape when rendering. */
  t(key: MessageKey, values?: MessageValues): string;
}

const compiled = new Map<string, IntlMessageFormat>();

function format(lang: Lang, key: MessageKey, values?: MessageValues): string {
  const cacheKey = `${lang}\u0000${key}`;
  let message = compiled.get(cacheKey);
  if (!message) {
    const source = messageSources[lang][key];
    if (source === undefined) throw new Error(`Missing ${lang} message "${key}"`);
    message = new IntlMessageFormat(source, lang === 'nl' ? 'nl-NL' : 'en-GB');
    compiled.set(cacheKey, message);
  }
  const result = message.format(values);
  return typeof result === 'string' ? result : String(result);
}

const translators: Record<Lang, Translator> = {
  nl: { lang: 'nl', t: (key, values) => format('nl', key, values) },
  en: { lang: 'en', t: (key, values) => format('en', key, values) },
};

/**
 * A message in both languages, for texts that travel before the language is known (a
 * `FieldError` from a form schema is shown on a Dutch or an English page).
 * @example localizedMessage('workspace.error.required') // { nl: 'Vul dit in.', en: 'Fill this in.' }
 */
export function localizedMessage(key: MessageKey, values?: MessageValues): Localized {
  return { nl: format('nl', key, values), en: format('en', key, values) };
}

/** Whether a string is a message id (form schemas use ids as zod messages). */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(messageSources.nl, value);
}

/** The translator for a language; messages compile once, on first use. */
export function translator(lang: Lang): Translator {
  return translators[lang];
}
