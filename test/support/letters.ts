// Fixture builders for letters: the BVO-like lab case from FACTS.md, with overrides per test.
import { checkCharacter } from '../../src/core/codes/index.ts';
import { loadKnowledge } from '../../src/content-files/load-knowledge.ts';
import type { Knowledge } from '../../src/core/knowledge/knowledge.ts';
import { buildPlan, type Plan } from '../../src/core/plan/index.ts';
import type {
  LetterContext,
  LetterOrganisation,
  LetterRecipient,
  LetterVariant,
  VariantTexts,
} from '../../src/core/letters/index.ts';

/** A valid code from 17 alphabet symbols (adds the check character). */
export const validCode = (body: string): string => body + checkCharacter(body);

export function buildTexts(overrides: Partial<VariantTexts> = {}, lang: 'nl' | 'en' = 'nl'): VariantTexts {
  const base: VariantTexts =
    lang === 'nl'
      ? {
          subject: 'Datalek bij {organisationName}: wat dit voor u betekent',
          whatHappened:
            'Hackers zijn binnengekomen bij het laboratorium dat uw uitstrijkje onderzocht. Zij hebben gegevens gestolen.\n\nEen deel staat nu op internet.',
          consequences: 'Criminelen kunnen uw gegevens gebruiken om u te misleiden.',
          measures: 'Wij werken niet meer met dit laboratorium. Wij hebben aangifte gedaan.',
          whatYouCanDo: 'U kunt zelf veel doen om uzelf te beschermen. Bel bij twijfel {helplinePhone}.',
        }
      : {
          subject: 'Data breach at {organisationName}: what it means for you',
          whatHappened: 'Hackers broke into the laboratory that tested your smear. They stole data.',
          consequences: 'Criminals can use your data to deceive you.',
          measures: 'We no longer work with this laboratory. We reported the crime to the police.',
          whatYouCanDo: 'There is a lot you can do to protect yourself. In doubt, call {helplinePhone}.',
        };
  return { ...base, ...overrides };
}

export function buildVariant(overrides: Partial<LetterVariant> = {}): LetterVariant {
  return {
    id: 'confirmed',
    group: 'bevestigd',
    certainty: 'confirmed',
    categories: ['name', 'address', 'bsn', 'medical_test_result'],
    texts: { nl: buildTexts({}, 'nl'), en: buildTexts({}, 'en') },
    ...overrides,
  };
}

export function buildOrganisation(overrides: Partial<LetterOrganisation> = {}): LetterOrganisation {
  return {
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
    ...overrides,
  };
}

export function buildContext(overrides: Partial<LetterContext> = {}): LetterContext {
  return {
    breachId: 'br-2026-014',
    breachTitle: { nl: 'Hack bij laboratorium', en: 'Laboratory hack' },
    organisation: buildOrganisation(),
    baseUrl: 'https://datalekwijzer.example',
    date: '2026-11-25',
    round: 1,
    referencePrefix: 'DL-2026-014',
    ...overrides,
  };
}

export function buildRecipient(overrides: Partial<LetterRecipient> = {}): LetterRecipient {
  return {
    row: 2,
    name: 'Noëlle van den Brïnk',
    addressLines: ['Noëlle van den Brïnk', 'Kerkstraat 1', '1234 AB Zoetermeer'],
    lang: 'nl',
    code: validCode('K7MX4DEPRJ9AHWCT3'),
    ...overrides,
  };
}

let knowledge: Knowledge | undefined;

/** The person's plan from the real knowledge base, for the data, certainty and language of the letter. */
export function planFor(recipient: LetterRecipient, variant: LetterVariant = buildVariant()): Plan {
  knowledge ??= loadKnowledge();
  return buildPlan(knowledge, {
    categories: recipient.categories?.length ? recipient.categories : variant.categories,
    certainty: recipient.certainty ?? variant.certainty,
    lang: recipient.lang,
  });
}
