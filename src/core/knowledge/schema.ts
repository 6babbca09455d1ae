import { z } from 'zod';

/**
 * The shape of every file in `content/`. Field names are the YAML keys, so that an error path
 * such as `actions[3].when` points at exactly what a reviewer sees in the file.
 */

const id = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, { message: 'expected an id in lower case with underscores, like "new_id"' });

/** A text in Dutch and English; both are required and may not be empty. */
export const localizedSchema = z.strictObject({
  nl: z.string().trim().min(1, { message: 'expected a Dutch text' }),
  en: z.string().trim().min(1, { message: 'expected an English text' }),
});

export const certainties = ['confirmed', 'possibly', 'not_affected'] as const;
export const timings = ['now', 'this_week', 'once_confirmed', 'months'] as const;
export const efforts = ['low', 'medium', 'high'] as const;
export const levels = ['low', 'medium', 'high', 'very_high'] as const;
export const sensitivities = ['low', 'medium', 'high', 'very_high'] as const;

export type Certainty = (typeof certainties)[number];
export type Timing = (typeof timings)[number];
export type Effort = (typeof efforts)[number];
export type Level = (typeof levels)[number];

/** A set of kinds of data that must ALL be among the person's data. */
const dataSet = z.array(id).min(1, { message: 'expected at least one category id' });

const sourceList = z.array(id).min(1, { message: 'expected at least one source id' });

export const categorySchema = z.strictObject({
  id,
  name: localizedSchema,
  description: localizedSchema,
  sensitivity: z.enum(sensitivities),
});

/**
 * A source's web address must name a page, not a site: "https://www.rvig.nl" says nothing a
 * reviewer can check, "https://www.rvig.nl/centraal-meldpunt-identiteitsfraude/" does.
 */
const pageUrl = z
  .url({ message: 'expected a full web address starting with https://' })
  .refine((u) => /^https?:\/\/[^/]+\/[^/?#]/.test(u), {
    message: 'expected the address of a specific page (with a path), not a home page',
  });

export const sourceSchema = z
  .strictObject({
    id,
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: pageUrl.optional(),
    reference: z.string().min(1).optional(),
    /** What the source says that the advice rests on, in the project's own words. */
    says: z.string().trim().min(1, { message: 'expected what the source says, for reviewers' }),
    /** The passage itself, only when it was read on the page. */
    quote: z.string().trim().min(1).optional(),
  })
  .refine((s) => s.url !== undefined || s.reference !== undefined, {
    message: 'expected a url or a reference (or both)',
  });

export const riskRuleSchema = z.strictObject({
  data: dataSet,
  score: z.number().min(0).max(10),
  why: localizedSchema.optional(),
});

export const riskSchema = z.strictObject({
  id,
  name: localizedSchema,
  description: localizedSchema,
  sources: sourceList,
  rules: z.array(riskRuleSchema).min(1, { message: 'expected at least one rule' }),
});

export const actionSchema = z
  .strictObject({
    id,
    when: z.enum(timings),
    if_possibly: z.enum(timings).optional(),
    effort: z.enum(efforts),
    always: z.boolean().default(false),
    applies_when: z.array(dataSet).default([]),
    not_when: z.array(dataSet).default([]),
    certainty: z.array(z.enum(certainties)).min(1).optional(),
    reduces: z.array(id).default([]),
    title: localizedSchema,
    steps: z.array(localizedSchema).min(1, { message: 'expected at least one step' }),
    contacts: z.array(id).default([]),
    sources: sourceList,
  })
  .refine((a) => a.always || a.applies_when.length > 0, {
    message: 'expected applies_when (the data that make this action needed) or always: true',
  });

export const contactSchema = z
  .strictObject({
    id,
    name: localizedSchema,
    purpose: localizedSchema,
    website: z
      .string()
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/, {
        message: 'expected a web address without https://, like "rvig.nl"',
      })
      .optional(),
    phone: z
      .string()
      .regex(/^[0-9 -]{3,}$/, { message: 'expected a phone number of digits, spaces and -' })
      .optional(),
    hours: localizedSchema.optional(),
    how: localizedSchema.optional(),
    source: id.optional(),
  })
  .refine((c) => c.phone === undefined || c.source !== undefined, {
    message: 'expected a source for the phone number: only verified numbers may be shown',
    path: ['source'],
  });

/** A sentence added to an answer only when the person's data match. */
export const answerExtraSchema = z.strictObject({
  applies_when: z.array(dataSet).min(1, { message: 'expected at least one list of category ids' }),
  not_when: z.array(dataSet).default([]),
  text: localizedSchema,
});

