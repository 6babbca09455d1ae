import type { BreachSummary } from '../../../../core/breaches/breach-summary.ts';
import type { Category } from '../../../../core/knowledge/index.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import { formatCount, formatPartialDate } from '../format.ts';
import { inKnowledgeOrder, sectorLabel } from '../labels.ts';

/** One record in the results: its title as a link, then the facts a reader compares. */
export function resultItem(
  page: PageContext,
  categories: Map<string, Category>,
  breach: BreachSummary,
): Html {
  const { t, lang } = page;
  const day = breach.discoveredOn ?? breach.occurredOn;
  return html`<li class="dlw-register-item">
    <h3 class="nl-heading nl-heading--level-3">
      <a class="nl-link" href="${page.href(`/register/${breach.slug}`)}">${breach.title[lang]}</a>
    </h3>
    <dl class="dlw-facts">
      <dt>${t('register.field.organisation')}</dt>
      <dd>${breach.organisationName}</dd>
      <dt>${t('register.field.sector')}</dt>
      <dd>${sectorLabel(page, breach.sector)}</dd>
      <dt>${t('register.field.date')}</dt>
      <dd>${day ? formatPartialDate(lang, day) : t('register.unknown')}</dd>
      <dt>${t('register.field.people')}</dt>
      <dd>
        ${breach.peopleAffected === null ? t('register.unknown') : formatCount(lang, breach.peopleAffected)}
      </dd>
      <dt>${t('register.field.data')}</dt>
      <dd>
        ${
          breach.dataCategories.length === 0
            ? t('register.unknown')
            : inKnowledgeOrder(breach.dataCategories, categories)
                .map((id) => categories.get(id)?.name[lang] ?? id)
                .join(', ')
        }
      </dd>
    </dl>
  </li>`;
}
