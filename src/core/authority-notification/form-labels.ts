import type { Localized } from '../i18n/lang.ts';
import type { ApFormSectionId } from './form-sections.ts';

/** Headings of the AP form's sections, in Dutch as the form has them and in English. */
export const sectionLabels: Record<ApFormSectionId, Localized> = {
  about: { nl: 'Over deze melding', en: 'About this notification' },
  contact: { nl: 'Contactgegevens en algemene informatie', en: 'Contact details and general information' },
  timeline: { nl: 'Tijdlijn', en: 'Timeline' },
  breach: { nl: 'Gegevens over het datalek', en: 'About the breach' },
  personal_data: { nl: 'Persoonsgegevens die betrokken zijn', en: 'Personal data involved' },
  people: { nl: 'De groep mensen die het raakt', en: 'The people affected' },
  measures_before: { nl: 'Maatregelen vóór het datalek', en: 'Measures in place before the breach' },
  consequences: { nl: 'Gevolgen van het datalek', en: 'Consequences of the breach' },
  follow_up: { nl: 'Vervolgacties', en: 'Follow-up actions' },
  other: { nl: 'Overig', en: 'Other' },
};

/** Names of the kinds of breach the AP form asks about. */
export const breachTypeNames: Record<string, Localized> = {
  confidentiality: {
    nl: 'vertrouwelijkheid (gelezen of gekopieerd)',
    en: 'confidentiality (read or copied)',
  },
  integrity: { nl: 'integriteit (veranderd)', en: 'integrity (altered)' },
  availability: { nl: 'beschikbaarheid (kwijt of vernietigd)', en: 'availability (lost or destroyed)' },
};

/** Whether people were informed. */
export const statusNames: Record<string, Localized> = {
  informed: { nl: 'geïnformeerd', en: 'informed' },
  will_inform: { nl: 'worden nog geïnformeerd', en: 'will be informed' },
  not_informing: { nl: 'worden niet geïnformeerd', en: 'will not be informed' },
  undecided: { nl: 'nog niet besloten', en: 'not yet decided' },
};

/** How people were informed. */
export const meansNames: Record<string, Localized> = {
  letter: { nl: 'brief', en: 'letter' },
  email: { nl: 'e-mail', en: 'e-mail' },
  sms: { nl: 'sms', en: 'text message' },
  phone: { nl: 'telefoon', en: 'phone' },
  website: { nl: 'website', en: 'website' },
  press: { nl: 'media', en: 'press' },
  in_person: { nl: 'persoonlijk', en: 'in person' },
  other: { nl: 'anders', en: 'other' },
};
