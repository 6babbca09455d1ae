import type { Category } from '../../../core/knowledge/index.ts';
import { breachDateFields, partyRoles, sectors } from '../../../core/breaches/vocabulary.ts';
import { csrfField } from '../../csrf.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext, PageView } from '../../page.ts';
import { h1, paragraph } from './common.ts';
import {
  choiceGroup,
  hiddenFields,
  selectField,
  textArea,
  textField,
  workspaceErrorSummary,
  type FormValues,
} from './fields.ts';

/** The breach dates in the order the forms ask them. */
export const dateFieldNames = breachDateFields;

/**
 * The steps of registering a breach, each with the fields it asks. Nothing is stored until the
 * check page is confirmed: the answers of other steps travel along as hidden fields.
 */
export const wizardSteps = [
  { key: 'title', fields: ['title.nl', 'title.en', 'sector'] },
  { key: 'what', fields: ['description.nl', 'description.en', 'ownRole'] },
  { key: 'dates', fields: [...dateFieldNames] },
  { key: 'data', fields: ['dataCategories'] },
  {
    key: 'people',
    fields: [
      'peopleAffected.count',
      'peopleAffected.effectiveOn',
      'peopleAffected.reason.nl',
      'peopleAffected.reason.en',
    ],
  },
  { key: 'privacy', fields: ['privacyContact.email', 'privacyContact.postalAddress'] },
] as const;

export const allWizardFields: string[] = wizardSteps.flatMap((step) => [...step.fields]);

export const sectorKeys = Object.fromEntries(sectors.map((s) => [s, `workspace.sector.${s}`])) as Record<
  (typeof sectors)[number],
  MessageKey
>;
export const partyRoleKeys = Object.fromEntries(
  partyRoles.map((r) => [r, `workspace.partyRole.${r}`]),
) as Record<(typeof partyRoles)[number], MessageKey>;
export const dateKeys = Object.fromEntries(dateFieldNames.map((d) => [d, `workspace.date.${d}`])) as Record<
  (typeof dateFieldNames)[number],
  MessageKey
>;

export interface WizardState {
  /** 1-based step, or 'check' for the check-your-answers page. */
  step: number | 'check';
  values: FormValues;
  errors: Map<string, string>;
  /** Came from the check page: "continue" goes back there. */
  returnToCheck: boolean;
}

