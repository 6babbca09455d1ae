import type { CreateOrganisationOptions } from '../use-cases/create-organisation.ts';
import type { RegisterBreachOptions } from '../use-cases/register-breach.ts';

/**
 * The real cases of the demo register, from the source documents (docs: shared facts). Only
 * what the sources say: an unknown date is null, a date known only to the month is `YYYY-MM`.
 */

export type DemoOrganisation = Omit<CreateOrganisationOptions, 'actor'> & { slug: string };

export const demoOrganisations = {
  bvo: {
    slug: 'bevolkingsonderzoek-nederland',
    name: 'Bevolkingsonderzoek Nederland',
    kind: 'healthcare',
    sector: 'healthcare',
    website: 'https://www.bevolkingsonderzoeknederland.nl',
  },
  lab: {
    slug: 'clinical-diagnostics',
    name: 'Clinical Diagnostics (laboratorium)',
    kind: 'healthcare',
    sector: 'healthcare',
    website: null,
  },
  om: {
    slug: 'openbaar-ministerie',
    name: 'Openbaar Ministerie',
    kind: 'government',
    sector: 'justice',
    website: 'https://www.om.nl',
  },
  odido: {
    slug: 'odido',
    name: 'Odido',
    kind: 'company',
    sector: 'telecom',
    website: 'https://www.odido.nl',
  },
  demo: {
    slug: 'voorbeeld-webwinkel-demo',
    name: 'Voorbeeld Webwinkel B.V. (demo)',
    kind: 'company',
    sector: 'retail',
    website: null,
  },
} satisfies Record<string, DemoOrganisation>;

type CaseContent = Omit<
  RegisterBreachOptions,
  'actor' | 'organisationId' | 'otherParties' | 'peopleAffected'
>;

export interface DemoCase {
  organisation: keyof typeof demoOrganisations;
  otherParties: { organisation: keyof typeof demoOrganisations; role: 'controller' | 'processor' }[];
  content: CaseContent & { slug: string };
  counts: { count: number; effectiveOn: string; reason: { nl: string; en: string } }[];
  updates: { publishedOn: string; text: { nl: string; en: string } }[];
  publish: boolean;
}

/**
 * Where victims send privacy requests. The sources do not give these addresses, so they are
 * made up, and made to look made up: the reserved `.example` domain (RFC 2606) and the place
 * "Voorbeeldstad". With them the demo's letters show a full address block; a real record uses
 * the organisation's own address.
 */
const exampleContact = (mailbox: string, postBox: string, postcode: string) => ({
  email: `privacy@${mailbox}.example`,
  postalAddress: `Postbus ${postBox}, ${postcode} Voorbeeldstad`,
});

const kamervragen = {
  kind: 'parliament',
  url: null,
} as const;

