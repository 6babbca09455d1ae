import type { CategoryId } from '../assessment/data-categories.ts';
import type { Assessment } from '../assessment/output-schema.ts';
import type { Localized } from '../i18n/lang.ts';

type Consequence = { id: string; text: Localized };

const phishing: Consequence = {
  id: 'phishing',
  text: {
    nl: 'Phishing: criminelen kunnen mensen benaderen met berichten of telefoontjes die echt lijken, omdat ze persoonlijke gegevens kennen.',
    en: 'Phishing: criminals can approach people with messages or calls that seem genuine, because they know personal details.',
  },
};
const identityFraud: Consequence = {
  id: 'identity_fraud',
  text: {
    nl: 'Fraude met identiteit: iemand kan zich voordoen als de persoon, bijvoorbeeld bij een bedrijf of instantie.',
    en: 'Identity fraud: someone can pose as the person, for example with a company or an authority.',
  },
};
const financialFraud: Consequence = {
  id: 'financial_fraud',
  text: {
    nl: 'Financiële schade: onterechte afschrijvingen, betalingen of leningen op naam van de persoon.',
    en: "Financial harm: unauthorised debits, payments or loans in the person's name.",
  },
};
const accountTakeover: Consequence = {
  id: 'account_takeover',
  text: {
    nl: 'Overname van accounts: met wachtwoorden of antwoorden op beveiligingsvragen kan iemand inloggen als de persoon.',
    en: 'Account takeover: with passwords or security answers someone can sign in as the person.',
  },
};
const sensitiveExposure: Consequence = {
  id: 'sensitive_exposure',
  text: {
    nl: 'Zorgen, schaamte of discriminatie doordat gevoelige gegevens bekend zijn; ook chantage is mogelijk.',
    en: 'Distress, shame or discrimination because sensitive data is known; blackmail is also possible.',
  },
};
const safety: Consequence = {
  id: 'physical_safety',
  text: {
    nl: 'Gevaar voor de veiligheid: iemand kan de persoon opzoeken terwijl het adres juist was afgeschermd.',
    en: 'Danger to safety: someone can find the person although the address was shielded.',
  },
};
const privacy: Consequence = {
  id: 'loss_of_privacy',
  text: {
    nl: "Verlies van privacy: foto's, berichten of locaties laten veel zien over iemands leven.",
    en: "Loss of privacy: photos, messages or locations show much of someone's life.",
  },
};

const byCategory: Record<CategoryId, Consequence[]> = {
  bsn: [identityFraud],
  id_document_copy: [identityFraud],
  id_document_number: [identityFraud, phishing],
  iban: [financialFraud, phishing],
  medical_test_result: [sensitiveExposure],
  health_data: [sensitiveExposure],
  gp_name: [phishing],
  criminal_record: [sensitiveExposure],
  protected_address: [safety],
  name: [phishing],
  address: [phishing],
  date_of_birth: [identityFraud],
  gender: [],
  email: [phishing],
  phone: [phishing],
  password: [accountTakeover],
  security_answers: [accountTakeover],
  payment_card: [financialFraud],
  location: [privacy],
  photos: [privacy],
  messages: [privacy],
  username: [accountTakeover],
  ip_address: [],
  customer_number: [phishing],
  other: [],
};

/**
 * Likely consequences that follow from the kinds of data and the circumstances; a start for
 * Art. 33(3)(c) that the organisation adds its own knowledge to.
 */
export function likelyConsequences(assessment: Assessment): Consequence[] {
  const found = new Map<string, Consequence>();
  for (const category of assessment.categories) for (const c of byCategory[category]) found.set(c.id, c);
  if (assessment.severity.cb.availability.value > 0)
    found.set('unavailable', {
      id: 'unavailable',
      text: {
        nl: 'Mensen konden een tijd niet bij hun gegevens of bij de dienst die ze nodig hebben.',
        en: 'For a time people could not reach their data or the service they need.',
      },
    });
  if (assessment.severity.cb.integrity.value > 0)
    found.set('wrong_data', {
      id: 'wrong_data',
      text: {
        nl: 'Besluiten kunnen genomen worden op basis van veranderde, onjuiste gegevens.',
        en: 'Decisions may be taken on altered, wrong data.',
      },
    });
  return [...found.values()];
}
