import type { BreachSummary } from '../../../core/breaches/breach-summary.ts';
import type { Category } from '../../../core/knowledge/index.ts';
import type { Page } from '../../../use-cases/list-breaches.ts';
import { html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import type { ParsedRegisterQuery, RegisterField } from '../../register/register-query.ts';
import { errorSummary } from '../form-parts.ts';
import { filterForm } from './list/filter-form.ts';
import { pagination } from './list/pagination.ts';
import { resultItem } from './list/result-item.ts';

/** The id of the input each field error links to. */
const fieldInput: Record<RegisterField, string> = {
  q: 'register-q',
  sector: 'register-sector',
  from: 'register-from',
  to: 'register-to',
  size: 'register-size',
  data: 'register-data',
  sort: 'register-sort',
  page: 'register-results',
};

/**
 * The public register: the filter form (GET, so it works without script and can be
 * bookmarked), the number of results as a status message, the list and the pages.
 */
export function registerListPage(
  page: PageContext,
  categories: Category[],
  parsed: ParsedRegisterQuery,
  result: Page<BreachSummary>,
): PageView {
  const { t } = page;
  const { form, errors } = parsed;
  const byId = new Map(categories.map((c) => [c.id, c]));
  const pageCount = Math.max(1, result.pageCount);
  const title =
    result.pageCount > 1
      ? `${t('register.title')} (${t('register.pagination.status', { page: result.page, pages: pageCount })})`
      : t('register.title');
  return {
    title: errors.length > 0 ? `${t('register.errorPrefix')} ${title}` : title,
    body: html`${errorSummary(
        t('register.errorSummary'),
        [...new Set(errors)].map((field) => ({
          href: fieldInput[field],
          text: t(`register.error.${field}`),
        })),
      )}
      <h1 class="nl-heading nl-heading--level-1">${t('register.title')}</h1>
      <p class="nl-paragraph nl-paragraph--lead">${t('register.lead')}</p>
      <p class="nl-paragraph">
        <a class="nl-link" href="${page.href('/kamervragen')}">${t('register.kamervragenLink')}</a>
      </p>
      <h2 class="nl-heading nl-heading--level-2">${t('register.filter.heading')}</h2>
      ${filterForm(page, categories, form, errors)}
      <h2 class="nl-heading nl-heading--level-2" id="register-results" tabindex="-1">
        ${t('register.results')}
      </h2>
      <p class="nl-paragraph" role="status">${t('register.count', { count: result.total })}</p>
      ${
        result.items.length === 0
          ? html`<div class="utrecht-alert utrecht-alert--info">
              <div class="utrecht-alert__content">
                <p class="nl-paragraph">${t(result.total > 0 ? 'register.emptyPage' : 'register.empty')}</p>
                <p class="nl-paragraph">
                  <a class="nl-link" href="${page.href('/register')}">${t('register.filter.clear')}</a>
                </p>
              </div>
            </div>`
          : html`<ul class="dlw-register-list">
              ${result.items.map((breach) => resultItem(page, byId, breach))}
            </ul>`
      }
      ${pagination(page, form, result)}
      <h2 class="nl-heading nl-heading--level-2">${t('register.openData.heading')}</h2>
      <p class="nl-paragraph">${t('register.openData.text')}</p>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <a class="nl-link" href="${page.href('/register/feed.atom')}" type="application/atom+xml"
            >${t('register.openData.feed')}</a
          >
        </li>
        <li class="utrecht-unordered-list__item">
          <a class="nl-link" href="/register.json" type="application/json">${t('register.openData.json')}</a>
        </li>
        <li class="utrecht-unordered-list__item">
          <a class="nl-link" href="/register.csv" type="text/csv">${t('register.openData.csv')}</a>
        </li>
      </ul>`,
  };
}
