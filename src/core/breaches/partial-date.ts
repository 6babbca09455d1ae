/**
 * A date that may be known only to the year or month: `2025`, `2025-07` or `2025-07-06`.
 * Unknown dates are null, never guessed.
 */
export type PartialDate = string;

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is a real calendar date in one of the three precisions. */
export function isPartialDate(value: string): boolean {
  const match = pattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const date = new Date(Date.UTC(Number(y), month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True when the date is known to the day. */
export function isFullDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.length === 10 && isPartialDate(value);
}

/** The first day a partial date can mean, for sorting and range filters: `2025-07` → `2025-07-01`. */
export function earliestDay(value: PartialDate): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}
