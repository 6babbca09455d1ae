import { certainties } from '../../../core/breaches/vocabulary.ts';
import { languages, type Lang } from '../../../core/i18n/lang.ts';
import type { Category } from '../../../core/knowledge/index.ts';
import { knownPlaceholders, type FieldFindings } from '../../../core/letters/index.ts';
import type { VariantReadiness, LetterReadiness } from '../../../use-cases/check-letter-readiness.ts';
import { csrfField } from '../../csrf.ts';
import { html, type Html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { h1, h2, link, notice, paragraph } from '../workspace/common.ts';
import { certaintyKeys } from '../workspace/breach-page.ts';
import {
  choiceGroup,
  textArea,
  textField,
  workspaceErrorSummary,
  type FormValues,
} from '../workspace/fields.ts';
import {
  assessmentAdvice,
  findingsBlock,
  letterPaths,
  textFieldId,
  textFieldKeys,
  textFields,
  variantMissingItems,
} from './parts.ts';

export interface VariantFormData {
  breachId: string;
  breachTitle: string;
  /** Absent for a new variant. */
  variantId?: string;
  values: FormValues;
  errors: Map<string, string>;
  categories: Category[];
  readiness: LetterReadiness;
  /** This variant's completeness and plain-language findings, once saved. */
  current?: VariantReadiness;
  /** Plain-language findings on texts that were sent but not saved (a form with errors). */
  findings?: FieldFindings[];
  saved?: boolean;
}

const langName: Record<Lang, 'letters.lang.nl' | 'letters.lang.en'> = {
  nl: 'letters.lang.nl',
  en: 'letters.lang.en',
};

/** The placeholders the texts may use, as a hint. */
function placeholderHint(page: PageContext): string {
  const list = Object.entries(knownPlaceholders)
    .map(([name, meaning]) => `{${name}} (${meaning[page.lang]})`)
    .join(', ');
  return page.t('letters.variant.placeholders', { list });
}

function textsFieldset(page: PageContext, data: VariantFormData, lang: Lang): Html {
  const { t } = page;
  const findingsFor = (field: string) =>
    (data.findings ?? data.current?.findings)?.find((f) => f.lang === lang && f.field === field);
  return html`<fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" id="texts-${lang}">
    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
      ${t('letters.variant.textsIn', { language: t(langName[lang]) })}
    </legend>
    ${lang === 'en' && paragraph(t('letters.variant.englishOptional'))}
    ${textFields.map((field) => {
      const name = `texts.${lang}.${field}`;
      const common = {
        name,
        label: t(textFieldKeys[field]),
        values: data.values,
        errors: data.errors,
        optional: true,
      };
      const hint =
        field === 'consequences' && data.readiness.assessment.consequences.length > 0
          ? t('letters.variant.consequencesHint')
          : undefined;
      const control =
        field === 'subject'
          ? textField(page, { ...common, hint })
          : textArea(page, { ...common, hint, rows: field === 'moreInformation' ? 3 : 5 });
      return html`${control}${findingsBlock(page, textFieldId(lang, field), findingsFor(field))}`;
    })}
  </fieldset>`;
}

/**
 * A letter variant for one recipient group: the group's name as in the recipients file, its
 * certainty, the kinds of data, and the organisation's texts in Dutch (and English). After a
 * save the page lists what still blocks sending and shows plain-language advice under each field.
 */
export function variantFormPage(page: PageContext, csrfToken: string, data: VariantFormData): PageView {
  const { t } = page;
  const action = data.variantId
    ? letterPaths.variant(data.breachId, data.variantId)
    : letterPaths.newVariant(data.breachId);
  const missing =
    data.current && !data.current.report.ready ? variantMissingItems(page, data.breachId, data.current) : [];
  const title = data.variantId ? t('letters.variant.editTitle') : t('letters.variant.newTitle');
  return {
    title: `${title} – ${data.breachTitle}`,
    status: data.errors.size > 0 ? 422 : 200,
    body: html`${notice(data.saved ? t('letters.variant.saved') : undefined)}
      ${workspaceErrorSummary(page, data.errors)} ${h1(title)} ${paragraph(data.breachTitle)}
      ${paragraph(link(page.href(letterPaths.overview(data.breachId)), t('letters.back')))}
      ${
        data.current &&
        (data.current.report.ready
          ? html`<div class="utrecht-alert utrecht-alert--ok" id="variant-status">
              <div class="utrecht-alert__content">
                <p class="utrecht-alert__message nl-paragraph">${t('letters.variant.complete')}</p>
              </div>
            </div>`
          : html`<div class="utrecht-alert utrecht-alert--error" id="variant-status">
              <div class="utrecht-alert__content">
                ${h2(t('letters.variant.incomplete'))}
                <ul class="utrecht-unordered-list">
                  ${missing}
                </ul>
              </div>
            </div>`)
      }
      ${assessmentAdvice(page, data.readiness)} ${paragraph(t('workspace.form.requiredNote'))}
      <form method="post" action="${page.href(action)}" novalidate>
        ${csrfField(csrfToken)}
        ${textField(page, {
          name: 'group',
          label: t('letters.variant.group'),
          hint:
            data.readiness.breach.recipientGroups.length > 0
              ? t('letters.variant.groupOfBreach', {
                  list: data.readiness.breach.recipientGroups.map((g) => g.name[page.lang]).join(', '),
                })
              : t('letters.variant.groupHint'),
          values: data.values,
          errors: data.errors,
        })}
        ${choiceGroup(page, {
          type: 'radio',
          name: 'certainty',
          label: t('letters.variant.certainty'),
          values: data.values,
          errors: data.errors,
          choices: certainties.map((c) => ({
            value: c,
            label: t(certaintyKeys[c] ?? 'workspace.certainty.confirmed'),
          })),
        })}
        ${choiceGroup(page, {
          type: 'checkbox',
          name: 'categories',
          label: t('letters.variant.categories'),
          hint: t('letters.variant.categoriesHint'),
          values: data.values,
          errors: data.errors,
          optional: true,
          choices: data.categories.map((c) => ({ value: c.id, label: c.name[page.lang] })),
        })}
        ${paragraph(placeholderHint(page))} ${languages.map((lang) => textsFieldset(page, data, lang))}
        <button class="nl-button nl-button--primary" type="submit">${t('letters.variant.save')}</button>
      </form>`,
  };
}
