// Read model of a breach's letter sender and stored variants. Storage fills these; the web layer
// imports them from here, never from storage.
import type { Localized } from '../i18n/lang.ts';
import type { LetterVariant } from './types.ts';

/** Who sends a breach's letters, beyond the organisation's name: what Art. 34(2) asks to name. */
export interface LetterSender {
  addressLines: string[];
  contact: { name: string; phone?: string; email?: string; website?: string };
  helpline?: { phone: string; hours?: Localized };
  website?: string;
  signatory: { name: string; role?: Localized };
  referencePrefix: string;
  /** Sender address of e-mail letters (.eml output). */
  emailFrom?: string;
}

/** A stored variant: the core's `LetterVariant` plus when and by whom it was last saved. */
export interface StoredLetterVariant extends LetterVariant {
  breachId: string;
  organisationId: string;
  updatedAt: string;
  updatedBy: string | null;
}