export const labCase: DemoCase = {
  organisation: 'bvo',
  otherParties: [{ organisation: 'lab', role: 'processor' }],
  publish: true,
  content: {
    slug: 'hack-laboratorium-clinical-diagnostics',
    title: {
      nl: 'Hack bij laboratorium Clinical Diagnostics (bevolkingsonderzoek baarmoederhalskanker)',
      en: 'Hack at the Clinical Diagnostics laboratory (cervical cancer screening)',
    },
    sector: 'healthcare',
    description: {
      nl:
        'Criminelen hebben het laboratorium Clinical Diagnostics gehackt. Het lab deed onderzoek voor het ' +
        'bevolkingsonderzoek baarmoederhalskanker van Bevolkingsonderzoek Nederland (BVO NL). De criminelen ' +
        'zeiden dat ze 300 GB aan gegevens hadden. Een deel van de gegevens stond een tijd op het dark web. ' +
        'Eerst ging het om ruim 485.000 deelnemers. Later bleken ongeveer 230.000 mensen meer getroffen. ' +
        'BVO NL informeert daarom alle 941.000 deelnemers van wie het gegevens met het lab heeft gedeeld. ' +
        'Welke gegevens per persoon zijn buitgemaakt, was nog niet bekend.',
      en:
        'Criminals hacked the Clinical Diagnostics laboratory. The lab did tests for the cervical cancer ' +
        'screening programme of Bevolkingsonderzoek Nederland (BVO NL). The criminals claimed to have 300 GB ' +
        'of data. Part of the data was on the dark web for a while. At first about 485,000 participants were ' +
        'known to be affected. Later, about 230,000 more people turned out to be affected. BVO NL therefore ' +
        'informs all 941,000 participants whose data it shared with the lab. Which data was taken per person ' +
        'was not yet known.',
    },
    ownRole: 'controller',
    occurredOn: null,
    discoveredOn: '2025-07-06',
    processorNotifiedControllerOn: '2025-08-06',
    authorityNotifiedOn: null,
    victimsNotifiedOn: '2025-08',
    announcedOn: '2025-08-11',
    dataCategories: [
      'name',
      'address',
      'gender',
      'date_of_birth',
      'bsn',
      'health_data',
      'medical_test_result',
      'gp_name',
    ],
    recipientGroups: [
      {
        name: { nl: 'Deelnemers in het eerste gelekte bestand', en: 'Participants in the first leaked set' },
        certainty: 'confirmed',
        count: 405_000,
      },
      {
        name: {
          nl: 'Deelnemers in de latere gelekte bestanden',
          en: 'Participants in the later leaked sets',
        },
        certainty: 'confirmed',
        count: 216_000,
      },
      {
        name: {
          nl: 'Deelnemers van wie het lab niet kan bevestigen dat hun gegevens niet zijn gelekt',
          en: 'Participants for whom the lab cannot confirm that their data did not leak',
        },
        certainty: 'possibly',
        count: 282_000,
      },
      {
        name: {
          nl: 'Deelnemers met een uitstrijkje van vóór 2017 via de huisarts',
          en: 'Participants with a smear test before 2017 through their GP',
        },
        certainty: 'possibly',
        count: 38_000,
      },
    ],
    measures: [
      {
        nl: 'Het lab heeft de toegang tot de getroffen IT-omgeving verder beperkt en laat die scherper bewaken.',
        en: 'The lab further limited access to the affected IT environment and monitors it more closely.',
      },
      {
        nl: 'BVO NL heeft het klantcontactcentrum uitgebreid met een speciale informatielijn.',
        en: 'BVO NL expanded its customer contact centre with a special information line.',
      },
      {
        nl: 'Z-CERT let op of de gegevens (opnieuw) op het dark web verschijnen en grijpt dan in.',
        en: 'Z-CERT watches whether the data appears (again) on the dark web and acts when it does.',
      },
      {
        nl: 'BVO NL schrijft alle 941.000 deelnemers welke gegevens het met het lab heeft gedeeld.',
        en: 'BVO NL writes to all 941,000 participants which data it shared with the lab.',
      },
    ],
    helpline: { phone: '0800-1617', hours: null, url: null },
    privacyContact: exampleContact('bevolkingsonderzoeknederland', '1001', '1000 AA'),
    questions: [],
    sources: [
      {
        title:
          'Tweede Kamer: antwoorden op Kamervragen over de hack bij een lab van Bevolkingsonderzoek Nederland (2025)',
        ...kamervragen,
      },
      {
        title: 'Security.NL: vier groepen, vier brieven (bericht 904436)',
        url: 'https://www.security.nl/posting/904436',
        kind: 'news',
      },
      {
        title: 'Security.NL: Nationale ombudsman over vragen van getroffenen (bericht 903441)',
        url: 'https://www.security.nl/posting/903441',
        kind: 'news',
      },
      { title: 'Techzine (bericht 569053)', url: null, kind: 'news' },
    ],
  },
  counts: [
    {
      count: 485_000,
      effectiveOn: '2025-08-06',
      reason: {
        nl: 'Eerste melding van het lab aan BVO NL: gegevens van ruim 485.000 deelnemers buitgemaakt.',
        en: "The lab's first report to BVO NL: data of over 485,000 participants taken.",
      },
    },
    {
      count: 715_000,
      effectiveOn: '2025-08-29',
      reason: {
        nl: 'Ongeveer 230.000 deelnemers meer getroffen dan eerst gedacht (Kamer geïnformeerd op 29 augustus 2025).',
        en: 'About 230,000 more participants affected than first thought (parliament informed on 29 August 2025).',
      },
    },
    {
      count: 941_000,
      effectiveOn: '2025-09-01',
      reason: {
        nl: 'BVO NL informeert alle 941.000 deelnemers van wie het gegevens met het lab heeft gedeeld.',
        en: 'BVO NL informs all 941,000 participants whose data it shared with the lab.',
      },
    },
  ],
  updates: [
    {
      publishedOn: '2025-08-11',
      text: {
        nl: 'BVO NL meldt de hack in een nieuwsbericht, om mensen te informeren en te waarschuwen.',
        en: 'BVO NL reports the hack in a news item, to inform and warn people.',
      },
    },
    {
      publishedOn: '2025-08-18',
      text: {
        nl: 'In de week van 18 augustus krijgt de eerste groep deelnemers een brief.',
        en: 'In the week of 18 August the first group of participants receives a letter.',
      },
    },
    {
      publishedOn: '2025-08-29',
      text: {
        nl: 'Ongeveer 230.000 deelnemers meer zijn getroffen. BVO NL publiceert een nieuwsbericht.',
        en: 'About 230,000 more participants are affected. BVO NL publishes a news item.',
      },
    },
    {
      publishedOn: '2025-09-01',
      text: {
        nl:
          'Alle 941.000 deelnemers krijgen half september een brief over welke gegevens met het lab zijn gedeeld. ' +
          'De informatielijn 0800-1617 krijgt 80 tot 400 telefoontjes per dag; tot 1 september kwamen er ongeveer 2.000 e-mails.',
        en:
          'All 941,000 participants get a letter in mid-September about which data was shared with the lab. ' +
          'The information line 0800-1617 gets 80 to 400 calls a day; about 2,000 e-mails arrived up to 1 September.',
      },
    },
  ],
};