export const questionSchema = z
  .strictObject({
    id,
    always: z.boolean().default(false),
    applies_when: z.array(dataSet).default([]),
    not_when: z.array(dataSet).default([]),
    certainty: z.array(z.enum(certainties)).min(1).optional(),
    question: localizedSchema,
    answer: localizedSchema,
    answer_extra: z.array(answerExtraSchema).default([]),
    contacts: z.array(id).default([]),
    sources: sourceList,
  })
  .refine((q) => q.always || q.applies_when.length > 0, {
    message: 'expected applies_when (the data that make this question apply) or always: true',
  });

const perCertainty = z.strictObject({
  confirmed: localizedSchema,
  possibly: localizedSchema,
  not_affected: localizedSchema,
});

export const textsSchema = z.strictObject({
  summary: perCertainty,
  no_risks: localizedSchema,
  published: localizedSchema,
  encrypted: localizedSchema,
  why: localizedSchema,
  levels: z.strictObject({
    low: localizedSchema,
    medium: localizedSchema,
    high: localizedSchema,
    very_high: localizedSchema,
  }),
  timings: z.strictObject({
    now: localizedSchema,
    this_week: localizedSchema,
    once_confirmed: localizedSchema,
    months: localizedSchema,
  }),
  efforts: z.strictObject({ low: localizedSchema, medium: localizedSchema, high: localizedSchema }),
  headings: z.strictObject({
    data: localizedSchema,
    dataNotAffected: localizedSchema,
    risks: localizedSchema,
    actions: localizedSchema,
    questions: localizedSchema,
    contacts: localizedSchema,
    measures: localizedSchema,
    sources: localizedSchema,
  }),
});

export const scoringSchema = z.strictObject({
  levels: z.strictObject({
    medium: z.number().positive(),
    high: z.number().positive(),
    very_high: z.number().positive(),
  }),
  certainty_factor: z.strictObject({
    confirmed: z.number().min(0).max(1),
    possibly: z.number().min(0).max(1),
    not_affected: z.number().min(0).max(1),
  }),
  published_bonus: z.number().min(0).max(5),
  encrypted_factor: z.number().min(0).max(1),
  extra_rule_bonus: z.number().min(0).max(2),
});

export const reviewKinds = ['team_check', 'expert'] as const;
export type ReviewKind = (typeof reviewKinds)[number];

/**
 * One review of one item (`risk.<id>`, `action.<id>`, `question.<id>` or `contact.<id>`):
 * who checked it in which role, when, against which sources, and the fingerprint of the text
 * they saw (shown by `datalekwijzer content review-sheet`). A later change to the text changes
 * its fingerprint, so the review no longer counts as current.
 */
export const reviewSchema = z.strictObject({
  item: z.string().regex(/^(?:risk|action|question|contact)\.[a-z][a-z0-9_]*$/, {
    message: 'expected risk.<id>, action.<id>, question.<id> or contact.<id>',
  }),
  kind: z.enum(reviewKinds),
  by: z.string().trim().min(1),
  role: z.string().trim().min(1),
  date: z.iso.date({ message: 'expected a date written YYYY-MM-DD' }),
  sources: z.array(id).default([]),
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{8}$/, { message: 'expected the 8-character fingerprint from the review sheet' }),
  note: z.string().trim().min(1).optional(),
});

/** One schema per file; the top-level key of each file is the section name. */
export const sectionSchemas = {
  categories: z.strictObject({ categories: z.array(categorySchema).min(1) }),
  hibp_data_classes: z.strictObject({ hibp_data_classes: z.record(z.string().min(1), id) }),
  risks: z.strictObject({ risks: z.array(riskSchema).min(1) }),
  actions: z.strictObject({ actions: z.array(actionSchema).min(1) }),
  contacts: z.strictObject({ contacts: z.array(contactSchema).min(1) }),
  questions: z.strictObject({ questions: z.array(questionSchema).min(1) }),
  sources: z.strictObject({ sources: z.array(sourceSchema).min(1) }),
  texts: z.strictObject({ texts: textsSchema }),
  scoring: z.strictObject({ scoring: scoringSchema }),
  reviews: z.strictObject({ reviews: z.array(reviewSchema) }),
} as const;

export type SectionName = keyof typeof sectionSchemas;
export const sectionNames = Object.keys(sectionSchemas) as SectionName[];

export type Category = z.infer<typeof categorySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type RiskRule = z.infer<typeof riskRuleSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Texts = z.infer<typeof textsSchema>;
export type Scoring = z.infer<typeof scoringSchema>;
export type AnswerExtra = z.infer<typeof answerExtraSchema>;
export type Review = z.infer<typeof reviewSchema>;
