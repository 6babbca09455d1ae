import { errorCatalogue, type AppError } from '../../errors/catalogue.ts';
import { html, type Html } from '../html.ts';
import type { PageContext, PageView } from '../page.ts';

/** Pages for people with a letter (not the workspace or the API). */
const isGuidePath = (path: string) => !path.startsWith('/werkruimte') && !path.startsWith('/api');

/**
 * Too many code look-ups: a frightened person must not end at a dead end, so the page offers the
 * way without a code, the organisation's helpline and what a real organisation never asks.
 */
function rateLimitedWaysOn(page: PageContext): Html {
  const { t } = page;
  return html`<h2 class="nl-heading nl-heading--level-2">${t('guide.rateLimited.title')}</h2>
    <ul class="utrecht-unordered-list">
      <li class="utrecht-unordered-list__item">
        ${t('guide.rateLimited.noCode')}
        <a class="nl-link" href="${page.href('/zonder-code')}">${t('guide.rateLimited.noCodeLink')}</a>
      </li>
      <li class="utrecht-unordered-list__item">${t('guide.rateLimited.helpline')}</li>
      <li class="utrecht-unordered-list__item">
        ${t('guide.rateLimited.genuine')}
        <a class="nl-link" href="${page.href('/echt')}#nooit">${t('guide.rateLimited.genuineLink')}</a>
      </li>
    </ul>`;
}

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
      ${error.code === 'rate_limited' && isGuidePath(page.path) && rateLimitedWaysOn(page)}
      <p class="nl-paragraph">${t('error.status', { status: error.status })}</p>
      <p class="nl-paragraph"><a class="nl-link" href="${page.href('/')}">${t('error.home')}</a></p>`,
  };
}
