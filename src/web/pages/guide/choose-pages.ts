import type { Knowledge } from '../../../core/knowledge/index.ts';
import type { BreachDetail } from '../../../use-cases/get-breach.ts';
import { html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { choiceField, errorSummary, fieldset } from '../form-parts.ts';
import { h1, lead, link, p, submit } from './parts.ts';
import type { BreachSummary } from '../../../core/breaches/breach-summary.ts';

/** The value of "I don't know" among the ticked data. */
export const unsureValue = 'weet-niet';

/** Step 1 of 2 without a code: find and pick the breach from the public register. */
export function chooseBreachPage(
  page: PageContext,
  state: { query: string; breaches: BreachSummary[]; total: number; error?: boolean },
): PageView {
  const { t, lang } = page;
  const title = t('guide.choose.title');
  return {
    status: state.error ? 400 : 200,
    title: state.error ? `${t('plan.errorPrefix')} ${title}` : title,
    body: html`${state.error && errorSummary(t('plan.errorSummary'), [{ href: 'breach', text: t('guide.choose.error') }])}
      <p class="nl-paragraph">${t('guide.step', { step: 1, steps: 2 })}</p>
      ${h1(title)} ${lead(t('guide.choose.lead'))}
      <form method="get" action="${page.href('/zonder-code')}" role="search" novalidate>
        <div class="utrecht-form-field utrecht-form-field--text">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="zoek">${t('guide.choose.searchLabel')}</label>
          </div>
          <div class="utrecht-form-field__input">
            <input
              class="utrecht-textbox utrecht-textbox--html-input"
              type="search"
              id="zoek"
              name="zoek"
              value="${state.query}"
            />
          </div>
        </div>
        ${submit(t('guide.choose.searchSubmit'), { secondary: true })}
      </form>
      ${
        state.breaches.length === 0
          ? p(t('guide.choose.none'))
          : html`<form method="get" action="${page.href('/zonder-code')}" novalidate>
              <input type="hidden" name="stap" value="1" />
              ${fieldset({
                id: 'breach',
                legend: t('guide.choose.legend'),
                hint:
                  state.total > state.breaches.length
                    ? t('guide.choose.more', { shown: state.breaches.length, total: state.total })
                    : undefined,
                error: state.error ? t('guide.choose.error') : undefined,
                errorPrefix: t('plan.errorPrefix'),
                content: html`<div class="dlw-choices">
                  ${state.breaches.map((breach, index) =>
                    choiceField('radio', 'datalek', {
                      id: index === 0 ? 'breach-first' : `breach-${breach.slug}`,
                      value: breach.slug,
                      label: `${breach.title[lang]} (${breach.organisationName})`,
                      checked: false,
                    }),
                  )}
                </div>`,
              })}
              ${submit(t('guide.choose.next'))}
            </form>`
      }
      ${p(html`${t('guide.choose.notListed')} ${link(page.href('/plan'), t('guide.choose.notListedLink'))}`)}
      ${p(html`${t('guide.choose.haveCode')} ${link(page.href('/code'), t('guide.choose.haveCodeLink'))}`)}`,
  };
}

/** Step 2 of 2: tick the data the person knows were involved, or "I don't know". */
export function chooseDataPage(
  page: PageContext,
  knowledge: Knowledge,
  breach: BreachDetail,
  state: { data: string[]; error?: boolean },
): PageView {
  const { t, lang } = page;
  const names = new Map(knowledge.categories.map((c) => [c.id, c]));
  const categories = breach.dataCategories.filter((id) => names.has(id));
  const title = t('guide.chooseData.title');
  const firstId = categories[0] ? `data-${categories[0]}` : 'data-unsure';
  return {
    status: state.error ? 400 : 200,
    title: state.error ? `${t('plan.errorPrefix')} ${title}` : title,
    body: html`${state.error && errorSummary(t('plan.errorSummary'), [{ href: firstId, text: t('guide.chooseData.error') }])}
      <p class="nl-paragraph">${t('guide.step', { step: 2, steps: 2 })}</p>
      ${h1(title)} ${lead(html`${breach.title[lang]} — ${breach.organisationName}`)}
      <form method="get" action="${page.href('/zonder-code')}" novalidate>
        <input type="hidden" name="datalek" value="${breach.slug}" />
        <input type="hidden" name="stap" value="2" />
        ${fieldset({
          id: 'data',
          legend: t('guide.chooseData.legend'),
          hint: t('guide.chooseData.hint'),
          error: state.error ? t('guide.chooseData.error') : undefined,
          errorPrefix: t('plan.errorPrefix'),
          content: html`<div class="dlw-choices">
            ${categories.map((id) =>
              choiceField('checkbox', 'data', {
                id: `data-${id}`,
                value: id,
                label: names.get(id)?.name[lang] ?? id,
                hint: names.get(id)?.description[lang],
                checked: state.data.includes(id),
              }),
            )}
            ${choiceField('checkbox', 'data', {
              id: 'data-unsure',
              value: unsureValue,
              label: t('plan.data.unknown'),
              hint: t('guide.chooseData.unsureHint'),
              checked: state.data.includes(unsureValue),
            })}
          </div>`,
        })}
        ${submit(t('plan.submit'))}
      </form>
      ${p(link(page.href('/zonder-code'), t('guide.chooseData.back')))}`,
  };
}
