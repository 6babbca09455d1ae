import type { Localized } from '../i18n/lang.ts';

/** A typical breach, used by the plan specifications and shown to reviewers on the review sheet. */
export interface TypicalCase {
  id: string;
  name: Localized;
  /** The kinds of data that leaked (category ids). */
  categories: readonly string[];
}

/**
 * Six typical cases. The data follow the real breaches in FACTS.md section 1: the lab hack
 * (name, address, gender, date of birth, BSN, test result, GP), the OM hack (a criminal case),
 * Odido (telecom), plus leaked credentials, a leaked ID copy and a BSN alone.
 */
export const typicalCases: readonly TypicalCase[] = [
  {
    id: 'lab',
    name: {
      nl: 'Hack bij een laboratorium (bevolkingsonderzoek)',
      en: 'Hack of a laboratory (screening programme)',
    },
    categories: ['name', 'address', 'gender', 'date_of_birth', 'bsn', 'medical_test_result', 'gp_name'],
  },
  {
    id: 'om_hack',
    name: {
      nl: 'Hack bij het Openbaar Ministerie (strafzaak)',
      en: 'Hack of the Public Prosecution Service (criminal case)',
    },
    categories: ['name', 'address', 'date_of_birth', 'criminal_record'],
  },
  {
    id: 'telecom',
    name: { nl: 'Datalek bij een telecombedrijf', en: 'Breach at a telecom company' },
    categories: [
      'name',
      'address',
      'phone',
      'email',
      'customer_number',
      'iban',
      'date_of_birth',
      'id_document_number',
    ],
  },
  {
    id: 'credentials',
    name: { nl: 'Gelekte inloggegevens', en: 'Leaked login details' },
    categories: ['email', 'username', 'password'],
  },
  {
    id: 'id_copy',
    name: { nl: 'Gelekte kopie van een identiteitsbewijs', en: 'Leaked copy of an ID document' },
    categories: ['id_document_copy', 'name', 'date_of_birth'],
  },
  {
    id: 'bsn_only',
    name: { nl: 'Alleen een BSN gelekt', en: 'Only a BSN leaked' },
    categories: ['bsn'],
  },
];
