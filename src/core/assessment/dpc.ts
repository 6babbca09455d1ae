import type { Localized } from '../i18n/lang.ts';
import {
  contextReasons,
  credentialScores,
  healthDetailScores,
  paymentCardScores,
  type ContextFactors,
} from './context-factors.ts';
import {
  dpcByCategory,
  dpcClasses,
  specialCategoryNames,
  type CategoryDpc,
  type CategoryId,
  type SpecialCategoryId,
} from './data-categories.ts';
import type { CategoryScore, Severity } from './output-schema.ts';

const clamp = (value: number) => Math.min(4, Math.max(1, value));

/** A detail the organisation gave about this kind of data, which sets its score (ENISA Table 1). */
function detailScore(
  category: CategoryId,
  context?: ContextFactors,
): { score: number; reason: Localized } | null {
  const table: Record<CategoryId, CategoryDpc> = dpcByCategory;
  if (table[category].special === 'health' && context?.healthDetail)
    return { score: healthDetailScores[context.healthDetail], reason: contextReasons.healthDetail };
  if (category === 'payment_card' && context?.paymentCard)
    return { score: paymentCardScores[context.paymentCard], reason: contextReasons.paymentCard };
  if ((category === 'password' || category === 'security_answers') && context?.credentialsAccessTo)
    return {
      score: credentialScores[context.credentialsAccessTo],
      reason: contextReasons.credentialsAccessTo,
    };
  return null;
}

/** The ENISA score of one kind of data: its class's base, changed by what it reveals. */
export function scoreCategory(category: CategoryId, context?: ContextFactors): CategoryScore {
  const row = dpcByCategory[category];
  const base = dpcClasses[row.dpcClass];
  const detail = detailScore(category, context);
  if (detail)
    return {
      category,
      dpcClass: row.dpcClass,
      base,
      adjustment: detail.score - base,
      score: detail.score,
      reason: detail.reason,
    };
  return {
    category,
    dpcClass: row.dpcClass,
    base,
    adjustment: row.adjustment,
    score: clamp(base + row.adjustment),
    reason: row.reason,
  };
}

/** Special categories that the kinds of data already reveal (health from test results, and so on). */
export function derivedSpecialCategories(categories: readonly CategoryId[]): SpecialCategoryId[] {
  const found = new Set<SpecialCategoryId>();
  const table: Record<CategoryId, CategoryDpc> = dpcByCategory;
  for (const category of categories) {
    const special = table[category].special;
    if (special) found.add(special);
  }
  return [...found];
}

/**
 * ENISA data processing context: the highest score of the kinds of data (ENISA: score each,
 * keep the highest), then context: special categories named apart from the kinds of data set it
 * to 4, and children or vulnerable people raise it by one. The result stays between 1 and 4.
 */
export function scoreDpc(options: {
  categories: readonly CategoryId[];
  declaredSpecial: readonly SpecialCategoryId[];
  childrenOrVulnerable: boolean;
  context?: ContextFactors;
}): Severity['dpc'] {
  const perCategory = options.categories.map((c) => scoreCategory(c, options.context));
  const base = perCategory.reduce((best, next) => (next.score > best.score ? next : best));
  const adjustments: { delta: number; reason: Localized }[] = [];
  let value = base.score;
  const raiseTo = (floor: number, reason: Localized) => {
    if (value >= floor) return;
    adjustments.push({ delta: floor - value, reason });
    value = floor;
  };
  const context = options.context;
  if (context?.inferredFinancialStatus) raiseTo(2, contextReasons.inferredFinancialStatus);
  if (context && context.inferredSpecialCategories.length > 0)
    raiseTo(3, contextReasons.inferredSpecialCategories);

  const derived = new Set(derivedSpecialCategories(options.categories));
  const extra = options.declaredSpecial.filter((id) => !derived.has(id));
  if (extra.length > 0) {
    const nl = extra.map((id) => specialCategoryNames[id].nl).join(', ');
    const en = extra.map((id) => specialCategoryNames[id].en).join(', ');
    const delta = 4 - value;
    adjustments.push({
      delta,
      reason: {
        nl: `De gegevens laten ook dit zien: ${nl}. Dat zijn bijzondere gegevens, dus de score is 4.`,
        en: `The data also reveals: ${en}. That is special-category data, so the score is 4.`,
      },
    });
    value = 4;
  }

  if (context?.safetyAtStake) raiseTo(4, contextReasons.safetyAtStake);
  if (context && context.volume !== 'typical') {
    const delta = clamp(value + (context.volume === 'extensive' ? 1 : -1)) - value;
    adjustments.push({ delta, reason: contextReasons.volume });
    value += delta;
  }
  if (context?.publiclyAvailable) {
    const delta = clamp(value - 1) - value;
    adjustments.push({ delta, reason: contextReasons.publiclyAvailable });
    value += delta;
  }

  if (options.childrenOrVulnerable) {
    const delta = clamp(value + 1) - value;
    adjustments.push({
      delta,
      reason:
        delta > 0
          ? {
              nl: 'Er zijn kinderen of kwetsbare mensen bij. Daarom is de score 1 hoger.',
              en: 'Children or vulnerable people are involved, so the score is 1 higher.',
            }
          : {
              nl: 'Er zijn kinderen of kwetsbare mensen bij. De score is al het hoogste (4); dit maakt het lek nog ernstiger.',
              en: 'Children or vulnerable people are involved. The score is already the highest (4); this makes the breach even more serious.',
            },
    });
    value += delta;
  }
  return { value, base, perCategory, adjustments };
}
