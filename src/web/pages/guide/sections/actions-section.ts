import type { GuideView } from '../../../guide/guide-service.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import { checklistItem } from '../../plan-result.ts';
import type { GuideRenderOptions } from '../guide-options.ts';
import { h3, link, p } from '../parts.ts';

/** All steps as checklists per moment; ticks are kept in the browser only. */
export function actionsBody(page: PageContext, view: GuideView, options: GuideRenderOptions): Html {
  const { t } = page;
  const { breach } = view.context;
  return html`<p class="nl-paragraph dlw-checklist-status" data-checklist-not-kept>
      ${t('plan.checklistNotKept')}
    </p>
    <p class="nl-paragraph dlw-checklist-status" data-checklist-kept hidden>${t('plan.checklistKept')}</p>
    ${view.plan.actionGroups.map(
      (group) =>
        html`${h3(group.heading)}
          <ul class="dlw-checklist" data-checklist="breach-${breach.id}-${group.when}">
            ${group.actions.map((action) => checklistItem(page, action))}
          </ul>
          ${group.when === 'months' && options.links.reminders && p(html`${link(options.links.reminders, t('guide.reminders.link'))} ${t('guide.reminders.hint')}`)}`,
    )}`;
}
