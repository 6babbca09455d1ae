import type { Knowledge } from '../../../core/knowledge/index.ts';
import type { PlanAction } from '../../../core/plan/index.ts';
import type { GuideView } from '../../guide/guide-service.ts';
import { html, type Html } from '../../html.ts';
import type { PageContext } from '../../page.ts';
import { h2, link } from './parts.ts';

/** How many "do now" actions the first screen shows; the rest are in the whole list. */
export const firstScreenActions = 3;
/** How many kinds of data the one line about the leak names before "and N more". */
const namedInLine = 4;

const sensitivityRank: Record<string, number> = { very_high: 0, high: 1, medium: 2, low: 3 };

/**
 * The person's kinds of data in the order that matters to them: the most sensitive first (a BSN
 * or health data before a name), then in the knowledge base's own order. Unknown ids go last.
 */
export function dataByImportance(dataIds: readonly string[], knowledge: Knowledge): string[] {
  const order = new Map(knowledge.categories.map((category, index) => [category.id, index]));
  const rank = new Map(knowledge.categories.map((c) => [c.id, sensitivityRank[c.sensitivity] ?? 9]));
  const key = (id: string) => [rank.get(id) ?? 10, order.get(id) ?? Number.MAX_SAFE_INTEGER] as const;
  return [...dataIds].sort((a, b) => {
    const [ra, oa] = key(a);
    const [rb, ob] = key(b);
    return ra - rb || oa - ob;
  });
}

/** A name inside a sentence: "Naam" becomes "naam", "BSN" stays. */
const inSentence = (name: string) =>
  /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;

/** One sentence: which of the person's data leaked (or may have), most sensitive first. */
function leakedLine(page: PageContext, view: GuideView, knowledge: Knowledge): string {
  const { t, lang } = page;
  if (view.certainty === 'not_affected') return t('guide.first.notAffected');
  const names = new Map(knowledge.categories.map((c) => [c.id, c.name[lang]]));
  const sorted = dataByImportance(view.dataIds, knowledge).map((id) => inSentence(names.get(id) ?? id));
  const shown = sorted.slice(0, namedInLine).join(', ');
  const more = sorted.length - namedInLine;
  const data = more > 0 ? t('guide.first.andMore', { data: shown, count: more }) : shown;
  const sure = view.certainty === 'confirmed' && !view.unsure;
  return t(sure ? 'guide.first.leaked' : 'guide.first.maybeLeaked', { data });
}

/** The first contact of an action with a phone number, as "Call X: number" with a tel: link. */
function phoneLine(page: PageContext, action: PlanAction): Html | false {
  const contact = action.contacts.find((c) => c.phone);
  if (!contact?.phone) return false;
  const tel = `tel:${contact.phone.replace(/[^\d+]/g, '')}`;
  const label = page.t('guide.first.call', { name: contact.name });
  return html`<br />${label} <span class="dlw-first__phone">${link(tel, contact.phone)}</span>`;
}

/** The "do now" actions the first screen shows: the plan's `now` group, most important first. */
export function doNowActions(view: GuideView): PlanAction[] {
  return (view.plan.actionGroups.find((group) => group.when === 'now')?.actions ?? []).slice(
    0,
    firstScreenActions,
  );
}

/**
 * What a frightened person must see on a phone without scrolling: the breach and organisation,
 * one line of which data leaked, and the one to three things to do now, each a short imperative
 * with the phone number where one is needed. Everything else follows folded.
 */
export function firstScreen(
  page: PageContext,
  view: GuideView,
  knowledge: Knowledge,
  links: { steps?: string | undefined; full?: string | undefined },
): Html {
  const { t, lang } = page;
  const { breach } = view.context;
  const now = doNowActions(view);
  return html`<p class="nl-paragraph dlw-first__breach">
      <strong>${breach.organisationName}</strong>: ${breach.title[lang]}
    </p>
    <p class="nl-paragraph dlw-first__leaked" id="gelekt">${leakedLine(page, view, knowledge)}</p>
    <section aria-labelledby="nu" class="dlw-first__now">
      ${h2(t('guide.first.nowTitle'), 'nu')}
      ${
        now.length === 0
          ? html`<p class="nl-paragraph">${t('guide.first.nothingNow')}</p>`
          : html`<ol class="utrecht-ordered-list dlw-first__actions">
              ${now.map(
                (action) =>
                  html`<li class="utrecht-ordered-list__item" data-do-now>
                    <strong>${action.title}</strong>${phoneLine(page, action)}
                  </li>`,
              )}
            </ol>`
      }
    </section>
    <ul class="dlw-first__more dlw-no-print">
      ${links.steps && html`<li>${link(links.steps, t('guide.first.stepsLink'))}</li>`}
      ${links.full && html`<li>${link(links.full, t('guide.first.fullLink'))}</li>`}
    </ul>`;
}
