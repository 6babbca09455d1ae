import { z } from 'zod';
import { breachStatuses, certainties, partyRoles, sourceKinds } from '../../core/breaches/vocabulary.ts';

/**
 * The response shapes of the REST API as zod schemas: presenters are typed from them, the
 * OpenAPI document is generated from them, and tests validate real responses against that
 * document. Output schemas are strict (no extra fields), so a presenter that starts to send
 * a field the document does not name fails the tests.
 */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

export function named<S extends z.ZodType>(id: string, schema: S, description?: string): S {
  apiSchemas.add(schema, description === undefined ? { id } : { id, description });
  return schema;
}

export const localizedSchema = named(
  'Localized',
  z.strictObject({ nl: z.string(), en: z.string() }),
  'A text in Dutch and English.',
);

const link = z.strictObject({ href: z.string() });
export const linkSchema = named('Link', link, 'An absolute URL (HAL style).');

/** `_links` of a page of results; `prev` and `next` only where such a page exists. */
export const pageLinksSchema = named(
  'PageLinks',
  z.strictObject({
    self: linkSchema,
    first: linkSchema,
    last: linkSchema,
    prev: linkSchema.optional(),
    next: linkSchema.optional(),
  }),
);

/** An instant (RFC 3339 with offset, in practice UTC `…Z`): `format: date-time` in the document. */
export const instantSchema = z.iso
  .datetime({ offset: true })
  .meta({ description: 'Date and time (RFC 3339), such as 2026-02-01T09:30:00.000Z.' });

const partialDate = z
  .string()
  .meta({ description: 'YYYY-MM-DD, or YYYY-MM / YYYY when only that is known.' });

export const breachSummarySchema = named(
  'BreachSummary',
  z.strictObject({
    id: z.string(),
    slug: z.string(),
    status: z.enum(breachStatuses),
    title: localizedSchema,
    sector: z.string(),
    organisation: z.strictObject({ id: z.string(), name: z.string() }),
    occurredOn: partialDate.nullable(),
    discoveredOn: partialDate.nullable(),
    peopleAffected: z.int().nullable(),
    dataCategories: z.array(z.string()),
    version: z.int(),
    updatedAt: instantSchema,
    firstPublishedAt: instantSchema.nullable(),
    _links: z.strictObject({ self: linkSchema }),
  }),
);

/** A page of results with the links and counts a client needs to walk through all pages. */
function pageOf<S extends z.ZodType>(id: string, item: S) {
  return named(
    id,
    z.strictObject({
      items: z.array(item),
      page: z.int(),
      pageSize: z.int(),
      totalCount: z.int(),
      pageCount: z.int(),
      _links: pageLinksSchema,
    }),
  );
}

export const breachPageSchema = pageOf('BreachPage', breachSummarySchema);

export const countRevisionSchema = named(
  'CountRevision',
  z.strictObject({
    id: z.string(),
    peopleAffected: z.int(),
    effectiveOn: partialDate,
    reason: localizedSchema,
    recordedAt: instantSchema,
  }),
);

export const breachUpdateSchema = named(
  'BreachUpdate',
  z.strictObject({
    id: z.string(),
    publishedOn: partialDate,
    text: localizedSchema,
    createdAt: instantSchema,
  }),
);

export const breachDetailSchema = named(
  'Breach',
  z.strictObject({
    id: z.string(),
    slug: z.string(),
    status: z.enum(breachStatuses),
    version: z
      .int()
      .meta({ description: 'Send it back (If-Match or `version`) when you change the breach.' }),
    title: localizedSchema,
    sector: z.string(),
    description: localizedSchema,
    organisation: z.strictObject({ id: z.string(), name: z.string() }),
    parties: z.array(
      z.strictObject({ organisationId: z.string(), name: z.string(), role: z.enum(partyRoles) }),
    ),
    dates: z.strictObject({
      occurredOn: partialDate.nullable(),
      discoveredOn: partialDate.nullable(),
      processorNotifiedControllerOn: partialDate.nullable(),
      authorityNotifiedOn: partialDate.nullable(),
      victimsNotifiedOn: partialDate.nullable(),
      announcedOn: partialDate.nullable(),
    }),
    speed: z.strictObject({
      daysDiscoveryToAuthority: z.int().nullable(),
      daysDiscoveryToVictims: z.int().nullable(),
      daysDiscoveryToController: z.int().nullable(),
    }),
    peopleAffected: z.int().nullable(),
    countRevisions: z.array(countRevisionSchema),
    dataCategories: z.array(z.string()),
    recipientGroups: z.array(
      z.strictObject({ name: localizedSchema, certainty: z.enum(certainties), count: z.int().nullable() }),
    ),
    measures: z.array(localizedSchema),
    helpline: z
      .strictObject({
        phone: z.string().nullable(),
        hours: localizedSchema.nullable(),
        url: z.string().nullable(),
      })
      .nullable(),
    questions: z.array(z.strictObject({ question: localizedSchema, answer: localizedSchema })),
    sources: z.array(
      z.strictObject({ title: z.string(), url: z.string().nullable(), kind: z.enum(sourceKinds) }),
    ),
    updates: z.array(breachUpdateSchema),
    createdAt: instantSchema,
    updatedAt: instantSchema,
    firstPublishedAt: instantSchema.nullable(),
    _links: z.strictObject({ self: linkSchema, hibp: linkSchema }),
  }),
);

