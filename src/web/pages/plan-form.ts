import type { Category } from '../../core/knowledge/index.ts';
import { html } from '../html.ts';
import type { MessageKey } from '../i18n/translator.ts';
import type { PageContext, PageView } from '../page.ts';
import { choiceField, errorSummary, fieldset } from './form-parts.ts';

/** Groups that make a list of 25 kinds of data readable; unknown ids fall into `other`. */
export const dataGroups = ['identity', 'contact', 'money', 'health', 'online', 'other'] as const;
export type DataGroup = (typeof dataGroups)[number];

const groupOfCategory: Record<string, DataGroup> = {
  name: 'identity',
  address: 'identity',
  date_of_birth: 'identity',
  gender: 'identity',
  bsn: 'identity',
  id_document_number: 'identity',
  id_document_copy: 'identity',
  protected_address: 'identity',
  email: 'contact',
  phone: 'contact',
  iban: 'money',
  payment_card: 'money',
  medical_test_result: 'health',
  health_data: 'health',
  gp_name: 'health',
  criminal_record: 'health',
  password: 'online',
  security_answers: 'online',
  username: 'online',
  ip_address: 'online',
  customer_number: 'other',
  location: 'other',
  photos: 'other',
  messages: 'other',
  other: 'other',
};

const groupTitles: Record<DataGroup, MessageKey> = {
  identity: 'plan.group.identity',
  contact: 'plan.group.contact',
  money: 'plan.group.money',
  health: 'plan.group.health',
  online: 'plan.group.online',
  other: 'plan.group.other',
};

/** The value of the "I don't know" choice in the `data` field. */
export const unknownData = 'unknown';

export type PlanField = 'data' | 'certainty' | 'published';

/** What the visitor filled in so far (all optional), and what is wrong with it. */
export interface PlanFormState {
  data: string[];
  certainty: string | undefined;
  published: string | undefined;
  errors: { field: PlanField; message: MessageKey }[];
}

/** The id of the first input of a field: where the error summary links to. */
export function firstInputId(field: PlanField, categories: Category[]): string {
  if (field === 'data') return `data-${categories[0]?.id ?? unknownData}`;
  return field === 'certainty' ? 'certainty-confirmed' : 'published-yes';
}

/** The plan form: kinds of data grouped, "I don't know", certainty, published. GET, no script. */
export function planFormPage(page: PageContext, categories: Category[], state: PlanFormState): PageView {
  const { t, lang } = page;
  const errorFor = (field: PlanField) => {
    const found = state.errors.find((error) => error.field === field);
    return found ? t(found.message) : undefined;
  };
  const grouped = dataGroups
    .map((group) => ({
      group,
      categories: categories.filter((category) => (groupOfCategory[category.id] ?? 'other') === group),
    }))
    .filter((entry) => entry.categories.length > 0);
  const dataChoices = html`${grouped.map(
      (entry) =>
        html`<h2 class="nl-heading nl-heading--level-3">${t(groupTitles[entry.group])}</h2>
          <div class="dlw-choices">
            ${entry.categories.map((category) =>
              choiceField('checkbox', 'data', {
                id: `data-${category.id}`,
                value: category.id,
                label: category.name[lang],
                hint: category.description[lang],
                checked: state.data.includes(category.id),
              }),
            )}
          </div>`,
    )}
    <h2 class="nl-heading nl-heading--level-3">${t('plan.group.unsure')}</h2>
    <div class="dlw-choices">
      ${choiceField('checkbox', 'data', {
        id: `data-${unknownData}`,
        value: unknownData,
        label: t('plan.data.unknown'),
        hint: t('plan.data.unknownHint'),
        checked: state.data.includes(unknownData),
      })}
    </div>`;
  const radios = (name: PlanField, values: { value: string; label: MessageKey }[]) =>
    html`<div class="dlw-choices">
      ${values.map((option) =>
        choiceField('radio', name, {
          id: `${name}-${option.value}`,
          value: option.value,
          label: t(option.label),
          checked: (name === 'certainty' ? state.certainty : state.published) === option.value,
        }),
      )}
    </div>`;
  const title =
    state.errors.length > 0 ? `${t('plan.errorPrefix')} ${t('plan.formTitle')}` : t('plan.formTitle');
  return {
    status: state.errors.length > 0 ? 400 : 200,
    title,
    body: html`${errorSummary(
        t('plan.errorSummary'),
        state.errors.map((error) => ({
          href: firstInputId(error.field, categories),
          text: t(error.message),
        })),
      )}
      <h1 class="nl-heading nl-heading--level-1">${t('plan.formTitle')}</h1>
      <p class="nl-paragraph nl-paragraph--lead">${t('plan.formLead')}</p>
      <p class="nl-paragraph">${t('plan.requiredNote')}</p>
      <form method="get" action="${page.href('/plan')}" novalidate>
        ${fieldset({
          id: 'data',
          legend: t('plan.data.legend'),
          hint: t('plan.data.hint'),
          error: errorFor('data'),
          errorPrefix: t('plan.errorPrefix'),
          content: dataChoices,
        })}
        ${fieldset({
          id: 'certainty',
          legend: t('plan.certainty.legend'),
          error: errorFor('certainty'),
          errorPrefix: t('plan.errorPrefix'),
          content: radios('certainty', [
            { value: 'confirmed', label: 'plan.certainty.confirmed' },
            { value: 'possibly', label: 'plan.certainty.possibly' },
          ]),
        })}
        ${fieldset({
          id: 'published',
          legend: t('plan.published.legend'),
          error: errorFor('published'),
          errorPrefix: t('plan.errorPrefix'),
          content: radios('published', [
            { value: 'yes', label: 'plan.published.yes' },
            { value: 'no', label: 'plan.published.no' },
            { value: 'unknown', label: 'plan.published.unknown' },
          ]),
        })}
        <button class="nl-button nl-button--primary" type="submit">${t('plan.submit')}</button>
      </form>`,
  };
}
