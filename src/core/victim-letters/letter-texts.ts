import type { VictimLetter, VictimLetterInput, VictimLetterKind } from './types.ts';

/**
 * What the letters of one language share: the shape of a letter's texts, the facts they fill
 * in, and the addressee blocks. The texts themselves are in `texts-nl.ts` and `texts-en.ts`.
 */
export type Texts = (
  input: VictimLetterInput,
  facts: Facts,
) => Omit<VictimLetter, 'kind' | 'lang' | 'senderLines' | 'placeAndDate' | 'signature'>;

export interface Facts {
  breach: string;
  data: string;
  /** The same, written to the authority: "according to the organisation's information". */
  dataToAuthority: string;
  since: string;
  reference: string;
}

/**
 * The organisation as addressee: its name, the department, and the privacy postal and e-mail
 * address from the breach record when the organisation gave them (one line per part of the
 * postal address, split at commas).
 */
export function organisationLines(input: VictimLetterInput, attention: string): string[] {
  const contact = input.breach.privacyContact;
  const postal = (contact?.postalAddress ?? '')
    .split(',')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const email = contact?.email ? [`E-mail: ${contact.email}`] : [];
  return [input.breach.organisationName, attention, ...postal, ...email];
}

/** The Autoriteit Persoonsgegevens takes complaints through its website; we name no postal address we cannot verify. */
export const authorityLines = ['Autoriteit Persoonsgegevens', 'autoriteitpersoonsgegevens.nl'];

/** The letters of one language, one text builder per kind. */
export type LetterTexts = Record<VictimLetterKind, Texts>;
