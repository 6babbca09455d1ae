/**
 * The agreed kinds of personal data: ids every part of the product may rely on without
 * loading the knowledge base. `content/categories.yaml` describes each of them (and may add
 * more); a content test checks that every id here exists there.
 */
export const agreedCategoryIds = [
  'bsn',
  'id_document_copy',
  'id_document_number',
  'iban',
  'medical_test_result',
  'health_data',
  'gp_name',
  'criminal_record',
  'protected_address',
  'name',
  'address',
  'date_of_birth',
  'gender',
  'email',
  'phone',
  'password',
  'security_answers',
  'payment_card',
  'location',
  'photos',
  'messages',
  'username',
  'ip_address',
  'customer_number',
  'other',
] as const;

export type AgreedCategoryId = (typeof agreedCategoryIds)[number];
