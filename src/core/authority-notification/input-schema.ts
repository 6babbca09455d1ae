import { zodMessage } from '../../errors/field-messages.ts';
import { z } from 'zod';
import type { Localized } from '../i18n/lang.ts';
import { categoryIds } from '../assessment/data-categories.ts';
import {
  assessmentInputSchema,
  incidentKinds,
  toFieldErrors,
  type ParseResult,
} from '../assessment/input-schema.ts';
import { assessmentSchema } from '../assessment/output-schema.ts';

const isoDateTime = (what: Localized) =>
  z.iso
    .datetime({
      offset: true,
      error: zodMessage({
        nl: `Geef ${what.nl} in ISO 8601 met een tijdzone, zoals 2026-07-06T09:30:00Z.`,
        en: `Expected ${what.en} in ISO 8601 with a time zone, like 2026-07-06T09:30:00Z`,
      }),
    })
    .describe(`${what.en} (ISO 8601).`);

const text = z.string().trim();

export const phaseSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('first') }),
    z.strictObject({
      kind: z.literal('follow_up'),
      number: z.int().min(1).describe('1 for the first follow-up.'),
    }),
  ])
  .describe('First notification, or the Nth follow-up (Art. 33(4): information in phases).');

export const contactSchema = z
  .strictObject({
    role: z.enum(['dpo', 'other']).describe('Data protection officer, or another contact point.'),
    name: text.optional(),
    email: z.email().optional(),
    phone: text.optional(),
  })
  .describe('Art. 33(3)(b): who the authority can contact.');

export const measuresSchema = z
  .strictObject({
    taken: z.array(text).default([]).describe('Measures already taken.'),
    proposed: z.array(text).default([]).describe('Measures proposed.'),
    mitigation: z.array(text).default([]).describe('Measures to limit possible harm for the people.'),
  })
  .describe('Art. 33(3)(d).');

const shared = {
  phase: phaseSchema,
  organisation: z.strictObject({ name: text.min(1) }),
  reference: text.optional().describe("The organisation's own reference for the breach."),
  authorityReference: text
    .optional()
    .describe("The authority's number of the first notification, for follow-ups."),
  preparedAt: isoDateTime({ nl: 'het moment van deze melding', en: 'the moment this notification is made' }),
  contact: contactSchema,
  likelyConsequences: z
    .array(text)
    .default([])
    .describe("The organisation's own description of likely consequences."),
  measures: measuresSchema.default({ taken: [], proposed: [], mitigation: [] }),
  delayReasons: text.optional().describe('Why the notification comes later than 72 hours after awareness.'),
};

/** What the notification is built from: breach facts, the assessment, the contact and the measures. */
export const authorityNotificationInputSchema = z.strictObject({
  ...shared,
  breach: z.strictObject({
    title: text.optional(),
    nature: text.optional().describe('What happened, in a few sentences.'),
    incidentKind: z.enum(incidentKinds),
    categories: z.array(z.enum(categoryIds)),
    approxPeople: z.int().min(0).optional(),
    approxRecords: z.int().min(0).optional(),
    startedAt: isoDateTime({ nl: 'wanneer het lek begon', en: 'when the breach began' }).optional(),
    endedAt: isoDateTime({ nl: 'wanneer het lek eindigde', en: 'when the breach ended' }).optional(),
    awareAt: isoDateTime({
      nl: 'wanneer de organisatie het lek ontdekte',
      en: 'when the organisation became aware',
    }),
  }),
  assessment: assessmentSchema,
});
export type AuthorityNotificationInput = z.output<typeof authorityNotificationInputSchema>;

/**
 * What the CLI reads: the incident facts as `assess` takes them, plus what only the notification
 * needs. `toAuthorityNotificationInput` turns it into the builder's input.
 */
export const authorityNotificationRequestSchema = z.strictObject({
  ...shared,
  title: text.optional(),
  nature: text.optional().describe('What happened, in a few sentences.'),
  startedAt: isoDateTime({ nl: 'wanneer het lek begon', en: 'when the breach began' }).optional(),
  endedAt: isoDateTime({ nl: 'wanneer het lek eindigde', en: 'when the breach ended' }).optional(),
  incident: assessmentInputSchema,
});
export type AuthorityNotificationRequest = z.output<typeof authorityNotificationRequestSchema>;

/** Validates a notification request (CLI or API JSON) and reports every wrong field at once. */
export function parseAuthorityNotificationRequest(data: unknown): ParseResult<AuthorityNotificationRequest> {
  const result = authorityNotificationRequestSchema.safeParse(data);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: toFieldErrors(result.error) };
}
