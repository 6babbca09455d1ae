import { fieldTexts, zodMessage } from '../../errors/field-messages.ts';
import { z } from 'zod';
import type { RegisterBreachOptions } from '../../use-cases/register-breach.ts';
import { fromHibpDataClasses, type DataClassMapping } from './data-classes.ts';

const day = z.iso.date({ error: zodMessage(fieldTexts.day) });
const instant = z.iso.datetime({
  offset: true,
  error: zodMessage({
    nl: 'Schrijf datum en tijd zoals 2025-07-06T00:00:00Z.',
    en: 'Use a date and time such as 2025-07-06T00:00:00Z.',
  }),
});

/**
 * A breach as Have I Been Pwned publishes it (https://haveibeenpwned.com/API/v3#BreachModel).
 * Field names are HIBP's own (PascalCase). Fields HIBP added later (LogoPath, Attribution, …)
 * are accepted and ignored.
 */
export const hibpBreachInputSchema = z.object({
  Name: z.string().trim().min(1).max(200),
  Title: z.string().trim().min(1).max(200),
  Domain: z.string().max(253).default(''),
  BreachDate: day,
  AddedDate: instant.optional(),
  ModifiedDate: instant.optional(),
  PwnCount: z.number().int().min(0),
  Description: z.string().max(100_000).default(''),
  DataClasses: z.array(z.string().trim().min(1).max(200)).max(200),
  IsVerified: z.boolean().default(false),
  IsFabricated: z.boolean().default(false),
  IsSensitive: z.boolean().default(false),
  IsRetired: z.boolean().default(false),
  IsSpamList: z.boolean().default(false),
  IsMalware: z.boolean().default(false),
});

export type HibpBreachInput = z.output<typeof hibpBreachInputSchema>;

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

/** HIBP descriptions are HTML; the register stores plain text. Tags go, entities are decoded. */
export function htmlToText(htmlText: string): string {
  return htmlText
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#39|[a-z]+);/gi, (all, name: string) => entities[name.toLowerCase()] ?? all)
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface HibpImportPlan {
  /** Options for `registerBreach`, without actor and organisation. */
  breach: Omit<RegisterBreachOptions, 'actor' | 'organisationId'>;
  dataClasses: DataClassMapping[];
  unknownDataClasses: string[];
  notCarriedOver: string[];
}

/**
 * Turns an HIBP record into a draft breach. Data classes become categories through the
 * knowledge base's table; unknown ones are reported and recorded as `other`, so the draft
 * never claims less data than the source. The sector is unknown in HIBP: `other`.
 */
export function planHibpImport(
  input: HibpBreachInput,
  table: Readonly<Record<string, string>>,
): HibpImportPlan {
  const dataClasses = fromHibpDataClasses(input.DataClasses, table);
  const unknownDataClasses = dataClasses.filter((c) => c.categoryId === null).map((c) => c.name);
  const categories = new Set(dataClasses.map((c) => c.categoryId ?? 'other'));
  const text = htmlToText(input.Description).slice(0, 20_000) || input.Title;
  const notCarriedOver = [
    ...(input.Domain ? ['Domain'] : []),
    ...(
      ['IsVerified', 'IsFabricated', 'IsSensitive', 'IsRetired', 'IsSpamList', 'IsMalware'] as const
    ).filter((flag) => input[flag]),
  ];
  const countDay = input.AddedDate?.slice(0, 10) ?? input.BreachDate;
  return {
    breach: {
      title: { nl: input.Title, en: input.Title },
      sector: 'other',
      description: { nl: text, en: text },
      occurredOn: input.BreachDate,
      dataCategories: [...categories].sort(),
      peopleAffected: {
        count: input.PwnCount,
        effectiveOn: countDay < input.BreachDate ? input.BreachDate : countDay,
        reason: {
          nl: `Overgenomen uit Have I Been Pwned (${input.Name}).`,
          en: `Imported from Have I Been Pwned (${input.Name}).`,
        },
      },
    },
    dataClasses,
    unknownDataClasses,
    notCarriedOver,
  };
}
