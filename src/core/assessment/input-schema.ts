import { z } from 'zod';
import type { FieldError } from '../../errors/catalogue.ts';
import { issueText, zodMessage } from '../../errors/field-messages.ts';
import { contextSchema } from './context-factors.ts';
import { categoryIds, specialCategoryIds } from './data-categories.ts';
import { overridesSchema } from './overrides.ts';

/** The kinds of incident the assessment knows. */
export const incidentKinds = [
  'hacking',
  'ransomware',
  'lost_device',
  'misdirected_mail',
  'staff_unauthorised_access',
  'published_by_mistake',
  'other',
] as const;

/** ENISA ease of identification, when the organisation knows better than the derived value. */
export const identificationLevels = ['negligible', 'limited', 'significant', 'maximum'] as const;

/**
 * ENISA loss of integrity: not altered; altered but not misused (0); altered, possibly misused
 * but the right version can be recovered (+0.25); altered and not recoverable, or used against the
 * person (+0.5).
 */
export const integrityLevels = [
  'not_affected',
  'altered_recoverable',
  'altered_possibly_used_recoverable',
  'altered_not_recoverable',
  'altered_and_used',
] as const;

/** Who could see the data (ENISA loss of confidentiality), when the incident kind does not say. */
export const disclosureLevels = ['no_one_known', 'known_recipients', 'unknown_recipients'] as const;

/** How lost data came back (ENISA loss of availability). */
export const recoveryLevels = [
  'without_difficulty',
  'with_some_processing',
  'supplied_again_by_people',
  'not_recoverable',
] as const;

const availabilitySchema = z
  .strictObject({
    lost: z.boolean().describe('Could the organisation not reach the data for some time?'),
    restoredFromBackup: z
      .boolean()
      .optional()
      .describe('Was the data restored from a backup? Required when `lost` is true.'),
    hoursUnavailable: z
      .number()
      .min(0)
      .optional()
      .describe('How long the data could not be reached, in hours. Required when restored.'),
    recovery: z
      .enum(recoveryLevels)
      .optional()
      .describe(
        'How the data came back, when known: without difficulty, with some processing, supplied again by the people, or not at all. Decides the score over the hours.',
      ),
  })
  .describe('Loss of availability.');

