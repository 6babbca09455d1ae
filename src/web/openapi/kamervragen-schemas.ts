import { z } from 'zod';
import { instantSchema, linkSchema, localizedSchema, named, pageLinksSchema } from './schemas.ts';

/** Response shapes of the parliamentary questions (Kamervragen) in the API. */

const person = z.strictObject({ name: z.string(), party: z.string().nullable() });

export const kamervragenSetSummarySchema = named(
  'KamervragenSetSummary',
  z.strictObject({
    id: z.string(),
    title: z.string().meta({ description: 'As in the export, in Dutch.' }),
    submitters: z.array(person).meta({ description: 'The members of parliament who asked.' }),
    respondents: z
      .array(z.strictObject({ name: z.string(), role: z.string().nullable(), party: z.string().nullable() }))
      .meta({ description: 'The members of government who answered (or are to answer).' }),
    questionCount: z.int(),
    answeredCount: z.int(),
    importedAt: instantSchema,
    updatedAt: instantSchema,
    _links: z.strictObject({ self: linkSchema, html: linkSchema }),
  }),
  'A set of written parliamentary questions (Kamervragen) with the government’s answers.',
);

export const kamervragenMatchSchema = named(
  'KamervragenMatch',
  z.strictObject({
    score: z.number().meta({ description: 'BM25 relevance; higher is better. Only for ordering.' }),
    matchedWords: z.array(z.string()).meta({ description: 'The query words this set matches.' }),
    questionNumber: z
      .int()
      .nullable()
      .meta({ description: 'The question that matches best; null when the title does.' }),
    snippet: z.strictObject({
      text: z.string(),
      highlights: z
        .array(z.array(z.int()).min(2).max(2))
        .meta({ description: '[start, end) character offsets of matching words in `text`.' }),
    }),
  }),
);

export const kamervragenPageSchema = named(
  'KamervragenPage',
  z.strictObject({
    items: z.array(
      z.strictObject({ ...kamervragenSetSummarySchema.shape, match: kamervragenMatchSchema.nullable() }),
    ),
    search: z
      .strictObject({
        query: z.string(),
        words: z.array(z.string()).meta({ description: 'The query words that count (stopwords left out).' }),
        mode: z.enum(['all', 'any']).meta({
          description:
            '`all`: every set holds every word. `any`: no set holds them all, so the sets holding at least one are shown, most words first.',
        }),
      })
      .nullable(),
    page: z.int(),
    pageSize: z.int(),
    totalCount: z.int(),
    pageCount: z.int(),
    _links: pageLinksSchema,
  }),
);

const breachLink = z.strictObject({
  id: z.string(),
  slug: z.string(),
  title: localizedSchema,
  _links: z.strictObject({ self: linkSchema }),
});

export const kamervragenSetSchema = named(
  'KamervragenSet',
  z.strictObject({
    ...kamervragenSetSummarySchema.shape,
    questions: z.array(
      z.strictObject({
        number: z.int(),
        text: z.string(),
        answer: z.string().nullable(),
        refersTo: z
          .int()
          .nullable()
          .meta({ description: 'The answer refers to the answer to this question.' }),
      }),
    ),
    breaches: z.array(breachLink).meta({ description: 'The published breaches this set is about.' }),
  }),
);

export const kamervragenListSchema = named(
  'KamervragenList',
  z.strictObject({ items: z.array(kamervragenSetSummarySchema) }),
);
