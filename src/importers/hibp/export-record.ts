import { earliestDay } from '../../core/breaches/partial-date.ts';
import { escapeHtmlCharacters } from '../../core/text/escape-html.ts';
import type { BreachDetail } from '../../use-cases/get-breach.ts';
import { toHibpDataClasses } from './data-classes.ts';
import type { HibpBreachInput, HibpImportedContent } from './hibp-breach.ts';

/** The HIBP record a breach was imported from, with what the import made of it. */
export interface HibpSource {
  record: HibpBreachInput;
  descriptionLanguage: 'nl' | 'en';
  imported: HibpImportedContent;
}

/** A breach in HIBP's breach model: every field, PascalCase as HIBP writes it. */
export type HibpRecord = Omit<HibpBreachInput, 'AddedDate' | 'ModifiedDate'> & {
  AddedDate: string;
  ModifiedDate: string;
};

/** HIBP writes instants to the second: `2025-07-06T00:00:00Z`. */
function hibpInstant(iso: string): string {
  return `${iso.slice(0, 19)}Z`;
}

/** The host name of the organisation's website without `www.`, or '' when unknown. */
function domainOf(website: string | null): string {
  if (!website) return '';
  try {
    return new URL(website).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);
}

/**
 * A breach as an HIBP record. For a breach imported from HIBP, every field comes back as it came
 * (exact Name, Domain, dates, HTML description with its links, logo, attribution, flags,
 * data classes, unknown ones included) unless the register's own value was changed since:
 * then the register's value is exported and ModifiedDate becomes the breach's last change.
 * For other breaches, Name is the slug, the English text is used, the flags are false and
 * IsVerified says the organisation published the record itself.
 */
export function hibpRecordOf(
  b: BreachDetail,
  organisationWebsite: string | null,
  source?: HibpSource,
): HibpRecord {
  const day = b.dates.occurredOn ?? b.dates.discoveredOn ?? b.dates.announcedOn;
  const breachDate = day ? earliestDay(day) : b.createdAt.slice(0, 10);
  const count = b.peopleAffected ?? 0;
  if (!source) {
    return {
      Name: b.slug,
      Title: b.title.en,
      Domain: domainOf(organisationWebsite),
      BreachDate: breachDate,
      AddedDate: hibpInstant(b.firstPublishedAt ?? b.createdAt),
      ModifiedDate: hibpInstant(b.updatedAt),
      PwnCount: count,
      Description: escapeHtmlCharacters(b.description.en),
      LogoPath: '',
      Attribution: null,
      DataClasses: toHibpDataClasses(b.dataCategories),
      IsVerified: b.status !== 'draft',
      IsFabricated: false,
      IsSensitive: false,
      IsRetired: false,
      IsSpamList: false,
      IsMalware: false,
      IsSubscriptionFree: false,
      IsStealerLog: false,
    };
  }
  const { record, imported } = source;
  const lang = source.descriptionLanguage;
  const titleKept = b.title.en === imported.title;
  const descriptionKept = b.description[lang] === imported.description;
  const classesKept = sameList(b.dataCategories, imported.dataCategories);
  const unchanged =
    titleKept &&
    descriptionKept &&
    classesKept &&
    breachDate === imported.occurredOn &&
    count === imported.peopleAffected;
  const knownClasses = toHibpDataClasses(b.dataCategories.filter((id) => id !== 'other'));
  // Classes without a kind of data of their own stay with the record and are exported again.
  const unknownClasses = imported.verbatimDataClasses;
  return {
    ...record,
    Title: titleKept ? record.Title : b.title.en,
    BreachDate: breachDate === imported.occurredOn ? record.BreachDate : breachDate,
    AddedDate: record.AddedDate ?? hibpInstant(b.firstPublishedAt ?? b.createdAt),
    ModifiedDate: unchanged ? (record.ModifiedDate ?? hibpInstant(b.updatedAt)) : hibpInstant(b.updatedAt),
    PwnCount: count,
    Description: descriptionKept ? record.Description : escapeHtmlCharacters(b.description[lang]),
    DataClasses: classesKept
      ? [...record.DataClasses]
      : [...new Set([...knownClasses, ...unknownClasses])].sort((x, y) => x.localeCompare(y, 'en')),
  };
}

/** One field that a round trip (import, then export) changes. */
export interface HibpRoundTripChange {
  field: string;
  imported: unknown;
  exported: unknown;
}

/** Every field whose exported value differs from the record that was imported. */
export function roundTripChanges(
  input: Record<string, unknown>,
  exported: HibpRecord,
): HibpRoundTripChange[] {
  const changes: HibpRoundTripChange[] = [];
  for (const [field, value] of Object.entries(exported)) {
    const before = input[field];
    if (JSON.stringify(before ?? null) !== JSON.stringify(value ?? null))
      changes.push({ field, imported: before ?? null, exported: value });
  }
  return changes;
}
