import type { Actor } from '../core/access/actor.ts';
import { likelyConsequences } from '../core/authority-notification/likely-consequences.ts';
import type { BreachRecord } from '../core/breaches/breach.ts';
import type { Lang, Localized } from '../core/i18n/lang.ts';
import {
  checkCompleteness,
  lintVariantTexts,
  type CompletenessReport,
  type FieldFindings,
  type LetterOrganisation,
} from '../core/letters/index.ts';
import type { JargonEntry } from '../core/readability/types.ts';
import type { LetterSetup } from '../letters-pipeline/index.ts';
import { findLatestAssessment } from '../storage/repositories/assessments.ts';
import { findLetterSender, listLetterVariantRows } from '../storage/repositories/letter-variants.ts';
import { findOrganisation } from '../storage/repositories/organisations.ts';
import type { Deps } from './deps.ts';
import { letterBreach } from './support/letter-access.ts';
import type { LetterSender, StoredLetterVariant } from '../core/letters/records.ts';

/** Something that blocks sending, beyond the per-variant completeness reports. */
export interface ReadinessBlocker {
  id: 'sender_missing' | 'no_variants' | 'group_without_variant' | 'group_not_in_breach';
  message: Localized;
}

/** What the latest assessment adds: advice, never a block on its own. */
export interface AssessmentAdvice {
  /** False when the breach was not assessed yet. */
  assessed: boolean;
  /** Art. 34: must people be informed, according to the assessment. */
  informRequired?: boolean;
  /** Likely consequences for the people, to check the consequences text against. */
  consequences: Localized[];
  /** Kinds of data in the assessment that no variant names. */
  uncoveredCategories: string[];
  notes: Localized[];
}

export interface VariantReadiness {
  variant: StoredLetterVariant;
  /** The languages checked: Dutch always, English when any English text is given. */
  langs: Lang[];
  report: CompletenessReport;
  /** Plain-language warnings per field (advice; they do not block). */
  findings: FieldFindings[];
}

export interface LetterReadiness {
  breach: BreachRecord;
  /** True only when nothing blocks: every variant complete and the sender known. */
  ready: boolean;
  sender: LetterSender | undefined;
  blockers: ReadinessBlocker[];
  variants: VariantReadiness[];
  assessment: AssessmentAdvice;
  /** The letter setup for the pipeline; present only when `ready`. */
  setup?: LetterSetup;
}

export interface CheckLetterReadinessOptions {
  actor: Actor;
  breachId: string;
  /** Plain-language word list (content/plain-language/jargon.yaml). */
  jargon: readonly JargonEntry[];
  /** Only these groups must be ready (a follow-up round to some groups); default all. */
  groups?: readonly string[];
}

const blockerText: Record<ReadinessBlocker['id'], Localized> = {
  sender_missing: {
    nl: 'Vul eerst de gegevens van de afzender in: adres, contactpunt en ondertekening.',
    en: 'First fill in the sender: address, contact point and signature.',
  },
  no_variants: {
    nl: 'Maak eerst een briefvariant voor minstens één groep ontvangers.',
    en: 'First make a letter variant for at least one group of recipients.',
  },
  group_without_variant: {
    nl: 'Voor een gekozen groep is er geen briefvariant.',
    en: 'A chosen group has no letter variant.',
  },
  group_not_in_breach: {
    nl: 'Een briefvariant is voor een groep die niet (meer) bij dit datalek hoort. Kies een groep van het datalek:',
    en: 'A letter variant is for a group that is not (or no longer) part of this breach. Choose a group of the breach:',
  },
};

const notes = {
  notAssessed: {
    nl: 'Dit datalek is nog niet beoordeeld. Doe dat eerst: dan ziet u hier welke gevolgen waarschijnlijk zijn.',
    en: 'This breach has not been assessed yet. Do that first: then you see the likely consequences here.',
  },
  notRequired: {
    nl: 'Volgens de laatste beoordeling hoeft u de mensen niet te informeren (AVG art. 34). U mag het wel doen; leg uit waarom u het doet.',
    en: 'According to the latest assessment you do not have to inform people (GDPR Art. 34). You may still do so; record why.',
  },
  uncovered: {
    nl: 'Deze soorten gegevens staan in de beoordeling, maar in geen enkele briefvariant:',
    en: 'These kinds of data are in the assessment but in no letter variant:',
  },
};

/** The organisation as the core's completeness check and the letters see it. */
function letterOrganisation(
  name: string,
  sender: LetterSender | undefined,
  breach: BreachRecord,
): LetterOrganisation {
  const breachHelpline = breach.helpline?.phone
    ? { phone: breach.helpline.phone, ...(breach.helpline.hours ? { hours: breach.helpline.hours } : {}) }
    : undefined;
  const helpline = sender?.helpline ?? breachHelpline;
  return {
    name,
    addressLines: sender?.addressLines ?? [],
    contact: sender?.contact ?? { name: '' },
    ...(helpline ? { helpline } : {}),
    ...(sender?.website ? { website: sender.website } : {}),
    signatory: sender?.signatory ?? { name: '' },
  };
}

const hasEnglish = (variant: StoredLetterVariant) =>
  Object.values(variant.texts.en ?? {}).some((t) => t?.trim());

