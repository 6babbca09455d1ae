import { agreedCategoryIds } from '../categories/agreed-ids.ts';
import type { Localized } from '../i18n/lang.ts';
import { messages } from './messages.ts';

/**
 * The agreed kinds of personal data (see the categories brief). The knowledge base may add
 * more; a new id must also get a row in `dpcByCategory`, because every kind of data needs a
 * reasoned ENISA score before an assessment can use it.
 */
export const categoryIds = agreedCategoryIds;
export type CategoryId = (typeof categoryIds)[number];

/** Special categories (Art. 9 GDPR) plus criminal data (Art. 10), which the law treats alike. */
export const specialCategoryIds = [
  'health',
  'genetic',
  'biometric',
  'racial_or_ethnic_origin',
  'political_opinions',
  'religious_or_philosophical_beliefs',
  'trade_union_membership',
  'sex_life_or_orientation',
  'criminal',
] as const;
export type SpecialCategoryId = (typeof specialCategoryIds)[number];

/** ENISA's four data processing contexts with their base score. */
export const dpcClasses = { simple: 1, behavioural: 2, financial: 3, sensitive: 4 } as const;
export type DpcClass = keyof typeof dpcClasses;

export interface CategoryDpc {
  dpcClass: DpcClass;
  /** Change from the base score for what this kind of data reveals in practice (ENISA A2). */
  adjustment: number;
  reason: Localized;
  /** The special category this kind of data belongs to, if any. */
  special?: SpecialCategoryId;
}

