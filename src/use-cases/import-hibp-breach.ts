import type { Actor } from '../core/access/actor.ts';
import { slugify, type BreachRecord } from '../core/breaches/breach.ts';
import { AppError } from '../errors/catalogue.ts';
import { detectDescriptionLanguage } from '../importers/hibp/description-language.ts';
import { hibpRecordOf, roundTripChanges, type HibpRoundTripChange } from '../importers/hibp/export-record.ts';
import { planHibpImport, type HibpBreachInput, type HibpImportPlan } from '../importers/hibp/hibp-breach.ts';
import { findBreachIdBySlug, loadBreach, slugTaken } from '../storage/repositories/breaches.ts';
import {
  findHibpSource,
  findHibpSourceByName,
  saveHibpSource,
} from '../storage/repositories/hibp-sources.ts';
import { findOrganisation } from '../storage/repositories/organisations.ts';
import type { BreachDeps } from './deps.ts';
import { getBreach } from './get-breach.ts';
import { authorize } from './support/authorize.ts';
import { registerBreach } from './register-breach.ts';
import { reviseAffectedCount } from './revise-affected-count.ts';
import { inTransaction } from './support/transaction.ts';
import { nowIso } from './support/ids.ts';
import { updateBreach } from './update-breach.ts';

export interface ImportHibpBreachOptions {
  actor: Actor;
  organisationId: string;
  /** A validated HIBP record (`hibpBreachInputSchema`). */
  record: HibpBreachInput;
  /** The record as it was sent, before defaults: what the round-trip report compares with. */
  sent?: Record<string, unknown>;
  /** The knowledge base's HIBP data class → category table. */
  dataClassTable: Readonly<Record<string, string>>;
  /** The language of `Description`, when the caller knows it; detected otherwise. */
  descriptionLanguage?: 'nl' | 'en' | undefined;
}

export type ImportHibpBreachResult = { breach: BreachRecord } & Omit<
  HibpImportPlan,
  'breach' | 'imported'
> & {
    /** True when an earlier import of the same record (same Name) was updated. */
    updated: boolean;
    /** Every field an export of the stored breach would give differently from what was sent. */
    changes: HibpRoundTripChange[];
  };

const askLanguage = {
  path: 'descriptionLanguage',
  message: {
    nl: 'We kunnen niet zien of de beschrijving Nederlands of Engels is. Geef descriptionLanguage mee: nl of en.',
    en: 'We cannot tell whether the description is Dutch or English. Send descriptionLanguage: nl or en.',
  },
};

/** The breach this organisation imported under the same Name before, or its own breach exported with that Name. */
async function earlierImport(
  deps: BreachDeps,
  organisationId: string,
  name: string,
): Promise<string | undefined> {
  const source = await findHibpSourceByName(deps.db, organisationId, name);
  if (source) return source.breachId;
  const bySlug = await findBreachIdBySlug(deps.db, name);
  const breach = bySlug === undefined ? undefined : await loadBreach(deps.db, bySlug);
  return breach?.organisationId === organisationId && !(await findHibpSource(deps.db, breach.id))
    ? breach.id
    : undefined;
}

/**
 * Imports a Have I Been Pwned record (owner or editor of the organisation): a new draft, or,
 * when the organisation imported a record with the same Name before (or exports its own
 * breach and imports it again), an update of that breach. The record is kept as it came for
 * the export. The result says how each data class was mapped, which were unknown, the
 * description's language, and every change a round trip (export of the stored breach) makes.
 */
export async function importHibpBreach(
  deps: BreachDeps,
  options: ImportHibpBreachOptions,
): Promise<ImportHibpBreachResult> {
  const { record } = options;
  // Who may import is checked before what was sent: a viewer learns 403, not a field error.
  authorize(options.actor, 'breach.create', { type: 'organisation', organisationId: options.organisationId });
  const language =
    options.descriptionLanguage ??
    (record.Description.trim() === '' ? 'en' : detectDescriptionLanguage(record.Description));
  if (language === undefined) throw new AppError('validation_failed', { fieldErrors: [askLanguage] });
  const plan = planHibpImport(record, options.dataClassTable, language);
  const { breach: content, imported, ...report } = plan;
  return inTransaction(deps.db, async (trx) => {
    const d = { ...deps, db: trx };
    const existingId = await earlierImport(d, options.organisationId, record.Name);
    let breach: BreachRecord;
    if (existingId === undefined) {
      // HIBP's Name is its stable id: keep it as the address when free, else derive one from the title.
      const slug = slugify(record.Name);
      breach = await registerBreach(d, {
        actor: options.actor,
        organisationId: options.organisationId,
        ...content,
        ...((await slugTaken(trx, slug)) ? {} : { slug }),
      });
    } else {
      const before = await getBreach(d, { actor: options.actor, breachId: existingId });
      breach = await updateBreach(d, {
        actor: options.actor,
        breachId: existingId,
        expectedVersion: before.version,
        changes: {
          title: content.title,
          description: content.description,
          occurredOn: content.occurredOn,
          dataCategories: content.dataCategories,
        },
      });
      if (before.peopleAffected !== record.PwnCount && content.peopleAffected)
        breach = (
          await reviseAffectedCount(d, {
            actor: options.actor,
            breachId: existingId,
            expectedVersion: breach.version,
            ...content.peopleAffected,
          })
        ).breach;
    }
    const source = { record, descriptionLanguage: language, imported };
    await saveHibpSource(trx, {
      ...source,
      breachId: breach.id,
      organisationId: options.organisationId,
      name: record.Name,
      importedAt: nowIso(deps),
    });
    const detail = await getBreach(d, { actor: options.actor, breachId: breach.id });
    const website = (await findOrganisation(trx, breach.organisationId))?.website ?? null;
    const exported = hibpRecordOf(detail, website, source);
    return {
      breach,
      ...report,
      updated: existingId !== undefined,
      changes: roundTripChanges(options.sent ?? record, exported),
    };
  });
}
