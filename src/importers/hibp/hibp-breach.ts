import { fieldTexts, zodMessage } from '../../errors/field-messages.ts';
import { z } from 'zod';
import type { RegisterBreachOptions } from '../../use-cases/register-breach.ts';
import { fromHibpDataClasses, type DataClassMapping } from './data-classes.ts';

const day = z.iso.date({ error: zodMessage(fieldTexts.day) });
const instantMessage = zodMessage({
  nl: 'Schrijf datum en tijd zoals 2025-07-06T00:00:00Z.',
  en: 'Use a date and time such as 2025-07-06T00:00:00Z.',
});
/**
 * An instant as HIBP writes it. HIBP sometimes leaves out the seconds ("2013-12-04T00:00Z");
 * RFC 3339 needs them, so they become ":00" — the import report lists that as a change.
 */
const instant = z.union(
  [
    z.iso.datetime({ offset: true, error: instantMessage }),
    z.iso
      .datetime({ offset: true, precision: -1, error: instantMessage })
      .transform((value) => value.replace(/^(\d{4}-\d\d-\d\dT\d\d:\d\d)/, '$1:00')),
  ],
  { error: instantMessage },
);
const notBlank = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/\S/, zodMessage({ nl: 'Vul dit in.', en: 'Fill this in.' }));

/**
 * A breach as Have I Been Pwned publishes it. The field set is HIBP API v3's breach model
 * (https://haveibeenpwned.com/API/v3#BreachModel, as of 2026: Name, Title, Domain,
 * BreachDate, AddedDate, ModifiedDate, PwnCount, Description, LogoPath, Attribution,
 * DataClasses, IsVerified, IsFabricated, IsSensitive, IsRetired, IsSpamList, IsMalware,
 * IsSubscriptionFree, IsStealerLog). Values are kept exactly as they came (no trimming, no
 * case change): the export gives them back. Fields HIBP may add later are ignored.
 */
export const hibpBreachInputSchema = z.object({
  Name: notBlank(200),
  Title: notBlank(200),
  Domain: z.string().max(253).default(''),
  BreachDate: day,
  AddedDate: instant.optional(),
  ModifiedDate: instant.optional(),
  PwnCount: z.number().int().min(0),
  Description: z.string().max(100_000).default('').meta({ description: 'HTML, links included.' }),
  LogoPath: z.string().max(2000).default(''),
  Attribution: z.string().max(2000).nullable().default(null),
  DataClasses: z.array(notBlank(200)).max(200),
  IsVerified: z.boolean().default(false),
  IsFabricated: z.boolean().default(false),
  IsSensitive: z.boolean().default(false),
  IsRetired: z.boolean().default(false),
  IsSpamList: z.boolean().default(false),
  IsMalware: z.boolean().default(false),
  IsSubscriptionFree: z.boolean().default(false),
  IsStealerLog: z.boolean().default(false),
});

export type HibpBreachInput = z.output<typeof hibpBreachInputSchema>;

/** Every field of the HIBP breach model, in HIBP's order. */
export const hibpFieldNames = Object.keys(hibpBreachInputSchema.shape) as (keyof HibpBreachInput)[];

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

/**
 * HIBP descriptions are HTML; the register stores plain text. Tags go, a link keeps its address
 * in brackets after its text ("<a href="https://x">report</a>" → "report (https://x)"),
 * entities are decoded. The HTML itself is kept with the source record for the export.
 */
export function htmlToText(htmlText: string): string {
  return htmlText
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(
      /<a\b[^>]*\bhref\s*=\s*"([^"]*)"[^>]*>([\s\S]*?)<\/a\s*>/gi,
      (_all, href: string, text: string) => (text.includes(href) ? text : `${text} (${href})`),
    )
    .replace(/<[^>]*>/g, '')
    .replace(/&(#39|[a-z]+);/gi, (all, name: string) => entities[name.toLowerCase()] ?? all)
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** What an import wrote into the breach; a later edit makes the export use the register's value. */
export interface HibpImportedContent {
  title: string;
  description: string;
  occurredOn: string;
  peopleAffected: number;
  dataCategories: string[];
  /**
   * Data classes with no kind of data of their own (unknown to the knowledge base, or mapped to
   * `other`, such as "Purchases"), verbatim: the export gives them back.
   */
  verbatimDataClasses: string[];
}

export interface HibpImportPlan {
  /** Options for `registerBreach`, without actor and organisation. */
  breach: Omit<RegisterBreachOptions, 'actor' | 'organisationId'>;
  dataClasses: DataClassMapping[];
  unknownDataClasses: string[];
  descriptionLanguage: 'nl' | 'en';
  imported: HibpImportedContent;
}

/**
 * Turns an HIBP record into the content of a draft breach. Data classes become categories through
 * the knowledge base's table; unknown ones are reported, recorded as `other` (the draft never
 * claims less data than the source) and kept verbatim for the export. The description goes
 * into the field of its language; the other language gets the same text until someone
 * translates it (the import report says so). The sector is unknown in HIBP: `other`.
 */
export function planHibpImport(
  input: HibpBreachInput,
  table: Readonly<Record<string, string>>,
  descriptionLanguage: 'nl' | 'en',
): HibpImportPlan {
  const dataClasses = fromHibpDataClasses(input.DataClasses, table);
  const unknownDataClasses = dataClasses.filter((c) => c.categoryId === null).map((c) => c.name);
  const categories = [...new Set(dataClasses.map((c) => c.categoryId ?? 'other'))].sort();
  const title = input.Title.trim();
  const text = htmlToText(input.Description).slice(0, 20_000) || title;
  const countDay = input.AddedDate?.slice(0, 10) ?? input.BreachDate;
  return {
    breach: {
      title: { nl: title, en: title },
      sector: 'other',
      description: { nl: text, en: text },
      occurredOn: input.BreachDate,
      dataCategories: categories,
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
    descriptionLanguage,
    imported: {
      title,
      description: text,
      occurredOn: input.BreachDate,
      peopleAffected: input.PwnCount,
      dataCategories: categories,
      verbatimDataClasses: dataClasses
        .filter((c) => c.categoryId === null || c.categoryId === 'other')
        .map((c) => c.name),
    },
  };
}
