import type { Localized } from '../i18n/lang.ts';
import type { FormField } from './form-sections.ts';
import { messages } from './messages.ts';

// Small helpers that turn answers into the form's two-language values; null means not yet known.
export const same = (text: string): Localized => ({ nl: text, en: text });
export const yesNo = (v: boolean | undefined): Localized | null =>
  v === undefined ? null : v ? { nl: 'ja', en: 'yes' } : { nl: 'nee', en: 'no' };
export const opt = (v: string | undefined): Localized | null => (v && v.trim() !== '' ? same(v) : null);
export const list = (items: Localized[]): Localized | null =>
  items.length === 0
    ? null
    : { nl: items.map((i) => i.nl).join(', '), en: items.map((i) => i.en).join(', ') };
/** Texts joined the same in both languages; `none` (or null: not yet known) when there are none. */
export const joined = (items: readonly string[], separator: string, none: Localized | null = null) =>
  items.length === 0 ? none : same(items.join(separator));
/** A field of the form; its label comes from the catalogue (`formFields`). */
export const f = (id: keyof typeof messages.formFields, value: Localized | null): FormField => ({
  id,
  label: messages.formFields[id],
  value,
});
