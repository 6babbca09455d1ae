import { z } from 'zod';

const text = z.string().trim();

/** How people were or will be informed (the AP form asks for the means). */
export const informMeans = [
  'letter',
  'email',
  'sms',
  'phone',
  'website',
  'press',
  'in_person',
  'other',
] as const;
export const informStatuses = ['informed', 'will_inform', 'not_informing', 'undecided'] as const;

/**
 * What the AP's notification form (meldformulier datalekken) asks beyond Art. 33(3): the law the
 * notification is made under, the reporter, a processor, the measures in place before the breach,
 * children and vulnerable groups, whether and how people were informed, and the cross-border
 * questions. Everything is optional, because a first notification may be incomplete; what is
 * missing is listed in the notification's completeness part.
 */
export const apFormSchema = z
  .strictObject({
    law: z
      .enum(['gdpr', 'telecommunicatiewet'])
      .default('gdpr')
      .describe(
        'The law the notification is made under: the GDPR, or the Telecommunicatiewet for telecom providers.',
      ),
    reporter: z
      .strictObject({
        name: text.optional(),
        jobTitle: text.optional().describe('The AP asks for the function of whoever notifies.'),
        phone: text.optional(),
        email: z.email().optional(),
      })
      .optional()
      .describe('Who makes this notification (may differ from the contact point).'),
    processor: z
      .strictObject({ involved: z.boolean(), name: text.optional() })
      .optional()
      .describe('Whether a processor was involved in the breach, and which.'),
    breachTypes: z
      .array(z.enum(['confidentiality', 'integrity', 'availability']))
      .optional()
      .describe('Which security was lost; derived from the facts when left out.'),
    measuresBefore: z
      .strictObject({
        encrypted: z.boolean().optional(),
        hashed: z.boolean().optional().describe('Were passwords or other data hashed (with salt)?'),
        description: text.optional().describe('Other technical and organisational measures in place before.'),
      })
      .optional()
      .describe('Measures in place before the breach.'),
    people: z
      .strictObject({
        children: z.boolean().optional(),
        vulnerableGroups: z.boolean().optional(),
        description: text.optional().describe('Which groups of people (customers, patients, staff …).'),
      })
      .optional(),
    informingPeople: z
      .strictObject({
        status: z.enum(informStatuses),
        at: z.string().optional().describe('When (ISO 8601, or a partial date like 2026-11).'),
        means: z.array(z.enum(informMeans)).default([]),
        reasonNot: text.optional().describe('Why people are not informed.'),
      })
      .optional(),
    crossBorder: z
      .strictObject({
        otherEuCountries: z
          .array(z.string().regex(/^[A-Z]{2}$/))
          .default([])
          .describe('Other EU/EEA countries where affected people live (ISO 3166 codes).'),
        otherAuthoritiesNotified: z
          .array(text)
          .default([])
          .describe('Other supervisory authorities notified.'),
        crossBorderProcessing: z
          .boolean()
          .optional()
          .describe('Is this cross-border processing (Art. 4(23))?'),
      })
      .optional(),
    other: text.optional().describe('Anything else the authority should know.'),
  })
  .describe("The AP notification form's questions beyond Art. 33(3).");

export type ApForm = z.output<typeof apFormSchema>;
