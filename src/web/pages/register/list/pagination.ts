import type { BreachSummary } from '../../../../core/breaches/breach-summary.ts';
import type { Page } from '../../../../use-cases/list-breaches.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import { registerSearch, type RegisterQuery } from '../../../register/register-query.ts';

/** Pages of the results: first, last and the neighbours of the current one; each link keeps the filters. */
export function pagination(
  page: PageContext,
  form: RegisterQuery,
  result: Page<BreachSummary>,
): Html | false {
  const { t } = page;
  if (result.pageCount <= 1) return false;
  const link = (n: number) => `${page.href('/register')}${registerSearch(form, n)}`;
  const current = Math.min(result.page, result.pageCount);
  const numbers = [...new Set([1, current - 1, current, current + 1, result.pageCount])]
    .filter((n) => n >= 1 && n <= result.pageCount)
    .sort((a, b) => a - b);
  return html`<nav class="utrecht-pagination" aria-label="${t('register.pagination.label')}">
    <p class="nl-paragraph">${t('register.pagination.status', { page: current, pages: result.pageCount })}</p>
    <ul class="dlw-pagination__list">
      ${
        current > 1 &&
        html`<li>
          <a
            class="utrecht-pagination__relative-link utrecht-pagination__relative-link--prev"
            rel="prev"
            href="${link(current - 1)}"
            >${t('register.pagination.previous')}</a
          >
        </li>`
      }
      ${numbers.map((n) =>
        n === current
          ? html`<li>
              <a
                class="utrecht-pagination__page-link utrecht-pagination__page-link--current"
                aria-current="page"
                href="${link(n)}"
                ><span class="dlw-visually-hidden">${t('register.pagination.page')} </span>${n}</a
              >
            </li>`
          : html`<li>
              <a class="utrecht-pagination__page-link" href="${link(n)}"
                ><span class="dlw-visually-hidden">${t('register.pagination.page')} </span>${n}</a
              >
            </li>`,
      )}
      ${
        current < result.pageCount &&
        html`<li>
          <a
            class="utrecht-pagination__relative-link utrecht-pagination__relative-link--next"
            rel="next"
            href="${link(current + 1)}"
            >${t('register.pagination.next')}</a
          >
        </li>`
      }
    </ul>
  </nav>`;
}
