import { z } from 'zod';
import { actorUserId, type Actor } from '../core/access/actor.ts';
import { certainties } from '../core/breaches/vocabulary.ts';
import { languages, type Lang } from '../core/i18n/lang.ts';
import type { VariantTexts } from '../core/letters/index.ts';
import { AppError } from '../errors/catalogue.ts';
import { fieldError, fieldTexts, zodFieldErrors, zodMessage } from '../errors/field-messages.ts';
import {
  findLetterVariant,
  insertLetterVariant,
  listLetterVariantRows,
  updateLetterVariant,
} from '../storage/repositories/letter-variants.ts';
import type { BreachDeps } from './deps.ts';
import { audit } from './support/audit.ts';
import { newId, nowIso } from './support/ids.ts';
import { letterBreach } from './support/letter-access.ts';
import type { StoredLetterVariant } from '../core/letters/records.ts';

const text = (max: number) => z.string().trim().max(max);

/** One language's texts; every field may still be empty (the readiness check says what is missing). */
const textsSchema = z.object({
  subject: text(200).default(''),
  whatHappened: text(5000).default(''),
  consequences: text(5000).default(''),
  measures: text(5000).default(''),
  whatYouCanDo: text(5000).default(''),
  moreInformation: text(5000).default(''),
});

const messages = {
  groupTaken: {
    nl: 'Er is al een briefvariant voor deze groep.',
    en: 'There already is a letter variant for this group.',
  },
  groupFormat: {
    nl: 'Gebruik letters, cijfers, spaties, streepjes en liggende streepjes.',
    en: 'Use letters, digits, spaces, hyphens and underscores.',
  },
};

export const letterVariantSchema = z.object({
  breachId: z.string().trim().min(1).max(100),
  /** Absent for a new variant. */
  variantId: z.string().trim().min(1).max(100).optional(),
  /** The recipient group as the recipients file names it, e.g. `bevestigd`. */
  group: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, zodMessage(messages.groupFormat)),
  certainty: z.enum(certainties),
  categories: z.array(z.string().trim().min(1)).max(60).default([]),
  texts: z.object({ nl: textsSchema.optional(), en: textsSchema.optional() }).default({}),
});

export type SaveLetterVariantOptions = { actor: Actor } & z.input<typeof letterVariantSchema>;

function notAGroup(names: readonly { nl: string; en: string }[]) {
  return {
    nl: `Kies een groep van dit datalek: ${names.map((n) => n.nl).join(', ')}.`,
    en: `Choose a group of this breach: ${names.map((n) => n.en).join(', ')}.`,
  };
}

/** Texts of a language are kept only when at least one field is filled in. */
function keptTexts(
  texts: z.output<typeof letterVariantSchema>['texts'],
): Partial<Record<Lang, VariantTexts>> {
  const out: Partial<Record<Lang, VariantTexts>> = {};
  for (const lang of languages) {
    const t = texts[lang];
    if (!t || Object.values(t).every((value) => value === '')) continue;
    const { moreInformation, ...required } = t;
    out[lang] = { ...required, ...(moreInformation ? { moreInformation } : {}) };
  }
  return out;
}

/**
 * Saves one letter variant of a breach (editor or owner of its organisation): the recipient
 * group it is for, its certainty, the kinds of data and the organisation's own texts in Dutch
 * and English. A draft may still miss texts; `checkLetterReadiness` blocks sending until it is
 * complete. Every wrong field is reported at once; audit-logged in the same transaction.
 */
export async function saveLetterVariant(
  deps: BreachDeps,
  options: SaveLetterVariantOptions,
): Promise<StoredLetterVariant> {
  const parsed = letterVariantSchema.safeParse(options);
  const errors = parsed.success ? [] : zodFieldErrors(parsed.error, '(options)');
  return deps.db.transaction().execute(async (trx) => {
    const breach = await letterBreach(trx, options.actor, String(options.breachId), 'editor');
    const knownKinds = deps.categoryIds;
    (Array.isArray(options.categories) ? options.categories : []).forEach((id, index) => {
      if (knownKinds && !knownKinds.has(String(id)))
        errors.push(fieldError(`categories.${index}`, fieldTexts.unknownKind));
    });
    if (!parsed.success) throw new AppError('validation_failed', { fieldErrors: errors });
    const input = parsed.data;
    const existing = input.variantId ? await findLetterVariant(trx, breach.id, input.variantId) : undefined;
    if (input.variantId && !existing) throw new AppError('not_found');
    const others = (await listLetterVariantRows(trx, breach.id)).filter((v) => v.id !== existing?.id);
    if (others.some((v) => v.group.toLowerCase() === input.group.toLowerCase()))
      errors.push(fieldError('group', messages.groupTaken));
    // A registered breach names its groups; the letter pipeline accepts only those (by name or certainty).
    const groups = breach.recipientGroups;
    const known = groups.flatMap((g) => [g.name.nl, g.name.en, g.certainty].map((n) => n.toLowerCase()));
    if (groups.length > 0 && !known.includes(input.group.toLowerCase()))
      errors.push(fieldError('group', notAGroup(groups.map((g) => g.name))));
    if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
    const now = nowIso(deps);
    const variant: StoredLetterVariant = {
      id: existing?.id ?? newId(deps),
      breachId: breach.id,
      organisationId: breach.organisationId,
      group: input.group,
      certainty: input.certainty,
      categories: [...new Set(input.categories)],
      texts: keptTexts(input.texts),
      updatedAt: now,
      updatedBy: actorUserId(options.actor),
    };
    if (existing) await updateLetterVariant(trx, variant);
    else await insertLetterVariant(trx, variant, now);
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: breach.organisationId,
      entityType: 'letter_variant',
      entityId: variant.id,
      action: existing ? 'letter_variant.updated' : 'letter_variant.created',
      before: existing ? summary(existing) : undefined,
      after: summary(variant),
    });
    return variant;
  });
}

/** What the audit log keeps of a variant: no texts in full, only what changed in outline. */
function summary(variant: StoredLetterVariant) {
  return {
    breachId: variant.breachId,
    group: variant.group,
    certainty: variant.certainty,
    categories: variant.categories,
    languages: Object.keys(variant.texts),
  };
}
