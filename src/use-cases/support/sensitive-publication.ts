import type { Kysely } from 'kysely';
import { AppError, type FieldError } from '../../errors/catalogue.ts';
import { findHibpSource } from '../../storage/repositories/hibp-sources.ts';
import type { Database } from '../../storage/schema.ts';

/**
 * Why a breach that Have I Been Pwned marks sensitive needs an explicit confirmation before it
 * is published: HIBP does not show such breaches in public searches, because only being known
 * to be in one (a dating or adult site, say) can harm a person; only the verified owner of an
 * address sees them (https://haveibeenpwned.com/FAQs, "sensitive breach").
 */
export const sensitiveConfirmation: FieldError = {
  path: 'confirmSensitive',
  message: {
    nl: 'Have I Been Pwned noemt dit datalek gevoelig. HIBP laat zulke datalekken niet zien aan iedereen die een e-mailadres opzoekt: alleen al bekend worden als iemand in dit lek kan mensen schaden, bijvoorbeeld bij een datingsite. Alleen de eigenaar van het adres ziet het. Publiceer alleen als het register niemand zo schaadt, en bevestig dat dan.',
    en: 'Have I Been Pwned marks this breach as sensitive. HIBP does not show such breaches to anyone who looks up an e-mail address: just being known to be in this breach can harm people, for example for a dating site. Only the owner of the address sees it. Publish only if the register harms no one this way, and then confirm it.',
  },
};

/** Refuses to publish a breach imported from a sensitive HIBP record without `confirmSensitive`. */
export async function assertSensitiveConfirmed(
  db: Kysely<Database>,
  breachId: string,
  confirmed: boolean,
): Promise<void> {
  if (confirmed) return;
  const source = await findHibpSource(db, breachId);
  if (source?.record.IsSensitive)
    throw new AppError('validation_failed', { fieldErrors: [sensitiveConfirmation] });
}
