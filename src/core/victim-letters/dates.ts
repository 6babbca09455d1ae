import type { Lang } from '../i18n/lang.ts';

const months: Record<Lang, string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/**
 * A day written out for people: `2026-11-25` becomes "25 november 2026" or "25 November 2026".
 * A month (`2026-11`) or year alone is written as far as it is known; anything else is returned as given.
 */
export function formatDay(day: string, lang: Lang): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(day);
  if (!match) return day;
  const [, year, month, date] = match;
  const monthName = month ? months[lang][Number(month) - 1] : undefined;
  if (!monthName) return year ?? day;
  return date ? `${Number(date)} ${monthName} ${year}` : `${monthName} ${year}`;
}
