/** The authority works in Dutch time: every moment in the notification is shown in Europe/Amsterdam. */
export const notificationTimeZone = 'Europe/Amsterdam';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: notificationTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** A partial date as the breach record keeps it: a year-month ("2026-11") or a day ("2026-11-03"). */
export const partialDatePattern = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/**
 * An ISO instant in Amsterdam time with its offset, like "2026-07-09 11:30 (UTC+02:00)"; a partial
 * date ("2026-11") is kept as it is, because turning it into a moment would invent a time.
 */
export function formatAmsterdam(value: string): string {
  if (partialDatePattern.test(value)) return value;
  const p = Object.fromEntries(parts.formatToParts(new Date(value)).map((x) => [x.type, x.value]));
  const offset = p.timeZoneName === 'GMT' ? 'UTC+00:00' : String(p.timeZoneName).replace('GMT', 'UTC');
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} (${offset})`;
}

/** The same instant as ISO 8601 with the Amsterdam offset, like "2026-07-09T11:30:00+02:00". */
export function isoAmsterdam(value: string): string {
  if (partialDatePattern.test(value)) return value;
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: notificationTimeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(new Date(value))
      .map((x) => [x.type, x.value]),
  );
  const offset = p.timeZoneName === 'GMT' ? '+00:00' : String(p.timeZoneName).replace('GMT', '');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}
