import type { Lang } from '../../../core/i18n/lang.ts';

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A whole number in the reader's language: `941.000` or `941,000`. */
export function formatCount(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locales[lang]).format(value);
}

/**
 * A date that may be partial, written out in the reader's language: `2025` stays a year,
 * `2025-07` becomes "juli 2025", `2025-07-06` "6 juli 2025". Nothing is filled in that the
 * record does not hold.
 */
export function formatPartialDate(lang: Lang, value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return value;
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locales[lang], options).format(date);
}

/** An ISO timestamp as a day in the reader's language (UTC, so the page does not depend on the server's zone). */
export function formatTimestampDay(lang: Lang, timestamp: string): string {
  return formatPartialDate(lang, timestamp.slice(0, 10));
}
