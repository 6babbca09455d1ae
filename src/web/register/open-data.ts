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
  dates: {
    occurredOn: string | null;
    discoveredOn: string | null;
    processorNotifiedControllerOn: string | null;
    authorityNotifiedOn: string | null;
    victimsNotifiedOn: string | null;
    announcedOn: string | null;
  };
  peopleAffected: number | null;
  countRevisions: { effectiveOn: string; peopleAffected: number }[];
  dataCategories: string[];
  recipientGroups: { name: { nl: string; en: string }; certainty: string; count: number | null }[];
  speed: {
    daysDiscoveryToAuthority: number | null;
    daysDiscoveryToVictims: number | null;
    daysDiscoveryToController: number | null;
  };
  sources: { title: string; url: string | null }[];
  firstPublishedAt: string | null;
  updatedAt: string;
}

/** The public page of a breach, absolute. */
export function breachPageUrl(baseUrl: string, slug: string): string {
  return `${baseUrl}/register/${encodeURIComponent(slug)}`;
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
    dates: {
      occurredOn: b.dates.occurredOn,
      discoveredOn: b.dates.discoveredOn,
      processorNotifiedControllerOn: b.dates.processorNotifiedControllerOn,
      authorityNotifiedOn: b.dates.authorityNotifiedOn,
      victimsNotifiedOn: b.dates.victimsNotifiedOn,
      announcedOn: b.dates.announcedOn,
    },
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
    speed: {
      daysDiscoveryToAuthority: b.speed.daysDiscoveryToAuthority,
      daysDiscoveryToVictims: b.speed.daysDiscoveryToVictims,
      daysDiscoveryToController: b.speed.daysDiscoveryToController,
    },
    sources: b.sources.map((s) => ({ title: s.title, url: s.url })),
    firstPublishedAt: b.firstPublishedAt,
    updatedAt: b.updatedAt,
  };
}

type Cell = string | number | null;

/**
 * The CSV columns, in order, each with how it is filled, its CSVW datatype and what it holds
 * (served as `/register.csv-metadata.json`; docs/register.md describes them too).
 */
export const csvColumns: {
  name: string;
  datatype: 'string' | 'integer' | 'anyURI' | 'datetime';
  description: string;
  value: (b: OpenDataBreach) => Cell;
}[] = [
  { name: 'id', datatype: 'string', description: 'Stable id of the breach.', value: (b) => b.id },
  {
    name: 'slug',
    datatype: 'string',
    description: 'The readable part of the page address.',
    value: (b) => b.slug,
  },
  { name: 'url', datatype: 'anyURI', description: 'The public page of the breach.', value: (b) => b.url },
  { name: 'status', datatype: 'string', description: 'published or closed.', value: (b) => b.status },
  { name: 'title_nl', datatype: 'string', description: 'Title in Dutch.', value: (b) => b.title.nl },
  { name: 'title_en', datatype: 'string', description: 'Title in English.', value: (b) => b.title.en },
  {
    name: 'organisation',
    datatype: 'string',
    description: 'The organisation that manages the breach.',
    value: (b) => b.organisation,
  },
  {
    name: 'parties',
    datatype: 'string',
    description: 'Other organisations involved, as "name (role)", separated by "; ".',
    value: (b) => b.parties.map((p) => `${p.name} (${p.role})`).join('; '),
  },
  { name: 'sector', datatype: 'string', description: 'Sector of the organisation.', value: (b) => b.sector },
  {
    name: 'occurred_on',
    datatype: 'string',
    description: 'When the breach happened: YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown.',
    value: (b) => b.dates.occurredOn,
  },
  {
    name: 'discovered_on',
    datatype: 'string',
    description: 'When it was discovered (same format).',
    value: (b) => b.dates.discoveredOn,
  },
  {
    name: 'processor_notified_controller_on',
    datatype: 'string',
    description: 'When a processor told the controller (same format).',
    value: (b) => b.dates.processorNotifiedControllerOn,
  },
  {
    name: 'authority_notified_on',
    datatype: 'string',
    description: 'When the Autoriteit Persoonsgegevens was notified (same format).',
    value: (b) => b.dates.authorityNotifiedOn,
  },
  {
    name: 'victims_notified_on',
    datatype: 'string',
    description: 'When the people affected were told (same format).',
    value: (b) => b.dates.victimsNotifiedOn,
  },
  {
    name: 'announced_on',
    datatype: 'string',
    description: 'When the breach was made public (same format).',
    value: (b) => b.dates.announcedOn,
  },
  {
    name: 'people_affected',
    datatype: 'integer',
    description: 'Current number of people affected; empty when unknown.',
    value: (b) => b.peopleAffected,
  },
  {
    name: 'data_categories',
    datatype: 'string',
    description: 'Kinds of data (knowledge base ids), separated by ";".',
    value: (b) => b.dataCategories.join(';'),
  },
  {
    name: 'days_discovery_to_authority',
    datatype: 'integer',
    description: 'Days from discovery to notifying the authority; empty when a date is missing.',
    value: (b) => b.speed.daysDiscoveryToAuthority,
  },
  {
    name: 'days_discovery_to_victims',
    datatype: 'integer',
    description: 'Days from discovery to telling the people affected.',
    value: (b) => b.speed.daysDiscoveryToVictims,
  },
  {
    name: 'days_discovery_to_controller',
    datatype: 'integer',
    description: 'Days from discovery to telling the controller.',
    value: (b) => b.speed.daysDiscoveryToController,
  },
  {
    name: 'first_published_at',
    datatype: 'datetime',
    description: 'When the record was first published in the register (UTC).',
    value: (b) => b.firstPublishedAt,
  },
  {
    name: 'updated_at',
    datatype: 'datetime',
    description: 'When the record last changed (UTC).',
    value: (b) => b.updatedAt,
  },
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