function stepFields(page: PageContext, step: number, state: WizardState, categories: Category[]): Html {
  const { t, lang } = page;
  const common = { values: state.values, errors: state.errors };
  switch (step) {
    case 1:
      return html`${textField(page, { ...common, name: 'title.nl', label: t('workspace.field.titleNl') })}
      ${textField(page, { ...common, name: 'title.en', label: t('workspace.field.titleEn') })}
      ${selectField(page, {
        ...common,
        name: 'sector',
        label: t('workspace.field.sector'),
        choices: [
          { value: '', label: t('workspace.form.chooseOne') },
          ...sectors.map((s) => ({ value: s, label: t(sectorKeys[s]) })),
        ],
      })}`;
    case 2:
      return html`${textArea(page, {
        ...common,
        name: 'description.nl',
        label: t('workspace.field.descriptionNl'),
        hint: t('workspace.field.descriptionHint'),
      })}
      ${textArea(page, { ...common, name: 'description.en', label: t('workspace.field.descriptionEn') })}
      ${choiceGroup(page, {
        ...common,
        type: 'radio',
        name: 'ownRole',
        label: t('workspace.field.ownRole'),
        choices: partyRoles.map((r) => ({ value: r, label: t(partyRoleKeys[r]) })),
      })}`;
    case 3:
      return html`${paragraph(t('workspace.field.datesHint'))}
      ${dateFieldNames.map((name) =>
        textField(page, {
          ...common,
          name,
          label: t(dateKeys[name]),
          hint: t('workspace.field.dateFormat'),
          optional: true,
        }),
      )}`;
    case 4:
      return choiceGroup(page, {
        ...common,
        type: 'checkbox',
        name: 'dataCategories',
        label: t('workspace.field.dataCategories'),
        hint: t('workspace.field.dataCategoriesHint'),
        optional: true,
        choices: categories.map((c) => ({ value: c.id, label: c.name[lang] })),
      });
    case 5:
      return html`${paragraph(t('workspace.field.peopleHint'))}
      ${textField(page, {
        ...common,
        name: 'peopleAffected.count',
        label: t('workspace.field.peopleCount'),
        inputMode: 'numeric',
        optional: true,
      })}
      ${textField(page, {
        ...common,
        name: 'peopleAffected.effectiveOn',
        label: t('workspace.field.effectiveOn'),
        hint: t('workspace.field.dateFormat'),
        optional: true,
      })}
      ${textField(page, { ...common, name: 'peopleAffected.reason.nl', label: t('workspace.field.reasonNl'), optional: true })}
      ${textField(page, { ...common, name: 'peopleAffected.reason.en', label: t('workspace.field.reasonEn'), optional: true })}`;
    default:
      return html`${paragraph(t('workspace.wizard.privacy.lead'))}
      ${paragraph(t('workspace.wizard.privacy.later'))}
      ${textField(page, {
        ...common,
        name: 'privacyContact.email',
        label: t('guide.privacyContact.email'),
        type: 'email',
        optional: true,
      })}
      ${textField(page, {
        ...common,
        name: 'privacyContact.postalAddress',
        label: t('guide.privacyContact.postalAddress'),
        hint: t('guide.privacyContact.postalAddressHint'),
        optional: true,
      })}`;
  }
}

export const stepTitles: MessageKey[] = [
  'workspace.wizard.step.title',
  'workspace.wizard.step.what',
  'workspace.wizard.step.dates',
  'workspace.wizard.step.data',
  'workspace.wizard.step.people',
  'workspace.wizard.step.privacy',
];

/** One step of the wizard (the check-your-answers page is `registerCheckPage`). */
export function registerWizardPage(
  page: PageContext,
  action: string,
  csrfToken: string,
  organisationName: string,
  categories: Category[],
  state: WizardState & { step: number },
): PageView {
  const { t } = page;
  const total = wizardSteps.length;
  const errorTitle = state.errors.size > 0 ? `${t('workspace.form.errorPrefix')} ` : '';
  const step = state.step;
  const stepFieldNames: readonly string[] = wizardSteps[step - 1]?.fields ?? [];
  const carried = allWizardFields.filter((name) => !stepFieldNames.includes(name));
  const title = t(stepTitles[step - 1] ?? 'workspace.wizard.step.title');
  return {
    status: state.errors.size > 0 ? 400 : 200,
    title: `${errorTitle}${title} – ${t('workspace.wizard.stepOf', { step, total })}`,
    body: html`${workspaceErrorSummary(page, state.errors)}
      <p class="nl-paragraph">${t('workspace.wizard.stepOf', { step, total })}</p>
      ${h1(title)} ${paragraph(t('workspace.wizard.lead', { name: organisationName }))}
      ${paragraph(t('workspace.form.requiredNote'))}
      <form method="post" action="${action}" novalidate>
        ${csrfField(csrfToken)}
        <input type="hidden" name="step" value="${step}" />
        ${state.returnToCheck && html`<input type="hidden" name="returnToCheck" value="1" />`}
        ${hiddenFields(state.values, carried)} ${stepFields(page, step, state, [...categories])}
        <div class="dlw-form-buttons">
          <button class="nl-button nl-button--primary" type="submit" name="action" value="next">
            ${t('workspace.wizard.next')}
          </button>
          ${
            step > 1 &&
            html`<button class="nl-button nl-button--secondary" type="submit" name="action" value="back">
              ${t('workspace.wizard.back')}
            </button>`
          }
        </div>
      </form>`,
  };
}