export const omCase: DemoCase = {
  organisation: 'om',
  otherParties: [],
  publish: true,
  content: {
    slug: 'hack-openbaar-ministerie-citrix-netscaler',
    title: {
      nl: 'Hack bij het Openbaar Ministerie via Citrix NetScaler',
      en: 'Hack at the Public Prosecution Service through Citrix NetScaler',
    },
    sector: 'justice',
    description: {
      nl:
        'Onbevoegden zijn binnengedrongen in systemen van het Openbaar Ministerie (OM). Ze gebruikten een ' +
        'kwetsbaarheid in Citrix NetScaler. Het OM koppelde uit voorzorg zijn interne systemen los van het ' +
        'internet en was wekenlang offline. Volgens de antwoorden op Kamervragen waren er toen geen ' +
        'aanwijzingen dat gegevens zijn veranderd of weggehaald. Het onderzoek liep nog.',
      en:
        'Unauthorised people got into systems of the Public Prosecution Service (Openbaar Ministerie, OM). ' +
        'They used a vulnerability in Citrix NetScaler. As a precaution the OM disconnected its internal ' +
        'systems from the internet and was offline for weeks. According to the answers to parliamentary ' +
        'questions there was, at that time, no indication that data had been altered or taken. The ' +
        'investigation was still going on.',
    },
    ownRole: 'controller',
    occurredOn: '2025-07',
    discoveredOn: '2025-07',
    processorNotifiedControllerOn: null,
    authorityNotifiedOn: null,
    victimsNotifiedOn: null,
    announcedOn: '2025-07-17',
    dataCategories: [],
    recipientGroups: [],
    measures: [
      {
        nl: 'Het OM heeft zijn interne systemen uit voorzorg losgekoppeld van het internet.',
        en: 'The OM disconnected its internal systems from the internet as a precaution.',
      },
      {
        nl: 'Kwetsbaarheden zijn afgedekt. Het OM gaat stap voor stap weer online, met sterkere bewaking en detectie.',
        en: 'Vulnerabilities were closed. The OM is going back online step by step, with stronger monitoring and detection.',
      },
    ],
    helpline: null,
    privacyContact: exampleContact('om', '1002', '1000 AB'),
    questions: [],
    sources: [
      {
        title: 'Tweede Kamer: antwoorden op Kamervragen over de hackaanval op het Openbaar Ministerie (2025)',
        ...kamervragen,
      },
    ],
  },
  counts: [],
  updates: [
    {
      publishedOn: '2025-07-17',
      text: {
        nl: 'De minister meldt de Kamer dat het OM zijn interne systemen uit voorzorg van het internet heeft losgekoppeld.',
        en: 'The minister tells parliament that the OM disconnected its internal systems from the internet as a precaution.',
      },
    },
    {
      publishedOn: '2025-09-25',
      text: {
        nl: 'Het OM meldt dat alle toepassingen voor het strafproces en de koppelingen met ketenpartners weer werken.',
        en: 'The OM reports that all applications for criminal proceedings and the links with partner organisations work again.',
      },
    },
  ],
};

const hartVanNederland = (day: string) => ({
  title: `Hart van Nederland, ${day}`,
  url: null,
  kind: 'news' as const,
});

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

export const demoCases: DemoCase[] = [labCase, omCase, odidoCase, demoDraftCase];

/** The demo login's e-mail address; its password is random and printed at first seed only. */
export const demoLoginEmail = 'demo@datalekwijzer.test';
