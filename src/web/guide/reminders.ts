import { createEvents, type EventAttributes } from 'ics';
import type { PlanAction } from '../../core/plan/index.ts';

/** How many monthly reminders each step of the months ahead gets. */
export const reminderMonths = 6;

export interface ReminderTexts {
  calendarName: string;
  /** The event title for an action. */
  title: (action: PlanAction) => string;
  /** A last line under the steps, e.g. where to find the plan again (never the code). */
  footer: string;
}

/** The calendar day in the Netherlands for a moment, as [year, month, day]. */
function dutchDay(moment: Date): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(moment);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [part('year'), part('month'), part('day')];
}

function addDays(day: [number, number, number], months: number, days: number): [number, number, number] {
  const date = new Date(Date.UTC(day[0], day[1] - 1 + months, day[2] + days));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/**
 * A calendar file (iCalendar, RFC 5545) with a monthly reminder for each step of the months
 * ahead: an all-day event one month from today, repeating monthly six times, with an alert at
 * 09:00 that day. Made with the `ics` package; nothing about it is stored. The events name the
 * breach and the step, never a code or the person's data. `uidPrefix` keeps the events' ids
 * stable, so downloading again updates instead of duplicating them.
 */
export function remindersCalendar(
  actions: readonly PlanAction[],
  options: { now: Date; uidPrefix: string; texts: ReminderTexts },
): string {
  const first = addDays(dutchDay(options.now), 1, 0);
  const events: EventAttributes[] = actions.map((action) => ({
    uid: `${options.uidPrefix}-${action.id}@datalekwijzer`,
    title: options.texts.title(action),
    description: [...action.steps.map((step) => `- ${step}`), '', options.texts.footer].join('\n'),
    start: first,
    end: addDays(first, 0, 1),
    recurrenceRule: `FREQ=MONTHLY;COUNT=${reminderMonths}`,
    transp: 'TRANSPARENT',
    alarms: [
      { action: 'display', description: options.texts.title(action), trigger: { hours: 9, before: false } },
    ],
  }));
  const result = createEvents(events, {
    productId: 'datalekwijzer/guide',
    calName: options.texts.calendarName,
  });
  if (result.error || result.value === null) throw result.error ?? new Error('no calendar made');
  return result.value;
}