export const countRevisionResultSchema = named(
  'CountRevisionResult',
  z.strictObject({
    revision: countRevisionSchema,
    countRevisions: z.array(countRevisionSchema),
    peopleAffected: z.int().nullable(),
    version: z.int(),
  }),
);

export const breachUpdateResultSchema = named(
  'BreachUpdateResult',
  z.strictObject({ update: breachUpdateSchema, version: z.int() }),
);

export const auditEntrySchema = named(
  'AuditEntry',
  z.strictObject({
    id: z.string(),
    occurredAt: instantSchema,
    actor: z.strictObject({
      kind: z.string(),
      userId: z.string().nullable(),
      tokenId: z.string().nullable(),
    }),
    entityType: z.string(),
    entityId: z.string(),
    action: z.string(),
    before: z.unknown().meta({ description: 'The entity before the change, or null.' }),
    after: z.unknown().meta({ description: 'The entity after the change, or null.' }),
  }),
);

export const auditPageSchema = pageOf('AuditEntryPage', auditEntrySchema);

/** Have I Been Pwned's breach model: PascalCase because that is the external format. */
export const hibpBreachSchema = named(
  'HibpBreach',
  z.strictObject({
    Name: z.string().meta({ description: "HIBP's stable id, exactly as imported; the slug otherwise." }),
    Title: z.string(),
    Domain: z.string(),
    BreachDate: z.iso.date(),
    AddedDate: instantSchema,
    ModifiedDate: instantSchema,
    PwnCount: z.int(),
    Description: z.string().meta({ description: 'HTML, as in Have I Been Pwned (links kept).' }),
    LogoPath: z.string(),
    Attribution: z.string().nullable(),
    DataClasses: z.array(z.string()).meta({ description: 'Unknown data classes are kept verbatim.' }),
    IsVerified: z.boolean(),
    IsFabricated: z.boolean(),
    IsSensitive: z.boolean(),
    IsRetired: z.boolean(),
    IsSpamList: z.boolean(),
    IsMalware: z.boolean(),
    IsSubscriptionFree: z.boolean(),
    IsStealerLog: z.boolean(),
  }),
  'A breach in the JSON format of Have I Been Pwned API v3 (https://haveibeenpwned.com/API/v3#BreachModel), every field.',
);

export const hibpImportResultSchema = named(
  'HibpImportResult',
  z.strictObject({
    breach: breachDetailSchema,
    updated: z.boolean().meta({
      description:
        'True when an earlier import with the same Name (or this breach’s own export) was updated.',
    }),
    descriptionLanguage: z.enum(['nl', 'en']).meta({
      description:
        'The language the description was stored in; the other language holds the same text until translated.',
    }),
    dataClasses: z.array(
      z.strictObject({
        name: z.string(),
        categoryId: z.string().nullable().meta({ description: 'Null when the data class is unknown.' }),
      }),
    ),
    unknownDataClasses: z.array(z.string()),
    changes: z
      .array(z.strictObject({ field: z.string(), imported: z.unknown(), exported: z.unknown() }))
      .meta({
        description: 'Every field an export of the stored breach gives differently from the record sent.',
      }),
    notCarriedOver: z.array(z.string()).meta({
      description: 'Deprecated since 1.1.0 and always empty: every field is kept now (see `changes`).',
    }),
  }),
);

export const problemSchema = named(
  'Problem',
  z.strictObject({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string(),
    invalidParams: z.array(z.strictObject({ name: z.string(), reason: z.string() })).optional(),
  }),
  'RFC 9457 problem details with the NLGov `invalidParams` extension: every wrong field at once.',
);
