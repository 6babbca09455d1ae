import { sectors } from '../../../core/breaches/vocabulary.ts';
import type { Category } from '../../../core/knowledge/index.ts';
import type { Page } from '../../../use-cases/list-breaches.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext, PageView } from '../../page.ts';
import {
  registerSearch,
  registerSorts,
  sizeBands,
  type ParsedRegisterQuery,
  type RegisterField,
  type RegisterQuery,
} from '../../register/register-query.ts';
import { choiceField, errorSummary } from '../form-parts.ts';
import { formatCount, formatPartialDate } from './format.ts';
import type { BreachSummary } from '../../../core/breaches/breach-summary.ts';

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

function select(
  page: PageContext,
  options: {
    id: string;
    name: string;
    label: string;
    value: string;
    choices: { value: string; label: string }[];
  },
): Html {
  return html`<div class="utrecht-form-field utrecht-form-field--select">
    <p class="utrecht-form-field__label">
      <label class="utrecht-form-label" for="${options.id}">${options.label}</label>
    </p>
    <div class="utrecht-form-field__input">
      <select class="utrecht-select utrecht-select--html-select" id="${options.id}" name="${options.name}">
        ${options.choices.map(
          (choice) =>
            html`<option value="${choice.value}" ${choice.value === options.value ? html` selected` : ''}>
              ${choice.label}
            </option>`,
        )}
      </select>
    </div>
  </div>`;
}

function dateField(
  page: PageContext,
  id: string,
  name: 'from' | 'to',
  value: string,
  invalid: boolean,
): Html {
  return html`<div class="utrecht-form-field utrecht-form-field--text">
    <p class="utrecht-form-field__label">
      <label class="utrecht-form-label" for="${id}">${page.t(`register.filter.${name}`)}</label>
    </p>
    ${
      invalid &&
      html`<p class="utrecht-form-field-error-message" id="${id}-error">
        ${page.t(`register.error.${name}`)}
      </p>`
    }
    <div class="utrecht-form-field__input">
      <input
        class="utrecht-textbox utrecht-textbox--html-input${invalid ? ' utrecht-textbox--invalid' : ''}"
        type="date"
        id="${id}"
        name="${name}"
        value="${value}"
        ${invalid ? html` aria-invalid="true" aria-describedby="${id}-error"` : ''}
      />
    </div>
  </div>`;
}

function filterForm(
  page: PageContext,
  categories: Category[],
  form: RegisterQuery,
  errors: RegisterField[],
): Html {
  const { t, lang } = page;
  return html`<form method="get" action="${page.href('/register')}" class="dlw-register-filter" novalidate>
    <div class="utrecht-form-field utrecht-form-field--text">
      <p class="utrecht-form-field__label">
        <label class="utrecht-form-label" for="register-q">${t('register.filter.q')}</label>
      </p>
      <p class="utrecht-form-field-description" id="register-q-hint">${t('register.filter.qHint')}</p>
      <div class="utrecht-form-field__input">
        <input
          class="utrecht-textbox utrecht-textbox--html-input"
          type="search"
          id="register-q"
          name="q"
          value="${form.q}"
          maxlength="200"
          aria-describedby="register-q-hint"
        />
      </div>
    </div>
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        ${t('register.filter.legend')}
      </legend>
      ${select(page, {
        id: 'register-sector',
        name: 'sector',
        label: t('register.filter.sector'),
        value: form.sector,
        choices: [
          { value: '', label: t('register.filter.anySector') },
          ...sectors.map((s) => ({ value: s, label: t(`register.sector.${s}`) })),
        ],
      })}
      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          ${t('register.filter.dates')}
        </legend>
        <p class="utrecht-form-field-description">${t('register.filter.datesHint')}</p>
        ${dateField(page, 'register-from', 'from', form.from, errors.includes('from'))}
        ${dateField(page, 'register-to', 'to', form.to, errors.includes('to'))}
      </fieldset>
      ${select(page, {
        id: 'register-size',
        name: 'size',
        label: t('register.filter.size'),
        value: form.size,
        choices: [
          { value: '', label: t('register.filter.anySize') },
          ...Object.keys(sizeBands).map((band) => ({
            value: band,
            label: t(`register.size.${band as keyof typeof sizeBands}`),
          })),
        ],
      })}
      <details${form.data.length > 0 || errors.includes('data') ? html` open` : ''}>
        <summary>${t('register.filter.dataSummary', { count: form.data.length })}</summary>
      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" id="register-data">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          ${t('register.filter.data')}
        </legend>
        <p class="utrecht-form-field-description">${t('register.filter.dataHint')}</p>
        <div class="dlw-choices">
          ${categories.map((category) =>
            choiceField('checkbox', 'data', {
              id: `register-data-${category.id}`,
              value: category.id,
              label: category.name[lang],
              checked: form.data.includes(category.id),
            }),
          )}
        </div>
      </fieldset>
      </details>
    </fieldset>
    ${select(page, {
      id: 'register-sort',
      name: 'sort',
      label: t('register.filter.sort'),
      value: form.sort,
      choices: registerSorts.map((sort) => ({ value: sort, label: t(`register.sort.${sort}`) })),
    })}
    <p class="nl-paragraph">
      <button class="nl-button nl-button--primary" type="submit">${t('register.filter.submit')}</button>
      <a class="nl-link" href="${page.href('/register')}">${t('register.filter.clear')}</a>
    </p>
  </form>`;
}

function resultItem(page: PageContext, categories: Map<string, Category>, breach: BreachSummary): Html {
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

/** Kinds of data in the knowledge base's order (identity first); unknown ids last. */
export function inKnowledgeOrder(ids: readonly string[], categories: Map<string, Category>): string[] {
  const position = new Map([...categories.keys()].map((id, index) => [id, index]));
  const at = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...ids].sort((a, b) => at(a) - at(b));
}

/** A sector's name; an id outside the vocabulary is shown as it is. */
export function sectorLabel(page: PageContext, sector: string): string {
  return (sectors as readonly string[]).includes(sector)
    ? page.t(`register.sector.${sector}` as MessageKey)
    : sector;
}

function pagination(page: PageContext, form: RegisterQuery, result: Page<BreachSummary>): Html | false {
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