/** The ENISA score of each kind of data, with the reason for any change from the base. */
export const dpcByCategory = {
  bsn: {
    dpcClass: 'simple',
    adjustment: 1,
    reason: {
      nl: 'Een BSN alleen is weinig waard, maar samen met andere gegevens helpt het bij fraude met identiteit.',
      en: 'A citizen service number alone is of little use, but combined with other data it helps identity fraud.',
    },
  },
  id_document_copy: {
    dpcClass: 'simple',
    adjustment: 2,
    reason: {
      nl: 'Met een kopie van een identiteitsbewijs kan iemand zich veel makkelijker voordoen als een ander.',
      en: 'A copy of an identity document makes it much easier to pose as someone else.',
    },
  },
  id_document_number: {
    dpcClass: 'simple',
    adjustment: 1,
    reason: {
      nl: 'Een documentnummer helpt oplichters om echt over te komen.',
      en: 'A document number helps fraudsters seem genuine.',
    },
  },
  iban: {
    dpcClass: 'financial',
    adjustment: -1,
    reason: {
      nl: 'Een rekeningnummer alleen laat geen saldo of betalingen zien.',
      en: 'An account number alone shows no balance or payments.',
    },
  },
  medical_test_result: {
    dpcClass: 'sensitive',
    adjustment: 0,
    reason: {
      nl: 'Echte uitslagen van een medisch onderzoek zijn gezondheidsgegevens van de zwaarste soort.',
      en: 'Actual medical test results are health data of the most serious kind.',
    },
    special: 'health',
  },
  health_data: {
    dpcClass: 'sensitive',
    adjustment: 0,
    reason: {
      nl: 'Gegevens over gezondheid zijn bijzondere gegevens.',
      en: 'Health data is special-category data.',
    },
    special: 'health',
  },
  gp_name: {
    dpcClass: 'simple',
    adjustment: 0,
    reason: {
      nl: 'De naam van de huisarts zegt alleen wie iemands huisarts is, niet hoe het met iemand gaat.',
      en: "The GP's name only says who someone's GP is, not how they are.",
    },
  },
  criminal_record: {
    dpcClass: 'sensitive',
    adjustment: 0,
    reason: {
      nl: 'Strafrechtelijke gegevens kunnen iemand ernstig schaden.',
      en: 'Criminal-record data can seriously harm someone.',
    },
    special: 'criminal',
  },
  protected_address: {
    dpcClass: 'simple',
    adjustment: 3,
    reason: {
      nl: 'Een afgeschermd adres beschermt iemand tegen gevaar. Uitlekken kan de veiligheid raken.',
      en: 'A shielded address protects someone from danger. A leak can affect their safety.',
    },
  },
  name: {
    dpcClass: 'simple',
    adjustment: 0,
    reason: { nl: 'Een naam is een eenvoudig gegeven.', en: 'A name is simple data.' },
  },
  address: {
    dpcClass: 'simple',
    adjustment: 0,
    reason: { nl: 'Een adres is een eenvoudig gegeven.', en: 'An address is simple data.' },
  },
  date_of_birth: {
    dpcClass: 'simple',
    adjustment: 0,
    reason: { nl: 'Een geboortedatum is een eenvoudig gegeven.', en: 'A date of birth is simple data.' },
  },
  gender: {
    dpcClass: 'simple',
    adjustment: 0,
    reason: { nl: 'Geslacht is een eenvoudig gegeven.', en: 'Gender is simple data.' },
  },
  email: {
    dpcClass: 'simple',
    adjustment: 0,
    reason: { nl: 'Een e-mailadres is een eenvoudig gegeven.', en: 'An e-mail address is simple data.' },
  },
  phone: {
    dpcClass: 'simple',
    adjustment: 0,
    reason: { nl: 'Een telefoonnummer is een eenvoudig gegeven.', en: 'A phone number is simple data.' },
  },
  password: {
    dpcClass: 'simple',
    adjustment: 2,
    reason: {
      nl: 'Met een wachtwoord kan iemand in accounts komen. Mensen gebruiken het vaak op meer plekken.',
      en: 'A password opens accounts, and people often reuse it elsewhere.',
    },
  },
  security_answers: {
    dpcClass: 'simple',
    adjustment: 2,
    reason: {
      nl: 'Antwoorden op beveiligingsvragen openen accounts en zijn moeilijk te veranderen.',
      en: 'Answers to security questions open accounts and are hard to change.',
    },
  },
  payment_card: {
    dpcClass: 'financial',
    adjustment: 0,
    reason: {
      nl: 'Met kaartgegevens kan soms betaald worden.',
      en: 'Card details can sometimes be used to pay.',
    },
  },
  location: {
    dpcClass: 'behavioural',
    adjustment: 0,
    reason: {
      nl: 'Locaties laten zien waar iemand komt en wat iemand doet.',
      en: 'Locations show where someone goes and what they do.',
    },
  },
  photos: {
    dpcClass: 'simple',
    adjustment: 1,
    reason: {
      nl: "Foto's kunnen veel over iemands privéleven laten zien.",
      en: "Photos can show much of someone's private life.",
    },
  },
  messages: {
    dpcClass: 'behavioural',
    adjustment: 1,
    reason: {
      nl: 'De inhoud van berichten laat veel zien over iemands leven en contacten.',
      en: "The content of messages shows much of someone's life and contacts.",
    },
  },
  username: {
    dpcClass: 'simple',
    adjustment: 0,
    reason: { nl: 'Een gebruikersnaam is een eenvoudig gegeven.', en: 'A username is simple data.' },
  },
  ip_address: {
    dpcClass: 'behavioural',
    adjustment: -1,
    reason: {
      nl: 'Een IP-adres alleen zegt weinig over wat iemand doet.',
      en: 'An IP address alone says little about what someone does.',
    },
  },
  customer_number: {
    dpcClass: 'simple',
    adjustment: 0,
    reason: { nl: 'Een klantnummer is een eenvoudig gegeven.', en: 'A customer number is simple data.' },
  },
  other: {
    dpcClass: 'simple',
    adjustment: 0,
    reason: {
      nl: 'Andere gegevens tellen als eenvoudige gegevens. Pas de beoordeling aan als ze gevoeliger zijn.',
      en: 'Other data counts as simple data. Adjust the assessment if it is more sensitive.',
    },
  },
} as const satisfies Record<CategoryId, CategoryDpc>;

/** Names of the special categories, for reasons and reports. */
export const specialCategoryNames: Record<SpecialCategoryId, Localized> = messages.specialCategoryNames;
