import { fieldTexts, zodMessage } from '../errors/field-messages.ts';
import { z } from 'zod';
import { isPartialDate } from '../core/breaches/partial-date.ts';
import {
  agreedCategoryIds,
  certainties,
  partyRoles,
  sectors,
  sourceKinds,
} from '../core/breaches/vocabulary.ts';

/** A text in Dutch and English, each required. */
export function localized(max: number) {
  const text = z.string().trim().min(1, zodMessage(fieldTexts.fillIn)).max(max);
  return z.object({ nl: text, en: text });
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; unknown dates are null. */
export const partialDate = z
  .string()
  .trim()
  .refine(
    isPartialDate,
    zodMessage({
      nl: 'Schrijf de datum als JJJJ-MM-DD (of JJJJ-MM of JJJJ als u alleen dat weet).',
      en: 'Use a date as YYYY-MM-DD (or YYYY-MM or YYYY when only that is known).',
    }),
  );

export const webUrl = z
  .url({
    protocol: /^https?$/,
    error: zodMessage({
      nl: 'Geef een volledig webadres dat begint met https://.',
      en: 'Use a full web address starting with https://.',
    }),
  })
  .max(2000);

export const defaultCategoryIds: ReadonlySet<string> = new Set(agreedCategoryIds);

export const entityId = z.string().trim().min(1, zodMessage(fieldTexts.required)).max(100);

/** A page of a list: 1-based page number, at most 100 items. */
export const pagination = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

/**
 * The content fields of a breach, every one optional; `registerBreach` makes the core ones
 * required and `updateBreach` takes any subset.
 */
export function breachContentFields(categoryIds: ReadonlySet<string>) {
  return {
    title: localized(200),
    sector: z.enum(sectors),
    description: localized(20_000),
    ownRole: z.enum(partyRoles),
    otherParties: z.array(z.object({ organisationId: entityId, role: z.enum(partyRoles) })).max(20),
    occurredOn: partialDate.nullable(),
    discoveredOn: partialDate.nullable(),
    processorNotifiedControllerOn: partialDate.nullable(),
    authorityNotifiedOn: partialDate.nullable(),
    victimsNotifiedOn: partialDate.nullable(),
    announcedOn: partialDate.nullable(),
    dataCategories: z
      .array(z.string().refine((id) => categoryIds.has(id), zodMessage(fieldTexts.unknownKind)))
      .max(60)
      .refine((ids) => new Set(ids).size === ids.length, zodMessage(fieldTexts.kindOnce)),
    recipientGroups: z
      .array(
        z.object({
          name: localized(300),
          certainty: z.enum(certainties),
          count: z.number().int().min(0).nullable(),
        }),
      )
      .max(50),
    measures: z.array(localized(2000)).max(50),
    helpline: z
      .object({
        phone: z
          .string()
          .trim()
          .regex(
            /^\+?[0-9][0-9 ()-]{2,29}$/,
            zodMessage({
              nl: 'Schrijf een telefoonnummer, bijvoorbeeld 0800-1617.',
              en: 'Use a phone number such as 0800-1617.',
            }),
          )
          .nullable(),
        hours: localized(300).nullable(),
        url: webUrl.nullable(),
      })
      .nullable(),
    privacyContact: z
      .object({
        email: z
          .email(
            zodMessage({
              nl: 'Schrijf een e-mailadres, bijvoorbeeld privacy@organisatie.nl.',
              en: 'Use an e-mail address such as privacy@organisation.nl.',
            }),
          )
          .nullable(),
        postalAddress: z.string().trim().min(5).max(300).nullable(),
      })
      .nullable(),
    questions: z.array(z.object({ question: localized(500), answer: localized(5000) })).max(100),
    sources: z
      .array(
        z.object({
          title: z.string().trim().min(1).max(300),
          url: webUrl.nullable(),
          kind: z.enum(sourceKinds),
        }),
      )
      .max(50),
  };
}
