import type { CategoryId } from '../assessment/data-categories.ts';
import type { Assessment } from '../assessment/output-schema.ts';
import type { Localized } from '../i18n/lang.ts';
import { messages } from './messages.ts';

type Consequence = { id: string; text: Localized };

const consequence = (id: keyof typeof messages.consequences): Consequence => ({
  id,
  text: messages.consequences[id],
});
const phishing = consequence('phishing');
const identityFraud = consequence('identity_fraud');
const financialFraud = consequence('financial_fraud');
const accountTakeover = consequence('account_takeover');
const sensitiveExposure = consequence('sensitive_exposure');
const safety = consequence('physical_safety');
const privacy = consequence('loss_of_privacy');

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
  if (assessment.severity.cb.availability.value > 0) found.set('unavailable', consequence('unavailable'));
  if (assessment.severity.cb.integrity.value > 0) found.set('wrong_data', consequence('wrong_data'));
  return [...found.values()];
}
