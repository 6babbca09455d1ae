import { isFullDate } from './partial-date.ts';

/** The dates that say how fast a breach was handled; each may be unknown (null) or partial. */
export interface BreachDates {
  occurredOn: string | null;
  discoveredOn: string | null;
  processorNotifiedControllerOn: string | null;
  authorityNotifiedOn: string | null;
  victimsNotifiedOn: string | null;
  /** The first public announcement. */
  announcedOn: string | null;
}

/**
 * How fast people were told, in whole days. The Autoriteit Persoonsgegevens found (2024) that
 * warning victims took more than three weeks on average; the register shows these figures so
 * that readers can compare. Null when a date is unknown or known only to the month.
 */
export interface SpeedMetrics {
  daysDiscoveryToAuthority: number | null;
  daysDiscoveryToVictims: number | null;
  /** For a processor's breach: days between discovery and telling the controller. */
  daysDiscoveryToController: number | null;
}

/** Whole days from `from` to `to`, or null unless both are full dates. */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (!isFullDate(from) || !isFullDate(to)) return null;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The speed metrics for one breach. */
export function speedMetrics(dates: BreachDates): SpeedMetrics {
  return {
    daysDiscoveryToAuthority: daysBetween(dates.discoveredOn, dates.authorityNotifiedOn),
    daysDiscoveryToVictims: daysBetween(dates.discoveredOn, dates.victimsNotifiedOn),
    daysDiscoveryToController: daysBetween(dates.discoveredOn, dates.processorNotifiedControllerOn),
  };
}
