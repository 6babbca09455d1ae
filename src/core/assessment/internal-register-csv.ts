import type { Lang } from '../i18n/lang.ts';
import type { AssessmentInput } from './input-schema.ts';
import { exceptionNames, riskLevelNames, severityLevelNames } from './labels.ts';
import type { Assessment } from './output-schema.ts';

/** One breach in the internal register (Art. 33(5) GDPR), notified or not. */
export interface RegisterEntry {
  /** The organisation's own reference for the breach. */
  reference: string;
  title: string;
  facts: Pick<AssessmentInput, 'incidentKind' | 'awareAt' | 'peopleCount' | 'recordCount'>;
  assessment: Assessment;
  /** When the assessment was made (ISO 8601). */
  assessedAt: string;
  remedialAction?: string;
  notifiedAuthorityAt?: string | null;
  peopleInformedAt?: string | null;
}

const headers: Record<Lang, string[]> = {
  nl: [
    'kenmerk',
    'titel',
    'soort incident',
    'ontdekt op',
    'beoordeeld op',
    'aantal mensen',
    'aantal records',
    'soorten gegevens',
    'bijzondere gegevens',
    'ENISA-berekening',
    'ENISA-ernst',
    'risico voor mensen',
    'redenen risico',
    'melden bij AP',
    'redenen melden',
    'uiterste meldmoment',
    'gemeld op',
    'mensen informeren',
    'uitzondering art. 34(3)',
    'openbare mededeling nodig',
    'redenen informeren',
    'geïnformeerd op',
    'maatregelen',
  ],
  en: [
    'reference',
    'title',
    'incident kind',
    'aware at',
    'assessed at',
    'people',
    'records',
    'kinds of data',
    'special categories',
    'ENISA calculation',
    'ENISA severity',
    'risk for people',
    'risk reasons',
    'notify authority',
    'notification reasons',
    'notification deadline',
    'notified at',
    'inform people',
    'Art. 34(3) exception',
    'public communication required',
    'informing reasons',
    'informed at',
    'remedial action',
  ],
};

/**
 * Quotes one field as RFC 4180 asks: in double quotes when it holds a comma, quote or line
 * break, with quotes doubled. A leading =, +, - or @ gets an apostrophe first so a spreadsheet
 * does not run it as a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The internal register as CSV: a header row, then one row per breach with the assessment and
 * its reasons in `lang`. Lines end in CRLF (RFC 4180).
 */
export function toInternalRegisterCsv(entries: readonly RegisterEntry[], lang: Lang = 'nl'): string {
  const yes = lang === 'nl' ? 'ja' : 'yes';
  const no = lang === 'nl' ? 'nee' : 'no';
  const yn = (value: boolean) => (value ? yes : no);
  const rows = entries.map((entry) => {
    const a = entry.assessment;
    return [
      entry.reference,
      entry.title,
      entry.facts.incidentKind,
      entry.facts.awareAt,
      entry.assessedAt,
      String(entry.facts.peopleCount),
      entry.facts.recordCount === undefined ? '' : String(entry.facts.recordCount),
      a.categories.join(' '),
      a.specialCategories.join(' '),
      a.severity.formula,
      severityLevelNames[a.severity.level][lang],
      riskLevelNames[a.risk.level][lang],
      a.risk.reasons.map((r) => r[lang]).join('\n'),
      yn(a.notifyAuthority.required),
      a.notifyAuthority.reasons.map((r) => r[lang]).join('\n'),
      a.deadline.deadlineAt,
      entry.notifiedAuthorityAt ?? '',
      yn(a.informPeople.required),
      a.informPeople.exception ? exceptionNames[a.informPeople.exception][lang] : '',
      yn(a.informPeople.publicCommunicationRequired),
      a.informPeople.reasons.map((r) => r[lang]).join('\n'),
      entry.peopleInformedAt ?? '',
      entry.remedialAction ?? '',
    ];
  });
  return [headers[lang], ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
