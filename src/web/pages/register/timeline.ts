import type { BreachUpdate } from '../../../core/breaches/breach.ts';
import type { BreachDates } from '../../../core/breaches/speed.ts';
import { earliestDay } from '../../../core/breaches/partial-date.ts';
import type { Localized } from '../../../core/i18n/lang.ts';

/** The kinds of moment on a breach's timeline, in the order they happen when dates tie. */
export const timelineKinds = [
  'occurred',
  'discovered',
  'processorNotifiedController',
  'authorityNotified',
  'victimsNotified',
  'announced',
  'update',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export interface TimelineEvent {
  kind: TimelineKind;
  /** A partial date (`2025`, `2025-07`, `2025-07-06`), or null when the record does not know it. */
  date: string | null;
  /** The text of a public update. */
  text?: Localized;
}

const dateOf: Record<Exclude<TimelineKind, 'update'>, keyof BreachDates> = {
  occurred: 'occurredOn',
  discovered: 'discoveredOn',
  processorNotifiedController: 'processorNotifiedControllerOn',
  authorityNotified: 'authorityNotifiedOn',
  victimsNotified: 'victimsNotifiedOn',
  announced: 'announcedOn',
};

/**
 * A breach's timeline in date order. Dates that are unknown are kept, at the end, so a page
 * can say they are unknown instead of leaving them out or guessing. `processorNotifiedController`
 * is listed only for a breach with a processor.
 */
export function buildTimeline(
  dates: BreachDates,
  updates: readonly BreachUpdate[],
  options: { hasProcessor: boolean },
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const kind of timelineKinds) {
    if (kind === 'update') continue;
    if (kind === 'processorNotifiedController' && !options.hasProcessor) continue;
    events.push({ kind, date: dates[dateOf[kind]] });
  }
  for (const update of updates) events.push({ kind: 'update', date: update.publishedOn, text: update.text });
  const rank = (event: TimelineEvent) => timelineKinds.indexOf(event.kind);
  const known = events.filter((e): e is TimelineEvent & { date: string } => e.date !== null);
  // One sort key per event, so the order is always the same. A date known only to the month
  // (or year) is placed after the events of that period that by their nature come first (the
  // first letters cannot precede the discovery), otherwise at the start of the period.
  const keyOf = (event: TimelineEvent & { date: string }): string => {
    if (event.date.length === 10) return event.date;
    const before = known
      .filter((e) => e.date.length === 10 && e.date.startsWith(event.date) && rank(e) < rank(event))
      .map((e) => e.date)
      .sort();
    return before[before.length - 1] ?? earliestDay(event.date);
  };
  const keys = new Map(known.map((e) => [e, keyOf(e)]));
  known.sort(
    (a, b) =>
      (keys.get(a) ?? '').localeCompare(keys.get(b) ?? '') ||
      rank(a) - rank(b) ||
      a.date.length - b.date.length,
  );
  return [...known, ...events.filter((e) => e.date === null)];
}
