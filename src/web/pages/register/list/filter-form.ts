import { sectors } from '../../../../core/breaches/vocabulary.ts';
import type { Category } from '../../../../core/knowledge/index.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import {
  registerSorts,
  sizeBands,
  type RegisterField,
  type RegisterQuery,
} from '../../../register/register-query.ts';
import { choiceField } from '../../form-parts.ts';
import { dateField, select } from './filter-fields.ts';

/** The register's filters: a GET form, so it works without script and can be bookmarked. */
export function filterForm(
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
