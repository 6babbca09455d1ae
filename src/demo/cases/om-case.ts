import type { DemoCase } from './demo-case.ts';
import { exampleContact, kamervragen } from './shared.ts';

/** The hack at the Openbaar Ministerie through its Citrix NetScaler systems. */
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
