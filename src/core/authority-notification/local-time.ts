/** The authority works in Dutch time: every moment in the notification is shown in Europe/Amsterdam. */
export const notificationTimeZone = 'Europe/Amsterdam';

/** The date, time and offset of an instant in Amsterdam, as named parts ("GMT+02:00" offsets). */
const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: notificationTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

type Part = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'offset';

function amsterdamParts(value: string): Record<Part, string> {
  const p: Record<string, string> = Object.fromEntries(
    formatter.formatToParts(new Date(value)).map((x) => [x.type, x.value]),
  );
  // Intl writes the zero offset as plain "GMT".
  const offset = p.timeZoneName === 'GMT' ? '+00:00' : String(p.timeZoneName).replace('GMT', '');
  const get = (name: string) => p[name] ?? '';
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    offset,
  };
}

/** A partial date as the breach record keeps it: a year-month ("2026-11") or a day ("2026-11-03"). */
export const partialDatePattern = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/**
 * An ISO instant in Amsterdam time with its offset, like "2026-07-09 11:30 (UTC+02:00)"; a partial
 * date ("2026-11") is kept as it is, because turning it into a moment would invent a time.
 */
export function formatAmsterdam(value: string): string {
  if (partialDatePattern.test(value)) return value;
  const p = amsterdamParts(value);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} (UTC${p.offset})`;
}

/** The same instant as ISO 8601 with the Amsterdam offset, like "2026-07-09T11:30:00+02:00". */
export function isoAmsterdam(value: string): string {
  if (partialDatePattern.test(value)) return value;
  const p = amsterdamParts(value);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${p.offset}`;
}