/** The facts of a breach that the assessment weighs. Every field is described in docs/assessment.md. */
export const assessmentInputSchema = z
  .strictObject({
    incidentKind: z.enum(incidentKinds).describe('What happened.'),
    categories: z
      .array(z.enum(categoryIds))
      .min(1)
      .describe('Kinds of personal data involved (agreed category ids).'),
    specialCategories: z
      .array(z.enum(specialCategoryIds))
      .default([])
      .describe(
        'Special categories not already clear from `categories` (health and criminal data are derived).',
      ),
    childrenOrVulnerable: z
      .boolean()
      .describe('Are children or otherwise vulnerable people among those affected?'),
    peopleCount: z.int().min(0).describe('Approximate number of people affected.'),
    recordCount: z.int().min(0).optional().describe('Approximate number of records affected.'),
    encrypted: z.boolean().describe('Was the data encrypted with current, strong encryption?'),
    keySafe: z
      .boolean()
      .optional()
      .describe('Is the key out of reach of whoever has the data? Required when `encrypted` is true.'),
    copiedOut: z.boolean().describe('Was data copied to a place the organisation does not control?'),
    publishedOrOffered: z
      .boolean()
      .describe('Was data published or offered online (for example on the dark web)?'),
    disclosedTo: z
      .enum(disclosureLevels)
      .optional()
      .describe(
        'Who could see the data, when the kind of incident does not say: nobody known, known recipients (such as other customers), or an unknown number.',
      ),
    integrity: z.enum(integrityLevels).default('not_affected').describe('Was data altered?'),
    availability: availabilitySchema.default({ lost: false }),
    recipientTrusted: z
      .boolean()
      .default(false)
      .describe('Did the data only reach a known, trusted recipient who confirmed deletion?'),
    maliciousIntent: z.boolean().describe('Was the breach caused on purpose (theft, hacking, misuse)?'),
    awareAt: z.iso
      .datetime({
        offset: true,
        error: zodMessage({
          nl: 'Geef datum en tijd in ISO 8601 met een tijdzone, zoals 2026-07-06T09:30:00Z.',
          en: 'Expected a date and time in ISO 8601 with a time zone, like 2026-07-06T09:30:00Z',
        }),
      })
      .describe('When the organisation became aware of the breach (ISO 8601 with time zone).'),
    measuresMakeHighRiskUnlikely: z
      .boolean()
      .default(false)
      .describe(
        'Do measures taken afterwards make a high risk for the people no longer likely? (Art. 34(3)(b))',
      ),
    disproportionateEffort: z
      .boolean()
      .default(false)
      .describe('Would informing each person take disproportionate effort? (Art. 34(3)(c))'),
    publicCommunicationPlanned: z
      .boolean()
      .default(false)
      .describe('Is a public communication planned instead of individual messages?'),
    identification: z
      .enum(identificationLevels)
      .optional()
      .describe('Override of the derived ease of identification, when the organisation knows better.'),
    context: contextSchema.default({
      inferredSpecialCategories: [],
      inferredFinancialStatus: false,
      volume: 'typical',
      publiclyAvailable: false,
      safetyAtStake: false,
    }),
    overrides: overridesSchema.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.encrypted && input.keySafe === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['keySafe'],
        message: zodMessage({
          nl: 'Verplicht als encrypted true is: true als de sleutel veilig is, anders false.',
          en: 'Required when encrypted is true: true if the key is out of reach, else false',
        }),
      });
    if (!input.encrypted && input.keySafe === true)
      ctx.addIssue({
        code: 'custom',
        path: ['keySafe'],
        message: zodMessage({
          nl: 'Mag alleen true zijn als encrypted true is.',
          en: 'Can only be true when encrypted is true',
        }),
      });
    if (input.availability.lost && input.availability.restoredFromBackup === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['availability', 'restoredFromBackup'],
        message: zodMessage({
          nl: 'Verplicht als availability.lost true is: true of false.',
          en: 'Required when availability.lost is true: true or false',
        }),
      });
    if (input.availability.restoredFromBackup === true && input.availability.hoursUnavailable === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['availability', 'hoursUnavailable'],
        message: zodMessage({
          nl: 'Verplicht als restoredFromBackup true is: een aantal uren, 0 of meer.',
          en: 'Required when restoredFromBackup is true: a number of hours, 0 or more',
        }),
      });
    if (input.recipientTrusted && (input.publishedOrOffered || input.incidentKind === 'published_by_mistake'))
      ctx.addIssue({
        code: 'custom',
        path: ['recipientTrusted'],
        message: zodMessage({
          nl: 'Kan niet true zijn als de gegevens openbaar zijn gemaakt: dan is er geen ene vertrouwde ontvanger.',
          en: 'Cannot be true when the data was published: a published breach has no single trusted recipient',
        }),
      });
    if (new Set(input.categories).size !== input.categories.length)
      ctx.addIssue({
        code: 'custom',
        path: ['categories'],
        message: zodMessage({ nl: 'Noem elk soort gegevens maar één keer.', en: 'Each category only once' }),
      });
  });

/** What a caller sends (defaults not yet applied). */
export type AssessmentInputData = z.input<typeof assessmentInputSchema>;
/** The validated facts, with defaults applied. */
export type AssessmentInput = z.output<typeof assessmentInputSchema>;

/** Turns zod issues into one field error per wrong field, with a dot path like `availability.lost`. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const path = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({
          path: path ? `${path}.${key}` : key,
          message: {
            nl: 'Dit veld kennen we niet. Haal het weg of kijk de spelling na.',
            en: 'Unknown field; remove it or check the spelling',
          },
        });
    } else {
      out.push({ path: path || '(root)', message: issueText(issue) });
    }
  }
  return out;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    return acc ? `${acc}.${String(part)}` : String(part);
  }, '');
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Validates untrusted facts (JSON from the CLI, API or a form) and reports every wrong field at once. */
export function parseAssessmentInput(data: unknown): ParseResult<AssessmentInput> {
  const result = assessmentInputSchema.safeParse(data);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: toFieldErrors(result.error) };
}
