import type { Localized } from '../i18n/lang.ts';
import type { CategoryId } from './data-categories.ts';

/**
 * Short names of the kinds of data, for reports and the notification. The knowledge base holds
 * the full descriptions for victims; these are the labels a privacy officer reads.
 */
export const categoryNames: Record<CategoryId, Localized> = {
  bsn: { nl: 'BSN (burgerservicenummer)', en: 'citizen service number (BSN)' },
  id_document_copy: { nl: 'kopie van een identiteitsbewijs', en: 'copy of an identity document' },
  id_document_number: { nl: 'nummer van een identiteitsbewijs', en: 'identity document number' },
  iban: { nl: 'rekeningnummer (IBAN)', en: 'bank account number (IBAN)' },
  medical_test_result: { nl: 'uitslag van medisch onderzoek', en: 'medical test result' },
  health_data: { nl: 'gezondheidsgegevens', en: 'health data' },
  gp_name: { nl: 'naam van de huisarts', en: "GP's name" },
  criminal_record: { nl: 'strafrechtelijke gegevens', en: 'criminal-record data' },
  protected_address: { nl: 'afgeschermd adres', en: 'shielded address' },
  name: { nl: 'naam', en: 'name' },
  address: { nl: 'adres', en: 'address' },
  date_of_birth: { nl: 'geboortedatum', en: 'date of birth' },
  gender: { nl: 'geslacht', en: 'gender' },
  email: { nl: 'e-mailadres', en: 'e-mail address' },
  phone: { nl: 'telefoonnummer', en: 'phone number' },
  password: { nl: 'wachtwoord', en: 'password' },
  security_answers: { nl: 'antwoorden op beveiligingsvragen', en: 'answers to security questions' },
  payment_card: { nl: 'gegevens van een betaalkaart', en: 'payment card details' },
  location: { nl: 'locatiegegevens', en: 'location data' },
  photos: { nl: "foto's", en: 'photos' },
  messages: { nl: 'berichten', en: 'messages' },
  username: { nl: 'gebruikersnaam', en: 'username' },
  ip_address: { nl: 'IP-adres', en: 'IP address' },
  customer_number: { nl: 'klantnummer', en: 'customer number' },
  other: { nl: 'andere gegevens', en: 'other data' },
};

/** The names of `ids` in `lang`, joined for a sentence. */
export function listCategoryNames(ids: readonly CategoryId[], lang: keyof Localized): string {
  return ids.map((id) => categoryNames[id][lang]).join(', ');
}
