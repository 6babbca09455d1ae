import type { Localized } from '../i18n/lang.ts';
import type { AuthorityNotificationInput } from './input-schema.ts';

/** Headings of the notification's parts, with the article each answers. */
export const itemLabels = {
  nature: { nl: 'Wat is er gebeurd (art. 33 lid 3a)', en: 'Nature of the breach (Art. 33(3)(a))' },
  contact: { nl: 'Contactpersoon (art. 33 lid 3b)', en: 'Contact point (Art. 33(3)(b))' },
  consequences: {
    nl: 'Waarschijnlijke gevolgen (art. 33 lid 3c)',
    en: 'Likely consequences (Art. 33(3)(c))',
  },
  measures: {
    nl: 'Maatregelen genomen of voorgesteld (art. 33 lid 3d)',
    en: 'Measures taken or proposed (Art. 33(3)(d))',
  },
  timing: { nl: 'Tijdstippen en vertraging (art. 33 lid 1)', en: 'Timing and delay (Art. 33(1))' },
  assessment: { nl: 'Onze beoordeling van het risico', en: 'Our assessment of the risk' },
} satisfies Record<string, Localized>;

export type MissingId =
  | 'nature_description'
  | 'categories'
  | 'people_count'
  | 'record_count'
  | 'contact_name'
  | 'contact_details'
  | 'consequences'
  | 'measures'
  | 'mitigation'
  | 'delay_reasons';

/** What a missing item is called in the completeness list. */
export const missingLabels: Record<MissingId, Localized> = {
  nature_description: { nl: 'beschrijving van wat er gebeurde', en: 'description of what happened' },
  categories: { nl: 'soorten gegevens', en: 'kinds of data' },
  people_count: { nl: 'ongeveer hoeveel mensen het raakt', en: 'approximate number of people' },
  record_count: { nl: 'ongeveer hoeveel records het raakt', en: 'approximate number of records' },
  contact_name: { nl: 'naam van de contactpersoon', en: 'name of the contact point' },
  contact_details: {
    nl: 'e-mailadres of telefoonnummer van de contactpersoon',
    en: "contact point's e-mail or phone",
  },
  consequences: { nl: 'waarschijnlijke gevolgen', en: 'likely consequences' },
  measures: { nl: 'genomen of voorgestelde maatregelen', en: 'measures taken or proposed' },
  mitigation: {
    nl: 'maatregelen om de mogelijke schade voor mensen te beperken',
    en: 'measures to limit possible harm to people',
  },
  delay_reasons: {
    nl: 'reden waarom de melding later is dan 72 uur',
    en: 'reasons why the notification is later than 72 hours',
  },
};

/** "Eerste melding" or "Aanvulling 2". */
export function phaseLabel(phase: AuthorityNotificationInput['phase']): Localized {
  if (phase.kind === 'first') return { nl: 'Eerste melding', en: 'First notification' };
  if (phase.kind === 'withdrawal')
    return { nl: 'Intrekking van de melding', en: 'Withdrawal of the notification' };
  return { nl: `Aanvulling ${phase.number}`, en: `Follow-up ${phase.number}` };
}
