import { z } from 'zod';
import { returnAddressOf } from '../core/letters/return-address.ts';
import { returnAddressFits } from '../pdf/letters/return-address-fit.ts';
import { findOrganisation } from '../storage/repositories/organisations.ts';
import { actorUserId, type Actor } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import { fieldTexts, zodMessage } from '../errors/field-messages.ts';
import { upsertLetterSender } from '../storage/repositories/letter-variants.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { letterBreach } from './support/letter-access.ts';
import { zodFieldErrors } from '../errors/field-messages.ts';
import type { LetterSender } from '../core/letters/records.ts';

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));
const localizedOptional = z
  .object({ nl: optional(200), en: optional(200) })
  .optional()
  .transform((value) => (value?.nl && value.en ? { nl: value.nl, en: value.en } : undefined));

/** An e-mail address that may be left empty (then undefined). */
const optionalEmail = z
  .string()
  .trim()
  .max(200)
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), zodMessage(fieldTexts.email))
  .optional()
  .transform((v) => (v ? v : undefined));

export const letterSenderSchema = z.object({
  breachId: z.string().trim().min(1).max(100),
  addressLines: z.array(z.string().trim().min(1).max(100)).min(1).max(6),
  contact: z.object({
    name: optional(200),
    phone: optional(40),
    email: optionalEmail,
    website: optional(200),
  }),
  helpline: z.object({ phone: optional(40), hours: localizedOptional }).optional(),
  website: optional(200),
  signatory: z.object({ name: z.string().trim().min(1).max(200), role: localizedOptional }),
  referencePrefix: z.string().trim().min(1).max(40),
  emailFrom: optionalEmail,
});

export type SaveLetterSenderOptions = { actor: Actor } & z.input<typeof letterSenderSchema>;

/** Drops absent optional parts, so the stored JSON holds only what was given. */
function clean(input: z.output<typeof letterSenderSchema>): LetterSender {
  const { name, phone, email, website } = input.contact;
  return {
    addressLines: input.addressLines,
    contact: {
      name: name ?? '',
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
      ...(website ? { website } : {}),
    },
    ...(input.helpline?.phone
      ? {
          helpline: {
            phone: input.helpline.phone,
            ...(input.helpline.hours ? { hours: input.helpline.hours } : {}),
          },
        }
      : {}),
    ...(input.website ? { website: input.website } : {}),
    signatory: {
      name: input.signatory.name,
      ...(input.signatory.role ? { role: input.signatory.role } : {}),
    },
    referencePrefix: input.referencePrefix,
    ...(input.emailFrom ? { emailFrom: input.emailFrom } : {}),
  };
}

/**
 * Saves who sends a breach's letters (editor or owner): return address, the contact point the
 * GDPR asks to name, helpline, signatory and reference. Audit-logged in the same transaction.
 */
export async function saveLetterSender(deps: Deps, options: SaveLetterSenderOptions): Promise<LetterSender> {
  const parsed = letterSenderSchema.safeParse(options);
  return deps.db.transaction().execute(async (trx) => {
    const breach = await letterBreach(trx, options.actor, String(options.breachId), 'editor');
    if (!parsed.success)
      throw new AppError('validation_failed', { fieldErrors: zodFieldErrors(parsed.error, '(options)') });
    const sender = clean(parsed.data);
    await refuseUncutReturnAddress(trx, breach.organisationId, sender.addressLines);
    await upsertLetterSender(trx, {
      breachId: breach.id,
      organisationId: breach.organisationId,
      sender,
      updatedAt: deps.clock().toISOString(),
      updatedBy: actorUserId(options.actor),
    });
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: breach.organisationId,
      entityType: 'breach',
      entityId: breach.id,
      action: 'letter_sender.saved',
      after: { contactPoint: sender.contact.name, referencePrefix: sender.referencePrefix },
    });
    return sender;
  });
}

/**
 * Refuses an address that would not fit the return line above the envelope window even at the
 * smallest print size (it would otherwise be cut off and post could not come back).
 */
async function refuseUncutReturnAddress(
  db: Parameters<typeof findOrganisation>[0],
  organisationId: string,
  addressLines: readonly string[],
): Promise<void> {
  const organisation = await findOrganisation(db, organisationId);
  const line = returnAddressOf(organisation?.name ?? '', addressLines);
  if (returnAddressFits(line)) return;
  throw new AppError('validation_failed', {
    fieldErrors: [
      {
        path: 'addressLines',
        message: {
          nl: `Dit retouradres past niet boven het venster van de envelop, ook niet in de kleinste letter: "${line}". Maak het korter, bijvoorbeeld met een postbus of zonder afdeling.`,
          en: `This return address does not fit above the envelope window, not even in the smallest print: "${line}". Make it shorter, for example with a PO box or without a department.`,
        },
      },
    ],
  });
}
