import { errorCatalogue, type AppError } from '../../errors/catalogue.ts';
import { html } from '../html.ts';
import type { PageContext, PageView } from '../page.ts';

/** The page for any error: its translated title, what to do next, and field errors if any. */
export function errorPage(page: PageContext, error: AppError): PageView {
  const { t } = page;
  const title = errorCatalogue[error.code].title[page.lang];
  const hint =
    error.code === 'not_found'
      ? t('error.notFoundHint')
      : error.code === 'rate_limited'
        ? t('error.rateLimitedHint')
        : error.status >= 500
          ? t('error.internalHint')
          : t('error.genericHint');
  return {
    status: error.status,
    title,
    body: html`<h1 class="nl-heading nl-heading--level-1">${title}</h1>
      <p class="nl-paragraph">${hint}</p>
      ${
        error.fieldErrors.length > 0 &&
        html`<ul class="utrecht-unordered-list">
          ${error.fieldErrors.map(
            (field) =>
              html`<li class="utrecht-unordered-list__item">${field.path}: ${field.message[page.lang]}</li>`,
          )}
        </ul>`
      }
      <p class="nl-paragraph">${t('error.status', { status: error.status })}</p>
      <p class="nl-paragraph"><a class="nl-link" href="${page.href('/')}">${t('error.home')}</a></p>`,
  };
}
