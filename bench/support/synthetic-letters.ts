// Synthetic recipients for the letters benchmark: deterministic from the row number, so the
// pipeline (reading a CSV) and the bare engine (building rows in memory) see the same people.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { ValidRecipient } from '../../src/importers/recipients-csv/index.ts';
import type { JobSettings, LetterSetup } from '../../src/letters-pipeline/letter-settings.ts';

const firstNames = ['Noëlle', 'Sem', 'Fatima', 'Daan', 'Ömer', 'Julia', 'Lars', 'Zoë', 'Mohamed', 'Anouk'];
const lastNames = ['de Vries', 'Jansen', 'van den Brïnk', 'Bakker', 'Yılmaz', 'Visser', 'El Amrani', 'Smit'];
const postcodeLetters = 'ABCEGHJKLMNPRTVWXYZD';
const streets = ['Kerkstraat', 'Dorpsstraat', 'Stationsweg', 'Molenlaan', 'Schoolstraat', 'Julianalaan'];
const cities = ['Utrecht', 'Zoetermeer', 'Groningen', 'Eindhoven', 'Den Haag', "'s-Hertogenbosch"];
/** The lab case: what was shared with the lab, per group of people. */
const kindSets = [
  ['name', 'address', 'date_of_birth', 'bsn', 'medical_test_result', 'gp_name'],
  ['name', 'address', 'date_of_birth', 'bsn'],
  ['name', 'address', 'bsn', 'gp_name'],
];

export function syntheticRecipient(row: number): ValidRecipient {
  const i = row - 1;
  return {
    row,
    line: row + 1,
    name: `${firstNames[i % firstNames.length]} ${lastNames[(i >> 3) % lastNames.length]}`,
    address: {
      street: `${streets[i % streets.length]} ${(i % 250) + 1}`,
      // Dutch postcodes never use SA, SD or SS; letters here never start with S.
      postcode: `${1000 + (i % 8999)} ${postcodeLetters[i % 20]}${postcodeLetters[(i >> 5) % 20]}`,
      city: (cities[i % cities.length] as string).toUpperCase(),
      country: 'NL',
    },
    language: i % 10 === 0 ? 'en' : 'nl',
    group: i % 4 === 3 ? 'mogelijk' : 'bevestigd',
    kinds: kindSets[i % kindSets.length] as string[],
    email: `ontvanger.${row}@example.nl`,
  };
}

const header = ['naam', 'straat', 'postcode', 'woonplaats', 'taal', 'groep', 'gegevens'];

/**
 * Writes `n` synthetic recipients as a semicolon CSV, streaming; with `email`, an e-mail column
 * is added for the e-mail benchmark.
 */
export async function writeSyntheticCsv(
  path: string,
  n: number,
  options: { email?: boolean } = {},
): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${[...header, ...(options.email ? ['email'] : [])].join(';')}\n`);
  for (let row = 1; row <= n; row++) {
    const r = syntheticRecipient(row);
    const a = r.address as NonNullable<ValidRecipient['address']>;
    const email = options.email ? `;${r.email}` : '';
    const line = `${r.name};${a.street};${a.postcode};${a.city};${r.language};${r.group};${r.kinds.join('|')}${email}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const texts = {
  nl: {
    subject: 'Datalek bij {organisationName}: wat dit voor u betekent',
    whatHappened:
      'Hackers zijn binnengekomen bij het laboratorium dat uw uitstrijkje onderzocht. Zij hebben gegevens gestolen.',
    consequences: 'Criminelen kunnen uw gegevens gebruiken om u te misleiden of geld te vragen.',
    measures: 'Wij werken niet meer met dit laboratorium. Wij hebben aangifte gedaan bij de politie.',
    whatYouCanDo: 'U kunt zelf veel doen om uzelf te beschermen. Bel bij twijfel {helplinePhone}.',
  },
  en: {
    subject: 'Data breach at {organisationName}: what it means for you',
    whatHappened: 'Hackers broke into the laboratory that tested your smear. They stole data.',
    consequences: 'Criminals can use your data to deceive you or to ask you for money.',
    measures: 'We no longer work with this laboratory. We reported the crime to the police.',
    whatYouCanDo: 'There is a lot you can do to protect yourself. In doubt, call {helplinePhone}.',
  },
};

export const benchSetup: LetterSetup = {
  breachTitle: { nl: 'Hack bij laboratorium', en: 'Laboratory hack' },
  referencePrefix: 'BENCH-2026',
  organisation: {
    name: 'Bevolkingsonderzoek Voorbeeld',
    addressLines: ['Postbus 123', '3500 AA Utrecht'],
    contact: {
      name: 'Functionaris gegevensbescherming',
      email: 'privacy@bvo.example',
      phone: '030-123 45 67',
    },
    helpline: {
      phone: '0800-1617',
      hours: { nl: 'werkdagen 9.00–17.00 uur', en: 'working days 9:00–17:00' },
    },
    website: 'bvo.example',
    signatory: { name: 'J. Jansen', role: { nl: 'directeur', en: 'director' } },
  },
  variants: [
    { id: 'confirmed', group: 'bevestigd', certainty: 'confirmed', categories: ['name', 'bsn'], texts },
    { id: 'possibly', group: 'mogelijk', certainty: 'possibly', categories: ['name', 'bsn'], texts },
  ],
};

/** The same setup with an e-mail sender, for `.eml` and SMTP jobs. */
export const benchEmailSetup: LetterSetup = {
  ...benchSetup,
  email: {
    from: '"Bevolkingsonderzoek Voorbeeld" <datalek@bvo.example>',
    // High enough that the sink, not the throttle, sets the pace; the throttle still runs.
    messagesPerSecond: 100_000,
    maxAttempts: 4,
  },
};

export function benchSettings(date: string): JobSettings {
  return {
    setup: benchSetup,
    mapping: {},
    delimiter: ';',
    headers: header,
    baseUrl: 'https://datalekwijzer.example',
    date,
    reuseCodes: false,
  };
}
