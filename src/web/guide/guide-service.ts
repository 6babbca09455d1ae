import type { Certainty } from '../../core/breaches/vocabulary.ts';
import type { Lang } from '../../core/i18n/lang.ts';
import type { Knowledge } from '../../core/knowledge/index.ts';
import { buildPlan, type Plan } from '../../core/plan/index.ts';
import type { Deps } from '../../use-cases/deps.ts';
import {
  getBreachGuideContext,
  getPersonalPart,
  type BreachGuideContext,
} from '../../use-cases/get-personal-guide.ts';
import type { CodeLookupStore, CodeRound } from '../../core/codes/code-records.ts';

/** How long the public context of a breach is reused before it is read again. */
const breachContextMillis = 5_000;
/** Plans are pure; this many distinct ones are kept. */
const maxCachedPlans = 2_000;

/** Everything one guide page shows: the breach, this person's data and certainty, the plan. */
export interface GuideView {
  mode: 'code' | 'chosen' | 'helpline';
  context: BreachGuideContext;
  certainty: Certainty;
  /** The kinds of data the person's letter named (or they ticked), known ids only. */
  dataIds: string[];
  /** True when the person chose "I don't know" and sees the breach's whole list as possible. */
  unsure: boolean;
  plan: Plan;
  /** Messages sent under the code, oldest first; empty without a code. */
  rounds: CodeRound[];
}

export interface GuideService {
  /** The guide for a code hash in `lang`, or undefined when the hash is not known (any more). */
  forCode(codeHash: string, lang: Lang, mode?: 'code' | 'helpline'): Promise<GuideView | undefined>;
  /** The guide without a code: a public breach and the data the person ticked (or "I don't know"). */
  forChoice(
    context: BreachGuideContext,
    choice: { dataIds: string[]; unsure: boolean },
    lang: Lang,
  ): GuideView;
  /** The public context of a breach by id or slug, shared briefly between requests. */
  breachContext(
    key: { breachId: string } | { slug: string },
    visibility: 'code_holder' | 'public',
  ): Promise<BreachGuideContext>;
}

/**
 * The guide's read side with two caches that keep the personal page fast under a rush of
 * visitors on the day letters land: the breach context (the same for everyone, kept 5 s so
 * updates show quickly) and the plans, which are pure functions of (breach version,
 * certainty, data, language). Per request only the code's own rows are read.
 */
export function createGuideService(
  deps: Deps & { codes: CodeLookupStore; knowledge: Knowledge },
): GuideService {
  const known = new Set(deps.knowledge.categories.map((category) => category.id));
  const contexts = new Map<string, { at: number; value: Promise<BreachGuideContext> }>();
  const plans = new Map<string, Plan>();

  async function breachContext(
    key: { breachId: string } | { slug: string },
    visibility: 'code_holder' | 'public',
  ): Promise<BreachGuideContext> {
    const cacheKey = `${visibility}\u0000${'breachId' in key ? `id:${key.breachId}` : `slug:${key.slug}`}`;
    const now = deps.clock().getTime();
    const hit = contexts.get(cacheKey);
    if (hit && now - hit.at < breachContextMillis) return hit.value;
    const value = getBreachGuideContext(deps, { ...key, visibility });
    contexts.set(cacheKey, { at: now, value });
    value.catch(() => contexts.delete(cacheKey));
    if (contexts.size > 500) contexts.delete(contexts.keys().next().value ?? '');
    return value;
  }

  function planFor(context: BreachGuideContext, certainty: Certainty, dataIds: string[], lang: Lang): Plan {
    const { breach } = context;
    const key = `${breach.id}\u0000${breach.version}\u0000${certainty}\u0000${lang}\u0000${dataIds.join(',')}`;
    let plan = plans.get(key);
    if (!plan) {
      plan = buildPlan(deps.knowledge, {
        categories: dataIds.length > 0 ? dataIds : ['other'],
        certainty,
        exposure: { measures: breach.measures },
        lang,
      });
      if (plans.size >= maxCachedPlans) plans.delete(plans.keys().next().value ?? '');
      plans.set(key, plan);
    }
    return plan;
  }

  const knownIds = (ids: readonly string[]) => [...new Set(ids.filter((id) => known.has(id)))].sort();

  return {
    breachContext,
    async forCode(codeHash, lang, mode = 'code') {
      const part = await getPersonalPart(deps, { codeHash });
      if (!part) return undefined;
      const context = await breachContext({ breachId: part.record.breachId }, 'code_holder');
      const certainty = asCertainty(part.record.certainty);
      const dataIds = knownIds(
        part.record.categories.length > 0 ? part.record.categories : context.breach.dataCategories,
      );
      return {
        mode,
        context,
        certainty,
        dataIds,
        unsure: false,
        plan: planFor(context, certainty, dataIds, lang),
        rounds: part.rounds,
      };
    },
    forChoice(context, choice, lang) {
      const dataIds = knownIds(choice.unsure ? context.breach.dataCategories : choice.dataIds);
      const certainty: Certainty = choice.unsure ? 'possibly' : 'confirmed';
      return {
        mode: 'chosen',
        context,
        certainty,
        dataIds,
        unsure: choice.unsure,
        plan: planFor(context, certainty, dataIds, lang),
        rounds: [],
      };
    },
  };
}

function asCertainty(value: string): Certainty {
  return value === 'confirmed' || value === 'not_affected' ? value : 'possibly';
}
