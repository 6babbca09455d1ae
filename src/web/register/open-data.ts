import type { BreachDates, SpeedMetrics } from '../../core/breaches/speed.ts';
import type { BreachDetail } from '../../use-cases/get-breach.ts';

/** One breach in the open data, field by field: nothing leaves that is not named here. */
export interface OpenDataBreach {
  id: string;
  slug: string;
  url: string;
  status: string;
  title: { nl: string; en: string };
  organisation: string;
  parties: { name: string; role: string }[];
  sector: string;
  dates: BreachDates;
  peopleAffected: number | null;
  countRevisions: { effectiveOn: string; peopleAffected: number }[];
  dataCategories: string[];
  recipientGroups: { name: { nl: string; en: string }; certainty: string; count: number | null }[];
  speed: SpeedMetrics;
  sources: { title: string; url: string | null }[];
  firstPublishedAt: string | null;
  updatedAt: string;
}

/** The public page of a breach, absolute. */
export function breachPageUrl(baseUrl: string, slug: string): string {
  return `${baseUrl}/register/${encodeURIComponent(slug)}`;
}

type Cell = string | number | null;
type Datatype = 'string' | 'integer' | 'anyURI' | 'datetime';

/** The dates and speeds, each with its CSV column and what it holds: one list for JSON and CSV. */
const dateColumns: Record<keyof BreachDates, [name: string, description: string]> = {
  occurredOn: ['occurred_on', 'When the breach happened: YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown.'],
  discoveredOn: ['discovered_on', 'When it was discovered (same format).'],
  processorNotifiedControllerOn: [
    'processor_notified_controller_on',
    'When a processor told the controller (same format).',
  ],
  authorityNotifiedOn: [
    'authority_notified_on',
    'When the Autoriteit Persoonsgegevens was notified (same format).',
  ],
  victimsNotifiedOn: ['victims_notified_on', 'When the people affected were told (same format).'],
  announcedOn: ['announced_on', 'When the breach was made public (same format).'],
};
const speedColumns: Record<keyof SpeedMetrics, [name: string, description: string]> = {
  daysDiscoveryToAuthority: [
    'days_discovery_to_authority',
    'Days from discovery to notifying the authority; empty when a date is missing.',
  ],
  daysDiscoveryToVictims: [
    'days_discovery_to_victims',
    'Days from discovery to telling the people affected.',
  ],
  daysDiscoveryToController: [
    'days_discovery_to_controller',
    'Days from discovery to telling the controller.',
  ],
};

/** Only the named fields of `source`, in the order of `fields`: nothing else leaves. */
function pick<K extends string, V>(source: Record<K, V>, fields: Record<K, unknown>): Record<K, V> {
  return Object.fromEntries(Object.keys(fields).map((key) => [key, source[key as K]])) as Record<K, V>;
}

/** Presents a published breach for the open data (JSON and CSV). */
export function presentOpenDataBreach(b: BreachDetail, baseUrl: string): OpenDataBreach {
  return {
    id: b.id,
    slug: b.slug,
    url: breachPageUrl(baseUrl, b.slug),
    status: b.status,
    title: { nl: b.title.nl, en: b.title.en },
    organisation: b.organisationName,
    parties: b.parties.map((p) => ({ name: b.partyNames[p.organisationId] ?? '', role: p.role })),
    sector: b.sector,
    dates: pick(b.dates, dateColumns),
    peopleAffected: b.peopleAffected,
    countRevisions: b.countRevisions.map((r) => ({
      effectiveOn: r.effectiveOn,
      peopleAffected: r.peopleAffected,
    })),
    dataCategories: [...b.dataCategories],
    recipientGroups: b.recipientGroups.map((g) => ({
      name: { nl: g.name.nl, en: g.name.en },
      certainty: g.certainty,
      count: g.count,
    })),
    speed: pick(b.speed, speedColumns),
    sources: b.sources.map((s) => ({ title: s.title, url: s.url })),
    firstPublishedAt: b.firstPublishedAt,
    updatedAt: b.updatedAt,
  };
}

interface CsvColumn {
  name: string;
  datatype: Datatype;
  description: string;
  value: (b: OpenDataBreach) => Cell;
}

function column(name: string, datatype: Datatype, description: string, value: CsvColumn['value']): CsvColumn {
  return { name, datatype, description, value };
}

/** One column per field of a group (dates, speeds), in the group's order. */
function groupColumns<K extends string>(
  fields: Record<K, [name: string, description: string]>,
  datatype: Datatype,
  read: (b: OpenDataBreach, key: K) => Cell,
): CsvColumn[] {
  return (Object.keys(fields) as K[]).map((key) =>
    column(fields[key][0], datatype, fields[key][1], (b) => read(b, key)),
  );
}

/**
 * The CSV columns, in order, each with how it is filled, its CSVW datatype and what it holds
 * (served as `/register.csv-metadata.json`; docs/register.md describes them too).
 */
export const csvColumns: CsvColumn[] = [
  column('id', 'string', 'Stable id of the breach.', (b) => b.id),
  column('slug', 'string', 'The readable part of the page address.', (b) => b.slug),
  column('url', 'anyURI', 'The public page of the breach.', (b) => b.url),
  column('status', 'string', 'published or closed.', (b) => b.status),
  column('title_nl', 'string', 'Title in Dutch.', (b) => b.title.nl),
  column('title_en', 'string', 'Title in English.', (b) => b.title.en),
  column('organisation', 'string', 'The organisation that manages the breach.', (b) => b.organisation),
  column('parties', 'string', 'Other organisations involved, as "name (role)", separated by "; ".', (b) =>
    b.parties.map((p) => `${p.name} (${p.role})`).join('; '),
  ),
  column('sector', 'string', 'Sector of the organisation.', (b) => b.sector),
  ...groupColumns(dateColumns, 'string', (b, key) => b.dates[key]),
  column(
    'people_affected',
    'integer',
    'Current number of people affected; empty when unknown.',
    (b) => b.peopleAffected,
  ),
  column('data_categories', 'string', 'Kinds of data (knowledge base ids), separated by ";".', (b) =>
    b.dataCategories.join(';'),
  ),
  ...groupColumns(speedColumns, 'integer', (b, key) => b.speed[key]),
  column(
    'first_published_at',
    'datetime',
    'When the record was first published in the register (UTC).',
    (b) => b.firstPublishedAt,
  ),
  column('updated_at', 'datetime', 'When the record last changed (UTC).', (b) => b.updatedAt),
];
/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe; numbers stay numbers.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** The register as CSV: a header line, one line per breach, CRLF line ends. */
export function registerCsv(breaches: readonly OpenDataBreach[]): string {
  const lines = [csvColumns.map((c) => c.name).join(',')];
  for (const b of breaches) lines.push(csvColumns.map((c) => csvField(c.value(b))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
