/**
 * Dutch local time for the awareness moment: people type the day and time as on their own
 * clock; the assessment needs an instant with a zone. Uses the IANA zone Europe/Amsterdam, so
 * summer and winter time are both right.
 */
const zone = 'Europe/Amsterdam';

function offsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** `2026-07-06` + `09:30` (Dutch time) → `2026-07-06T07:30:00.000Z`, or undefined when not valid. */
export function amsterdamToIso(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return undefined;
  const naive = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(naive) || new Date(naive).toISOString().slice(0, 10) !== date) return undefined;
  let instant = naive - offsetMinutes(naive) * 60_000;
  instant = naive - offsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString();
}

/** An instant as Dutch day and time: the inverse of `amsterdamToIso`. */
export function isoToAmsterdam(iso: string): { date: string; time: string } {
  const instant = Date.parse(iso);
  const local = new Date(instant + offsetMinutes(instant) * 60_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}
