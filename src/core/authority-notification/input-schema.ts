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
import { apFormSchema } from './ap-form-schema.ts';
import { partialDatePattern } from './local-time.ts';

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

/** A moment (ISO 8601 with zone) or, when only that is known, a month or day: "2026-11". */
const momentOrPartialDate = (what: Localized) =>
  z
    .union([z.iso.datetime({ offset: true }), z.string().regex(partialDatePattern)], {
      error: zodMessage({
        nl: `Geef ${what.nl} als datum en tijd met tijdzone (2026-07-06T09:30:00Z), of alleen een maand of dag (2026-11 of 2026-11-03).`,
        en: `Expected ${what.en} as a date and time with a zone (2026-07-06T09:30:00Z), or only a month or day (2026-11 or 2026-11-03)`,
      }),
    })
    .describe(`${what.en}: ISO 8601 with a zone, or a partial date kept as given.`);

export const phaseSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('first') }),
    z.strictObject({
      kind: z.literal('follow_up'),
      number: z.int().min(1).describe('1 for the first follow-up.'),
    }),
    z.strictObject({
      kind: z.literal('withdrawal'),
      reason: text
        .min(1)
        .describe('Why the notification is withdrawn (for example: it turned out not to be a breach).'),
    }),
  ])
  .describe(
    'First notification, the Nth follow-up (Art. 33(4): information in phases), or a withdrawal of an earlier notification.',
  );

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
  form: apFormSchema.default({ law: 'gdpr' }),
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
    startedAt: momentOrPartialDate({ nl: 'wanneer het lek begon', en: 'when the breach began' }).optional(),
    endedAt: momentOrPartialDate({ nl: 'wanneer het lek eindigde', en: 'when the breach ended' }).optional(),
    breachTypes: z
      .array(z.enum(['confidentiality', 'integrity', 'availability']))
      .default([])
      .describe('Which security was lost, derived from the facts.'),
    encrypted: z.boolean().optional().describe('From the facts: was the data encrypted?'),
    childrenOrVulnerable: z.boolean().optional().describe('From the facts: children or vulnerable people?'),
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
  startedAt: momentOrPartialDate({ nl: 'wanneer het lek begon', en: 'when the breach began' }).optional(),
  endedAt: momentOrPartialDate({ nl: 'wanneer het lek eindigde', en: 'when the breach ended' }).optional(),
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
