/**
 * Have I Been Pwned data classes and our kinds of data (category ids), in both directions.
 *
 * Import uses the knowledge base's mapping (`content/hibp-data-classes.yaml`: every HIBP name
 * → one category). Export needs the other direction, where one category has several HIBP
 * names; this table picks the one name that says the same thing. Where HIBP has no class for
 * a category the entry is null and the category is left out of the export (HIBP has no
 * "other" class and no class for a GP's name or a criminal record). Some exports are nearest
 * fits that import back as the broader category: a copy of an ID document exports as
 * "Government issued IDs" (imports as id_document_number), a medical test result as
 * "Personal health data" (health_data), a protected address as "Physical addresses" (address).
 */
export const hibpExportClass: Readonly<Record<string, string | null>> = {
  bsn: 'Social security numbers',
  id_document_copy: 'Government issued IDs',
  id_document_number: 'Government issued IDs',
  iban: 'Bank account numbers',
  medical_test_result: 'Personal health data',
  health_data: 'Personal health data',
  gp_name: null,
  criminal_record: null,
  protected_address: 'Physical addresses',
  name: 'Names',
  address: 'Physical addresses',
  date_of_birth: 'Dates of birth',
  gender: 'Genders',
  email: 'Email addresses',
  phone: 'Phone numbers',
  password: 'Passwords',
  security_answers: 'Security questions and answers',
  payment_card: 'Credit cards',
  location: 'Geographic locations',
  photos: 'Photos',
  messages: 'Private messages',
  username: 'Usernames',
  ip_address: 'IP addresses',
  customer_number: 'Loyalty program details',
  financial_data: 'Financial transactions',
  sensitive_personal_data: null,
  crypto_wallet: 'Mnemonic phrases',
  other: null,
};

/** The HIBP data classes for our categories: each once, sorted as HIBP lists them (A–Z). */
export function toHibpDataClasses(categoryIds: readonly string[]): string[] {
  const names = new Set<string>();
  for (const id of categoryIds) {
    const name = hibpExportClass[id];
    if (name) names.add(name);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'en'));
}

export interface DataClassMapping {
  name: string;
  /** Null when the knowledge base does not know the data class. */
  categoryId: string | null;
}

/**
 * Maps HIBP data-class names to categories with the knowledge base's table (case-insensitive).
 * Unknown names are kept in the result with `categoryId: null`, never dropped.
 */
export function fromHibpDataClasses(
  dataClasses: readonly string[],
  table: Readonly<Record<string, string>>,
): DataClassMapping[] {
  const byLowerName = new Map(Object.entries(table).map(([name, id]) => [name.toLowerCase(), id]));
  return dataClasses.map((name) => ({
    name,
    categoryId: byLowerName.get(name.trim().toLowerCase()) ?? null,
  }));
}
