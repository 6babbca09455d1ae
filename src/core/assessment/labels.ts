import type { Localized } from '../i18n/lang.ts';
import { messages } from './messages.ts';
import type { incidentKinds } from './input-schema.ts';
import type { Art34Exception, RiskLevel, SeverityLevel } from './output-schema.ts';

/** Names of the ENISA levels. */
export const severityLevelNames: Record<SeverityLevel, Localized> = messages.severityLevelNames;

/** Names of the risk levels for people (Art. 33 and 34 GDPR). */
export const riskLevelNames: Record<RiskLevel, Localized> = messages.riskLevelNames;

/** Names of the Art. 34(3) exceptions. */
export const exceptionNames: Record<Art34Exception, Localized> = messages.exceptionNames;

/** A count for a sentence: 941.000 in Dutch, 941,000 in English. */
export function formatCount(count: number): Localized {
  return { nl: count.toLocaleString('nl-NL'), en: count.toLocaleString('en-GB') };
}

/** An ISO instant as "2026-07-09 09:30 UTC", the same in both languages. */
export function formatUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** Names of the kinds of incident. */
export const incidentKindNames: Record<(typeof incidentKinds)[number], Localized> =
  messages.incidentKindNames;
