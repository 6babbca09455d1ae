import type { Knowledge } from '../../../../core/knowledge/index.ts';
import type { GuideView } from '../../../guide/guide-service.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import { dataByImportance } from '../first-screen.ts';
import { alert, list, p } from '../parts.ts';

/** Which of this person's data leaked, most important first, and how sure that is. */
export function dataSection(page: PageContext, view: GuideView, knowledge: Knowledge): Html {
  const { t, lang } = page;
  const org = view.context.breach.organisationName;
  const names = new Map(knowledge.categories.map((c) => [c.id, c]));
  const items = dataByImportance(view.dataIds, knowledge).map((id) => {
    const category = names.get(id);
    return category ? html`<strong>${category.name[lang]}</strong>: ${category.description[lang]}` : id;
  });
  if (view.certainty === 'not_affected') {
    const breachData = dataByImportance(view.context.breach.dataCategories, knowledge)
      .map((id) => names.get(id)?.name[lang])
      .filter((name): name is string => name !== undefined);
    return html`${alert('ok', p(t('guide.data.notAffected', { organisation: org })))}
    ${breachData.length > 0 && html`${p(t('guide.data.notAffectedOthers'))}${list(breachData)}`}`;
  }
  const intro = view.unsure
    ? t('guide.data.unsure')
    : view.certainty === 'confirmed'
      ? t('guide.data.confirmed')
      : t('guide.data.possibly', { organisation: org });
  return html`${p(
    html`<span
      class="utrecht-status-badge utrecht-status-badge--${view.certainty === 'confirmed' ? 'danger' : 'warning'}"
      >${t(view.certainty === 'confirmed' && !view.unsure ? 'guide.certainty.confirmed' : 'guide.certainty.possibly')}</span
    >`,
  )}
  ${p(intro)} ${list(items)}`;
}
