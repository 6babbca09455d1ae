import type { Localized } from '../i18n/lang.ts';
import type { incidentKinds } from './input-schema.ts';
import type { Art34Exception, RiskLevel, SeverityLevel } from './output-schema.ts';

/** Names of the ENISA levels. */
export const severityLevelNames: Record<SeverityLevel, Localized> = {
  low: { nl: 'laag', en: 'low' },
  medium: { nl: 'gemiddeld', en: 'medium' },
  high: { nl: 'hoog', en: 'high' },
  very_high: { nl: 'zeer hoog', en: 'very high' },
};

/** Names of the risk levels for people (Art. 33 and 34 GDPR). */
export const riskLevelNames: Record<RiskLevel, Localized> = {
  no_risk: { nl: 'geen risico te verwachten', en: 'no risk likely' },
  risk: { nl: 'risico', en: 'risk' },
  high_risk: { nl: 'hoog risico', en: 'high risk' },
};

/** Names of the Art. 34(3) exceptions. */
export const exceptionNames: Record<Art34Exception, Localized> = {
  encrypted: { nl: 'gegevens onleesbaar (versleuteld)', en: 'data unintelligible (encrypted)' },
  measures_taken: { nl: 'maatregelen nemen het hoge risico weg', en: 'measures remove the high risk' },
  disproportionate_effort: { nl: 'onevenredige inspanning', en: 'disproportionate effort' },
};

/** A count for a sentence: 941.000 in Dutch, 941,000 in English. */
export function formatCount(count: number): Localized {
  return { nl: count.toLocaleString('nl-NL'), en: count.toLocaleString('en-GB') };
}

/** An ISO instant as "2026-07-09 09:30 UTC", the same in both languages. */
export function formatUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** Names of the kinds of incident. */
export const incidentKindNames: Record<(typeof incidentKinds)[number], Localized> = {
  hacking: { nl: 'hack (inbraak in systemen)', en: 'hacking (break-in into systems)' },
  ransomware: { nl: 'ransomware (gijzelsoftware)', en: 'ransomware' },
  lost_device: { nl: 'verloren of gestolen apparaat', en: 'lost or stolen device' },
  misdirected_mail: {
    nl: 'post of e-mail naar de verkeerde ontvanger',
    en: 'mail or e-mail to the wrong recipient',
  },
  staff_unauthorised_access: {
    nl: 'medewerker zag gegevens zonder dat het mocht',
    en: 'unauthorised access by staff',
  },
  published_by_mistake: { nl: 'per ongeluk openbaar gemaakt', en: 'published by mistake' },
  other: { nl: 'ander incident', en: 'other incident' },
};
