import { formatDay } from '../../../../core/victim-letters/index.ts';
import type { GuideView } from '../../../guide/guide-service.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import { h3, link, list, p } from '../parts.ts';

/** What the organisation says and does: its description, measures and latest five updates. */
export function organisationSection(page: PageContext, view: GuideView): Html {
  const { t, lang } = page;
  const { breach } = view.context;
  const updates = [...breach.updates].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn)).slice(0, 5);
  return html`${p(breach.description[lang])}
  ${breach.measures.length > 0 ? html`${h3(view.plan.headings.measures)}${list(breach.measures.map((m) => m[lang]))}` : p(t('guide.measures.none'))}
  ${
    updates.length > 0 &&
    html`${h3(t('guide.updates.title'))}
      <ul class="utrecht-unordered-list">
        ${updates.map(
          (update) =>
            html`<li class="utrecht-unordered-list__item">
              <strong
                ><time datetime="${update.publishedOn}">${formatDay(update.publishedOn, lang)}</time></strong
              >: ${update.text[lang]}
            </li>`,
        )}
      </ul>`
  }
  ${p(link(page.href(`/register/${breach.slug}`), t('guide.register.link')))}`;
}
