import { z } from 'zod';
import { categoryIds, specialCategoryIds } from '../assessment/data-categories.ts';
import { incidentKinds } from '../assessment/input-schema.ts';
import { assessmentSchema, riskLevels, severityLevels, severitySchema } from '../assessment/output-schema.ts';
import { apFormSchema } from './ap-form-schema.ts';
import { apFormSectionIds } from './form-sections.ts';
import { contactSchema, measuresSchema, phaseSchema } from './input-schema.ts';
import { missingLabels, type MissingId } from './texts.ts';

const localized = z.strictObject({ nl: z.string(), en: z.string() }).describe('A text in Dutch and English.');
const named = <T extends z.ZodType>(id: T) => z.strictObject({ id, label: localized });
const missingIds = Object.keys(missingLabels) as [MissingId, ...MissingId[]];
const moment = (what: string) =>
  z.string().describe(`${what}: ISO 8601 in UTC, or a partial date ("2026-11") kept as given.`);

/**
 * The notification to the authority as `authority-notification --json` prints it and the
 * workspace stores it: one phase, with every Art. 33(3) item, the AP form section by section, the
 * times in Dutch time, and the ENISA calculation as an appendix. Written as a schema so the
 * published JSON Schema describes what is really produced; a test parses built notifications.
 */
export const authorityNotificationSchema = z.strictObject({
  phase: phaseSchema,
  phaseLabel: localized,
  organisation: z.strictObject({ name: z.string() }),
  reference: z.string().optional(),
  authorityReference: z.string().optional(),
  preparedAt: z.string().describe('When this phase was prepared, ISO 8601 UTC.'),
  nature: z
    .strictObject({
      label: localized,
      title: z.string().optional(),
      description: z.string().optional(),
      incidentKind: named(z.enum(incidentKinds)),
      categories: z.array(named(z.enum(categoryIds))),
      specialCategories: z.array(named(z.enum(specialCategoryIds))),
      approxPeople: z.number().optional(),
      approxRecords: z.number().optional(),
      startedAt: moment('When the breach began').optional(),
      endedAt: moment('When the breach ended').optional(),
      awareAt: z.string(),
    })
    .describe('Art. 33(3)(a).'),
  contact: contactSchema.extend({ label: localized, roleLabel: localized }).describe('Art. 33(3)(b).'),
  consequences: z
    .strictObject({ label: localized, stated: z.array(z.string()), derived: z.array(named(z.string())) })
    .describe(
      "Art. 33(3)(c): the organisation's own words, then the consequences that follow from the data.",
    ),
  measures: measuresSchema.extend({ label: localized }).describe('Art. 33(3)(d).'),
  timing: z
    .strictObject({
      label: localized,
      awareAt: z.string(),
      deadlineAt: z.string(),
      late: z.boolean(),
      hoursAfterAwareness: z.number(),
      delayReasons: z.string().optional(),
    })
    .describe('Art. 33(1): the 72 hours and the reasons for a later notification.'),
  assessment: z.strictObject({
    label: localized,
    summary: localized,
    severityFormula: z.string(),
    severityLevel: z.enum(severityLevels),
    riskLevel: z.enum(riskLevels),
    informPeople: assessmentSchema.shape.informPeople,
  }),
  completeness: z.strictObject({
    complete: z.boolean(),
    missing: z.array(named(z.enum(missingIds))).describe('Art. 33(3) items still missing.'),
    formMissing: z.array(named(z.string())).describe('AP form answers not yet known, as "section.field".'),
    statement: localized,
  }),
  sections: z
    .array(
      z.strictObject({
        id: z.enum(apFormSectionIds),
        label: localized,
        fields: z.array(
          z.strictObject({
            id: z.string(),
            label: localized,
            value: localized.nullable().describe('null: not yet known.'),
          }),
        ),
      }),
    )
    .describe("The AP form's sections, in the form's order."),
  form: apFormSchema.describe("The AP form's further answers as given, so a follow-up can start from them."),
  localTimes: z
    .strictObject({
      timeZone: z.string(),
      preparedAt: z.string(),
      awareAt: z.string(),
      deadlineAt: z.string(),
      startedAt: z.string().optional(),
      endedAt: z.string().optional(),
    })
    .describe('Every moment in Europe/Amsterdam time with its offset; partial dates as given.'),
  withdrawal: z.strictObject({ reason: z.string() }).optional(),
  appendix: z
    .strictObject({ label: localized, severity: severitySchema })
    .describe('The ENISA calculation in full, with any expert override and its reason.'),
});
