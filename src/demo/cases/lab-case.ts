import type { DemoCase } from './demo-case.ts';
import { exampleContact, kamervragen } from './shared.ts';

/** The hack at the Clinical Diagnostics laboratory (cervical cancer screening, BVO NL). */
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
