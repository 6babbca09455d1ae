import type { DemoCase } from './demo-case.ts';
import { exampleContact } from './shared.ts';

/** The news programme's items differ only by date and have no stable address. */
const hartVanNederland = (day: string) => ({
  title: `Hart van Nederland, ${day}`,
  url: null,
  kind: 'news' as const,
});

/** The 2026 data breach at Odido. */
export const odidoCase: DemoCase = {
  organisation: 'odido',
  otherParties: [],
  publish: true,
  content: {
    slug: 'datalek-odido-2026',
    title: { nl: 'Datalek bij Odido', en: 'Data breach at Odido' },
    sector: 'telecom',
    description: {
      nl:
        'Odido maakte op 12 februari 2026 bekend dat gegevens van 6,2 miljoen accounts zijn buitgemaakt: naam, ' +
        'adres, mobiel nummer, klantnummer, e-mailadres en IBAN. Mogelijk ook geboortedatum en het nummer en de ' +
        'geldigheid van paspoort of rijbewijs. Er zijn geen kopieën van identiteitsbewijzen en geen wachtwoorden ' +
        'buitgemaakt. Eind februari 2026 stonden de gegevens op het dark web.',
      en:
        'On 12 February 2026 Odido announced that data of 6.2 million accounts had been taken: name, address, ' +
        'mobile number, customer number, e-mail address and IBAN. Possibly also date of birth and the number and ' +
        'validity of a passport or driving licence. No copies of ID documents and no passwords were taken. At ' +
        'the end of February 2026 the data was on the dark web.',
    },
    ownRole: 'controller',
    occurredOn: null,
    discoveredOn: null,
    processorNotifiedControllerOn: null,
    authorityNotifiedOn: null,
    victimsNotifiedOn: null,
    announcedOn: '2026-02-12',
    dataCategories: [
      'name',
      'address',
      'phone',
      'customer_number',
      'email',
      'iban',
      'date_of_birth',
      'id_document_number',
    ],
    recipientGroups: [
      {
        name: { nl: 'Accounts van klanten', en: 'Customer accounts' },
        certainty: 'confirmed',
        count: 6_200_000,
      },
    ],
    measures: [],
    helpline: null,
    privacyContact: exampleContact('odido', '1003', '1000 AC'),
    questions: [],
    sources: [
      hartVanNederland('12 februari 2026'),
      hartVanNederland('17 februari 2026'),
      hartVanNederland('26 februari 2026'),
    ],
  },
  counts: [
    {
      count: 6_200_000,
      effectiveOn: '2026-02-12',
      reason: {
        nl: 'Odido maakt bekend dat gegevens van 6,2 miljoen accounts zijn buitgemaakt.',
        en: 'Odido announces that data of 6.2 million accounts was taken.',
      },
    },
  ],
  updates: [
    {
      publishedOn: '2026-02-17',
      text: {
        nl: 'Het Centraal Meldpunt Identiteitsfraude kreeg binnen vijf dagen 245 meldingen over dit lek.',
        en: 'The Central Identity Fraud Reporting Point received 245 reports about this breach within five days.',
      },
    },
    {
      publishedOn: '2026-02-26',
      text: {
        nl: 'De gegevens zijn gepubliceerd op het dark web.',
        en: 'The data has been published on the dark web.',
      },
    },
  ],
};
