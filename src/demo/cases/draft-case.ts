import type { DemoCase } from './demo-case.ts';

/** A made-up breach of the demo organisation, left as a draft so that the workspace has something to edit. */
export const demoDraftCase: DemoCase = {
  organisation: 'demo',
  otherParties: [],
  publish: false,
  content: {
    slug: 'voorbeeld-lek-klantenaccounts-demo',
    title: {
      nl: 'Voorbeeld: klantgegevens zichtbaar voor andere klanten (demo)',
      en: 'Example: customer data visible to other customers (demo)',
    },
    sector: 'retail',
    description: {
      nl: 'Dit is een verzonnen voorbeeld om de werkplek te proberen. Door een fout konden klanten elkaars bestellingen zien.',
      en: 'This is a made-up example to try the workspace. Because of a mistake, customers could see each other’s orders.',
    },
    ownRole: 'controller',
    occurredOn: null,
    discoveredOn: '2026-11-02',
    processorNotifiedControllerOn: null,
    authorityNotifiedOn: null,
    victimsNotifiedOn: null,
    announcedOn: null,
    dataCategories: ['name', 'address', 'email'],
    recipientGroups: [
      {
        name: { nl: 'Klanten met een bestelling', en: 'Customers with an order' },
        certainty: 'possibly',
        count: null,
      },
    ],
    measures: [{ nl: 'De fout is hersteld.', en: 'The mistake has been fixed.' }],
    helpline: null,
    privacyContact: {
      email: 'privacy@voorbeeld-webwinkel.example',
      postalAddress: 'Voorbeeldstraat 1, 1234 AB Voorbeeldstad',
    },
    questions: [
      {
        question: { nl: 'Moet ik mijn wachtwoord wijzigen?', en: 'Do I need to change my password?' },
        answer: { nl: 'Nee, wachtwoorden waren niet zichtbaar.', en: 'No, passwords were not visible.' },
      },
    ],
    sources: [
      { title: 'Voorbeeldbericht (demo)', url: 'https://voorbeeld.example/nieuws/lek', kind: 'organisation' },
    ],
  },
  counts: [],
  updates: [],
};
