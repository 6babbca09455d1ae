/**
 * Words organisations use in their own exports for a kind of data, by category id, in Dutch
 * and English. Compared without case, accents, spaces or punctuation (see `foldLabel`). The
 * categories' own names (`name.nl`, `name.en` in content/categories.yaml), their ids and the
 * Have I Been Pwned data classes are recognised as well, so they are not repeated here.
 */
export const kindSynonyms: Record<string, readonly string[]> = {
  bsn: ['burgerservicenummer', 'sofinummer', 'bsnnummer', 'citizen service number'],
  id_document_copy: ['kopie id', 'kopie paspoort', 'kopie identiteitsbewijs', 'id copy', 'passport copy'],
  id_document_number: ['paspoortnummer', 'documentnummer', 'id nummer', 'passport number', 'id number'],
  iban: ['bankrekeningnummer', 'rekeningnummer', 'bankrekening', 'bank account', 'bank account number'],
  medical_test_result: ['uitslag', 'uitslagen', 'testuitslag', 'labuitslag', 'test result', 'lab result'],
  health_data: ['gezondheid', 'gezondheidsgegevens', 'medische gegevens', 'health', 'medical data'],
  gp_name: ['huisarts', 'naam huisarts', 'huisartsnaam', 'gp', 'gp name', 'family doctor'],
  criminal_record: ['strafblad', 'strafrechtelijk', 'justitiele gegevens', 'criminal record'],
  protected_address: ['afgeschermd adres', 'geheim adres'],
  name: ['naam', 'namen', 'volledige naam', 'full name', 'names'],
  address: ['adres', 'adressen', 'woonadres', 'postadres', 'huisadres', 'home address', 'postal address'],
  date_of_birth: ['geboortedatum', 'geboortedag', 'birth date', 'birthdate', 'dob', 'dates of birth'],
  gender: ['geslacht', 'sex', 'genders'],
  email: ['email', 'e-mail', 'emailadres', 'mail', 'mailadres', 'e-mail address'],
  phone: ['telefoon', 'telefoonnummer', 'mobiel', 'mobiel nummer', 'telephone', 'mobile', 'phone numbers'],
  password: ['wachtwoord', 'wachtwoorden', 'passwords'],
  security_answers: ['beveiligingsvragen', 'veiligheidsvragen', 'security questions'],
  payment_card: ['creditcard', 'betaalkaart', 'pinpas', 'credit card', 'card number'],
  location: ['locatie', 'locatiegegevens', 'gps', 'location data'],
  photos: ['foto', "foto's", 'fotos', 'photo', 'pictures'],
  messages: ['berichten', 'chatberichten', 'chats'],
  username: ['gebruikersnaam', 'inlognaam', 'user name', 'login'],
  ip_address: ['ip', 'ip-adres', 'ip adres', 'ip addresses'],
  customer_number: ['klantnummer', 'klantnr', 'relatienummer', 'customer id', 'account number'],
  financial_data: ['financiele gegevens', 'inkomen', 'salaris', 'financial information', 'income'],
  sensitive_personal_data: ['bijzondere persoonsgegevens', 'special category data'],
  crypto_wallet: ['cryptowallet', 'wallet', 'crypto'],
  other: ['overig', 'overige', 'anders'],
};

/** A label as compared: no case, no accents, no spaces or punctuation (`E-mailadres` → `emailadres`). */
export function foldLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
