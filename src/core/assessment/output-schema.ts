import { z } from 'zod';
import { categoryIds, dpcClasses, specialCategoryIds } from './data-categories.ts';

const localized = z.strictObject({ nl: z.string(), en: z.string() }).describe('A text in Dutch and English.');

const dpcClassIds = Object.keys(dpcClasses) as [keyof typeof dpcClasses, ...(keyof typeof dpcClasses)[]];

const categoryScore = z.strictObject({
  category: z.enum(categoryIds),
  dpcClass: z.enum(dpcClassIds),
  base: z.number(),
  adjustment: z.number(),
  score: z.number(),
  reason: localized,
});

const cbElement = z.strictObject({ value: z.number(), reason: localized });

export const severityLevels = ['low', 'medium', 'high', 'very_high'] as const;
export const riskLevels = ['no_risk', 'risk', 'high_risk'] as const;
export const art34Exceptions = ['encrypted', 'measures_taken', 'disproportionate_effort'] as const;

/** The ENISA 2013 severity with every component shown. */
export const severitySchema = z.strictObject({
  dpc: z
    .strictObject({
      value: z.number().min(1).max(4),
      base: categoryScore.describe('The kind of data that sets the base: the highest score.'),
      perCategory: z.array(categoryScore),
      adjustments: z.array(z.strictObject({ delta: z.number(), reason: localized })),
    })
    .describe('Data processing context, 1 to 4.'),
  ei: z
    .strictObject({
      value: z.union([z.literal(0.25), z.literal(0.5), z.literal(0.75), z.literal(1)]),
      reason: localized,
    })
    .describe('Ease of identification.'),
  cb: z
    .strictObject({
      confidentiality: cbElement,
      integrity: cbElement,
      availability: cbElement,
      maliciousIntent: cbElement,
      total: z.number(),
    })
    .describe('Circumstances of the breach.'),
  score: z.number().describe('SE = DPC × EI + CB.'),
  formula: z.string().describe('The sum written out, for example "4 × 1 + 1.5 = 5.5".'),
  level: z.enum(severityLevels),
  levelReason: localized,
  overrides: z
    .array(
      z.strictObject({
        criterion: z.enum(['dpc', 'ei', 'confidentiality', 'integrity', 'availability', 'maliciousIntent']),
        derivedValue: z.number().describe('The value the method derived before the expert changed it.'),
        value: z.number(),
        reason: z.string().describe("The expert's written reason."),
      }),
    )
    .default([])
    .describe('Criteria an expert set to another value, each with the written reason.'),
});

/** What the assessment concludes; the JSON the CLI and API return. */
export const assessmentSchema = z.strictObject({
  method: z.literal('enisa-2013'),
  categories: z.array(z.enum(categoryIds)),
  specialCategories: z.array(z.enum(specialCategoryIds)).describe('Declared and derived special categories.'),
  severity: severitySchema,
  risk: z.strictObject({
    level: z
      .enum(riskLevels)
      .describe('Risk for the people, after weighing unintelligibility and a trusted recipient.'),
    levelIfIntelligible: z
      .enum(riskLevels)
      .describe('The same risk as if the data had not been encrypted; shows what encryption prevented.'),
    largeScale: z.boolean(),
    unintelligible: z.boolean(),
    reasons: z.array(localized),
  }),
  notifyAuthority: z
    .strictObject({ required: z.boolean(), reasons: z.array(localized) })
    .describe('Art. 33 GDPR.'),
  informPeople: z
    .strictObject({
      required: z.boolean(),
      exception: z.enum(art34Exceptions).optional(),
      publicCommunicationRequired: z.boolean(),
      reasons: z.array(localized),
    })
    .describe('Art. 34 GDPR, with the Art. 34(3) exceptions.'),
  deadline: z
    .strictObject({
      applies: z.boolean().describe('True when the authority must be notified.'),
      awareAt: z.string(),
      deadlineAt: z.string().describe('72 hours after awareness, ISO 8601 UTC.'),
      passed: z.boolean(),
      hoursLeft: z.number().describe('Whole hours left, rounded down; 0 once passed.'),
      hoursOverdue: z.number().describe('Whole hours past the deadline, rounded down; 0 before it.'),
      reasons: z.array(localized),
    })
    .describe('The 72-hour deadline of Art. 33(1).'),
  documentation: z
    .array(z.strictObject({ id: z.string(), text: localized }))
    .describe('What must be documented internally (Art. 33(5)).'),
  summary: localized,
});

export type CategoryScore = z.infer<typeof categoryScore>;
export type CbElement = z.infer<typeof cbElement>;
export type Severity = z.infer<typeof severitySchema>;
export type SeverityLevel = (typeof severityLevels)[number];
export type RiskLevel = (typeof riskLevels)[number];
export type Art34Exception = (typeof art34Exceptions)[number];
export type Assessment = z.infer<typeof assessmentSchema>;
