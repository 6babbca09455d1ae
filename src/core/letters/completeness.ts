import type { Lang, Localized } from '../i18n/lang.ts';
import { findPlaceholderProblems, type PlaceholderProblem } from './placeholders.ts';
import type { LetterOrganisation, LetterVariant, VariantTexts } from './types.ts';

/**
 * The items every letter must hold before it may go out: GDPR Art. 34(2) (with 33(3)(b)–(d))
 * and the four questions of the Autoriteit Persoonsgegevens.
 */
export type RequiredItem =
  | 'subject'
  | 'what_happened'
  | 'which_data'
  | 'consequences'
  | 'measures'
  | 'what_you_can_do'
  | 'contact_point_name'
  | 'contact_point_details';

export interface MissingItem {
  item: RequiredItem;
  /** The language whose text is missing; absent for items that are not texts. */
  lang?: Lang;
  message: Localized;
}

export interface TextProblem extends PlaceholderProblem {
  lang: Lang;
  field: keyof VariantTexts;
}

export interface CompletenessReport {
  /** True only when nothing is missing and every placeholder can be filled in. */
  ready: boolean;
  missing: MissingItem[];
  placeholders: TextProblem[];
}

const itemMessages: Record<RequiredItem, Localized> = {
  subject: {
    nl: 'De brief heeft nog geen titel (onderwerp).',
    en: 'The letter has no title (subject) yet.',
  },
  what_happened: {
    nl: 'Vertel wat er is gebeurd, in duidelijke en eenvoudige taal (AVG art. 34 lid 2; AP-vraag 1).',
    en: 'Say what happened, in clear and plain language (GDPR Art. 34(2); AP question 1).',
  },
  which_data: {
    nl: 'Geef aan om welke soorten gegevens het gaat voor deze groep (AP-vraag 1).',
    en: 'State which kinds of data are involved for this group (AP question 1).',
  },
  consequences: {
    nl: 'Beschrijf de waarschijnlijke gevolgen voor de ontvanger (AVG art. 34 lid 2; AP-vraag 2).',
    en: 'Describe the likely consequences for the recipient (GDPR Art. 34(2); AP question 2).',
  },
  measures: {
    nl: 'Beschrijf de maatregelen die u hebt genomen of gaat nemen, ook om de schade te beperken (AVG art. 34 lid 2; AP-vraag 3).',
    en: 'Describe the measures you took or will take, including those that limit the harm (GDPR Art. 34(2); AP question 3).',
  },
  what_you_can_do: {
    nl: 'Vertel wat de ontvanger zelf kan doen (AP-vraag 4).',
    en: 'Say what recipients can do themselves (AP question 4).',
  },
  contact_point_name: {
    nl: 'Noem de functionaris gegevensbescherming (FG) of een ander contactpunt (AVG art. 34 lid 2).',
    en: 'Name the data protection officer (DPO) or another contact point (GDPR Art. 34(2)).',
  },
  contact_point_details: {
    nl: 'Geef een telefoonnummer, e-mailadres of website van het contactpunt (AVG art. 34 lid 2).',
    en: 'Give a phone number, e-mail address or website for the contact point (GDPR Art. 34(2)).',
  },
};

const textItems: readonly [keyof VariantTexts, RequiredItem][] = [
  ['subject', 'subject'],
  ['whatHappened', 'what_happened'],
  ['consequences', 'consequences'],
  ['measures', 'measures'],
  ['whatYouCanDo', 'what_you_can_do'],
];

const filled = (value: string | undefined): boolean => value !== undefined && value.trim().length > 0;

function languageNote(message: Localized, lang: Lang): Localized {
  const names: Record<Lang, Localized> = {
    nl: { nl: 'Nederlands', en: 'Dutch' },
    en: { nl: 'Engels', en: 'English' },
  };
  return {
    nl: `${message.nl} (tekst in het ${names[lang].nl})`,
    en: `${message.en} (text in ${names[lang].en})`,
  };
}

/**
 * What still blocks sending this variant in the given languages: every missing required item
 * and every placeholder that cannot be filled in. Sending is allowed only when `ready`.
 * @example checkCompleteness(variant, organisation, ['nl']).missing.map((m) => m.item)
 */
export function checkCompleteness(
  variant: LetterVariant,
  organisation: LetterOrganisation,
  langs: readonly Lang[],
): CompletenessReport {
  const missing: MissingItem[] = [];
  const placeholders: TextProblem[] = [];
  for (const lang of langs) {
    const texts = variant.texts[lang];
    for (const [field, item] of textItems) {
      const text = texts?.[field];
      if (!filled(text)) missing.push({ item, lang, message: languageNote(itemMessages[item], lang) });
    }
    if (!texts) continue;
    for (const field of Object.keys(texts) as (keyof VariantTexts)[]) {
      const text = texts[field];
      if (text === undefined) continue;
      for (const problem of findPlaceholderProblems(text, lang))
        placeholders.push({ ...problem, lang, field });
    }
  }
  if (variant.categories.length === 0) missing.push({ item: 'which_data', message: itemMessages.which_data });
  const contact = organisation.contact;
  if (!filled(contact.name))
    missing.push({ item: 'contact_point_name', message: itemMessages.contact_point_name });
  if (!filled(contact.phone) && !filled(contact.email) && !filled(contact.website)) {
    missing.push({ item: 'contact_point_details', message: itemMessages.contact_point_details });
  }
  return { ready: missing.length === 0 && placeholders.length === 0, missing, placeholders };
}
