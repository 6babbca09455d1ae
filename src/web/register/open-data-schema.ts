import { z } from 'zod';
import { csvColumns } from './open-data.ts';

/**
 * What the register's open data says about itself: description, licence, and a machine-readable
 * description at a stable URL (JSON Schema for `/register.json`, CSVW metadata for
 * `/register.csv`). The licence is CC0 1.0: the register holds facts about breaches that
 * organisations and public sources published, and anyone may reuse them without conditions,
 * as is usual for Dutch government open data.
 */
export const openDataLicence = {
  name: 'CC0 1.0 Universal',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
} as const;

export const openDataDescription = {
  nl: 'Het publieke register van grote datalekken van Datalekwijzer: alle gepubliceerde en afgesloten datalekken, met data, aantallen getroffen mensen, soorten gelekte gegevens, snelheid van melden en bronnen.',
  en: "Datalekwijzer's public register of large personal-data breaches: every published and closed breach, with dates, numbers of people affected, kinds of data, speed of notification and sources.",
} as const;

/** Stable paths of the descriptions, below BASE_URL. */
export const openDataPaths = {
  jsonSchema: '/register.schema.json',
  csvMetadata: '/register.csv-metadata.json',
} as const;

const localized = z.strictObject({ nl: z.string(), en: z.string() });
const day = z
  .string()
  .nullable()
  .meta({ description: 'YYYY-MM-DD, or YYYY-MM / YYYY when only that is known; null when unknown.' });
const days = z.int().nullable().meta({ description: 'Days from discovery; null when a date is missing.' });

const breach = z.strictObject({
  id: z.string().meta({ description: 'Stable id of the breach.' }),
  slug: z.string().meta({ description: 'The readable part of the page address.' }),
  url: z.string().meta({ description: 'The public page of the breach.' }),
  status: z.enum(['published', 'closed']),
  title: localized,
  organisation: z.string().meta({ description: 'The organisation that manages the breach.' }),
  parties: z.array(z.strictObject({ name: z.string(), role: z.string() })),
  sector: z.string(),
  dates: z.strictObject({
    occurredOn: day,
    discoveredOn: day,
    processorNotifiedControllerOn: day,
    authorityNotifiedOn: day,
    victimsNotifiedOn: day,
    announcedOn: day,
  }),
  peopleAffected: z.int().nullable(),
  countRevisions: z.array(z.strictObject({ effectiveOn: z.string(), peopleAffected: z.int() })),
  dataCategories: z.array(z.string()).meta({ description: 'Kinds of data, as ids of the knowledge base.' }),
  recipientGroups: z.array(
    z.strictObject({ name: localized, certainty: z.string(), count: z.int().nullable() }),
  ),
  speed: z.strictObject({
    daysDiscoveryToAuthority: days,
    daysDiscoveryToVictims: days,
    daysDiscoveryToController: days,
  }),
  sources: z.array(z.strictObject({ title: z.string(), url: z.string().nullable() })),
  firstPublishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});

const registerDocument = z.strictObject({
  $schema: z.string().meta({ description: 'The address of this schema.' }),
  description: localized,
  licence: z.strictObject({ name: z.string(), url: z.string() }),
  generatedAt: z.iso.datetime(),
  documentation: z.string(),
  count: z.int(),
  breaches: z.array(breach),
});

/** The JSON Schema (2020-12) of `/register.json`, with its own stable `$id`. */
export function registerJsonSchema(baseUrl: string): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(registerDocument, { target: 'draft-2020-12' }) as Record<string, unknown>),
    $id: `${baseUrl}${openDataPaths.jsonSchema}`,
    title: 'Datalekwijzer register (JSON)',
    description: openDataDescription.en,
  };
}

/** W3C CSV on the Web metadata for `/register.csv`: what each column holds. */
export function registerCsvMetadata(baseUrl: string): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    url: `${baseUrl}/register.csv`,
    'dc:title': 'Datalekwijzer register (CSV)',
    'dc:description': [
      { '@value': openDataDescription.nl, '@language': 'nl' },
      { '@value': openDataDescription.en, '@language': 'en' },
    ],
    'dc:license': { '@id': openDataLicence.url },
    dialect: { header: true, delimiter: ',', encoding: 'utf-8', lineTerminators: ['\r\n'] },
    tableSchema: {
      columns: csvColumns.map((c) => ({
        name: c.name,
        titles: c.name,
        datatype: c.datatype,
        'dc:description': c.description,
      })),
      primaryKey: 'id',
    },
  };
}
