import type { Category } from '../../../core/knowledge/index.ts';
import type { partyRoles, sectors } from '../../../core/breaches/vocabulary.ts';
import { csrfField } from '../../csrf.ts';
import { html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { facts, h1, paragraph } from './common.ts';
import { hiddenFields, valueOf, valuesOf } from './fields.ts';
import {
  allWizardFields,
  dateFieldNames,
  dateKeys,
  partyRoleKeys,
  sectorKeys,
  stepTitles,
  wizardSteps,
  type WizardState,
} from './register-wizard.ts';

/** The answers of each step, as label and value (null when not filled in), by step number. */
function answerRows(page: PageContext, categories: Category[], state: WizardState) {
  const { t, lang } = page;
  const show = (name: string) => valueOf(state.values, name) || null;
  const categoryNames = valuesOf(state.values, 'dataCategories').map(
    (id) => categories.find((c) => c.id === id)?.name[lang] ?? id,
  );
  const sector = valueOf(state.values, 'sector') as (typeof sectors)[number];
  const role = valueOf(state.values, 'ownRole') as (typeof partyRoles)[number];
  const rows: [number, [string, string | null][]][] = [
    [
      1,
      [
        [t('workspace.field.titleNl'), show('title.nl')],
        [t('workspace.field.titleEn'), show('title.en')],
        [t('workspace.field.sector'), sectorKeys[sector] ? t(sectorKeys[sector]) : null],
      ],
    ],
    [
      2,
      [
        [t('workspace.field.descriptionNl'), show('description.nl')],
        [t('workspace.field.descriptionEn'), show('description.en')],
        [t('workspace.field.ownRole'), partyRoleKeys[role] ? t(partyRoleKeys[role]) : null],
      ],
    ],
    [3, dateFieldNames.map((name) => [t(dateKeys[name]), show(name)])],
    [4, [[t('workspace.field.dataCategories'), categoryNames.join(', ') || null]]],
    [
      5,
      [
        [t('workspace.field.peopleCount'), show('peopleAffected.count')],
        [t('workspace.field.effectiveOn'), show('peopleAffected.effectiveOn')],
        [t('workspace.field.reasonNl'), show('peopleAffected.reason.nl')],
        [t('workspace.field.reasonEn'), show('peopleAffected.reason.en')],
      ],
    ],
    [
      6,
      [
        [t('guide.privacyContact.email'), show('privacyContact.email')],
        [t('guide.privacyContact.postalAddress'), show('privacyContact.postalAddress')],
      ],
    ],
  ];
  return rows;
}

/**
 * The check-your-answers page of registering a breach: every answer per step with a "change"
 * button, all answers in hidden fields, and "save". A missing address for privacy requests is
 * pointed out, because victims' letters then carry no address.
 */
export function registerCheckPage(
  page: PageContext,
  action: string,
  csrfToken: string,
  organisationName: string,
  categories: Category[],
  state: WizardState,
): PageView {
  const { t } = page;
  const noPrivacyContact =
    valueOf(state.values, 'privacyContact.email').trim() === '' &&
    valueOf(state.values, 'privacyContact.postalAddress').trim() === '';
  const stepTitle = (step: number) => t(stepTitles[step - 1] ?? 'workspace.wizard.step.title');
  return {
    title: t('workspace.wizard.checkTitle'),
    body: html`${h1(t('workspace.wizard.checkTitle'))}
      ${paragraph(t('workspace.wizard.checkLead', { name: organisationName }))}
      <form method="post" action="${action}" novalidate>
        ${csrfField(csrfToken)}
        <input type="hidden" name="step" value="check" />
        ${hiddenFields(state.values, allWizardFields)}
        ${answerRows(page, categories, state).map(
          ([step, list]) =>
            html`<h2 class="nl-heading nl-heading--level-2">${stepTitle(step)}</h2>
              ${facts(page, list)}
              ${wizardSteps[step - 1]?.key === 'privacy' && noPrivacyContact && paragraph(t('workspace.wizard.privacy.missing'))}
              <p class="nl-paragraph">
                <button
                  class="nl-button nl-button--secondary"
                  type="submit"
                  name="action"
                  value="goto-${step}"
                >
                  ${t('workspace.wizard.change')}<span class="dlw-visually-hidden">: ${stepTitle(step)}</span>
                </button>
              </p>`,
        )}
        ${paragraph(t('workspace.wizard.saveNote'))}
        <button class="nl-button nl-button--primary" type="submit" name="action" value="save">
          ${t('workspace.wizard.save')}
        </button>
      </form>`,
  };
}