/**
 * Whether a breach's letters may be sent, and if not, every item that is missing: per variant
 * the GDPR Art. 34(2) items and the AP's four questions (the core's completeness check), the
 * sender's contact point, and a variant for each chosen group. Adds the plain-language warnings
 * per field and what the latest assessment knows (likely consequences, whether informing is
 * required). Any member of the organisation may look; only a ready check gives a `setup`.
 */
export async function checkLetterReadiness(
  deps: Pick<Deps, 'db'>,
  options: CheckLetterReadinessOptions,
): Promise<LetterReadiness> {
  const breach = await letterBreach(deps.db, options.actor, options.breachId, 'viewer');
  const [sender, allVariants, latest, organisation] = await Promise.all([
    findLetterSender(deps.db, breach.id),
    listLetterVariantRows(deps.db, breach.id),
    findLatestAssessment(deps.db, breach.id),
    findOrganisation(deps.db, breach.organisationId),
  ]);
  const organisationLetter = letterOrganisation(organisation?.name ?? '', sender, breach);
  const blockers: ReadinessBlocker[] = [];
  if (!sender) blockers.push({ id: 'sender_missing', message: blockerText.sender_missing });
  if (allVariants.length === 0) blockers.push({ id: 'no_variants', message: blockerText.no_variants });
  const chosen = options.groups?.map((g) => g.toLowerCase());
  for (const group of options.groups ?? [])
    if (!allVariants.some((v) => v.group.toLowerCase() === group.toLowerCase()))
      blockers.push({
        id: 'group_without_variant',
        message: {
          nl: `${blockerText.group_without_variant.nl} (${group})`,
          en: `${blockerText.group_without_variant.en} (${group})`,
        },
      });
  // The breach's registered groups (by name or certainty) are the only ones letters may go to.
  const breachGroups = breach.recipientGroups.flatMap((g) => [g.name.nl, g.name.en, g.certainty]);
  const known = new Set(breachGroups.map((n) => n.toLowerCase()));
  for (const variant of allVariants)
    if (breach.recipientGroups.length > 0 && !known.has(variant.group.toLowerCase()))
      blockers.push({
        id: 'group_not_in_breach',
        message: {
          nl: `${blockerText.group_not_in_breach.nl} ${breach.recipientGroups.map((g) => g.name.nl).join(', ')} (${variant.group}).`,
          en: `${blockerText.group_not_in_breach.en} ${breach.recipientGroups.map((g) => g.name.en).join(', ')} (${variant.group}).`,
        },
      });
  const variants = allVariants
    .filter((v) => !chosen || chosen.includes(v.group.toLowerCase()))
    .map((variant): VariantReadiness => {
      const langs: Lang[] = hasEnglish(variant) ? ['nl', 'en'] : ['nl'];
      return {
        variant,
        langs,
        report: checkCompleteness(variant, organisationLetter, langs),
        findings: lintVariantTexts(variant, options.jargon),
      };
    });
  const assessment: AssessmentAdvice = {
    assessed: Boolean(latest),
    consequences: [],
    uncoveredCategories: [],
    notes: [],
  };
  if (!latest) assessment.notes.push(notes.notAssessed);
  else {
    assessment.informRequired = latest.assessment.informPeople.required;
    if (!assessment.informRequired) assessment.notes.push(notes.notRequired);
    assessment.consequences = likelyConsequences(latest.assessment).map((c) => c.text);
    const named = new Set(allVariants.flatMap((v) => v.categories));
    assessment.uncoveredCategories = latest.facts.categories.filter((id) => !named.has(id));
    if (assessment.uncoveredCategories.length > 0 && allVariants.length > 0)
      assessment.notes.push({
        nl: `${notes.uncovered.nl} ${assessment.uncoveredCategories.join(', ')}.`,
        en: `${notes.uncovered.en} ${assessment.uncoveredCategories.join(', ')}.`,
      });
  }
  const ready = blockers.length === 0 && variants.length > 0 && variants.every((v) => v.report.ready);
  const result: LetterReadiness = { breach, ready, sender, blockers, variants, assessment };
  if (ready && sender) result.setup = letterSetup(breach, organisationLetter, sender, variants);
  return result;
}

function letterSetup(
  breach: BreachRecord,
  organisation: LetterOrganisation,
  sender: LetterSender,
  variants: VariantReadiness[],
): LetterSetup {
  return {
    breachTitle: breach.title,
    referencePrefix: sender.referencePrefix,
    organisation: {
      name: organisation.name,
      addressLines: [...organisation.addressLines],
      contact: { ...organisation.contact },
      ...(organisation.helpline
        ? {
            helpline: {
              phone: organisation.helpline.phone,
              ...(organisation.helpline.hours ? { hours: organisation.helpline.hours } : {}),
            },
          }
        : {}),
      ...(organisation.website ? { website: organisation.website } : {}),
      signatory: {
        name: sender.signatory.name,
        ...(sender.signatory.role ? { role: sender.signatory.role } : {}),
      },
    },
    ...(sender.emailFrom ? { email: { from: sender.emailFrom, messagesPerSecond: 10 } } : {}),
    variants: variants.map(({ variant, langs }) => ({
      id: variant.id,
      group: variant.group,
      certainty: variant.certainty,
      categories: [...variant.categories],
      texts: Object.fromEntries(langs.map((lang) => [lang, variant.texts[lang]])),
    })),
  };
}
