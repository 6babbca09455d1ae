import type { RecipientField } from '../../../importers/recipients-csv/index.ts';
import type { LetterReadiness } from '../../../use-cases/check-letter-readiness.ts';
import type { RecipientsCheck, RecipientsUpload } from '../../../use-cases/check-recipients-file.ts';
import { csrfField } from '../../csrf.ts';
import { uploadDeleteForm } from './upload-delete-form.ts';
import { html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext, PageView } from '../../page.ts';
import { formatNumber, h1, h2, link, paragraph, table } from '../workspace/common.ts';
import {
  choiceGroup,
  hiddenFields,
  textArea,
  workspaceErrorSummary,
  type FormValues,
} from '../workspace/fields.ts';
import { columnFields, columnFormNames } from './mapping-fields.ts';
import { letterPaths, readinessBox, stepText } from './parts.ts';

/** Step 1 of 3: choose the recipients file. The file goes to a private folder only. */
export function uploadPage(
  page: PageContext,
  csrfToken: string,
  data: {
    breachId: string;
    breachTitle: string;
    limitMb: number;
    outputDays: number;
    error?: string;
    /** Shown after an earlier upload was deleted. */
    notice?: string;
  },
): PageView {
  const { t } = page;
  const errors = new Map(data.error ? [['recipients', data.error]] : []);
  return {
    title: `${t('letters.upload.title')} – ${data.breachTitle}`,
    status: data.error ? 422 : 200,
    body: html`${workspaceErrorSummary(page, errors)} ${stepText(page, 1, 3)} ${h1(t('letters.upload.title'))}
      ${paragraph(data.breachTitle)}
      ${paragraph(link(page.href(letterPaths.overview(data.breachId)), t('letters.back')))}
      ${
        data.notice &&
        html`<div class="utrecht-alert utrecht-alert--ok" role="status">
          <div class="utrecht-alert__content">
            <p class="utrecht-alert__message nl-paragraph">${data.notice}</p>
          </div>
        </div>`
      }
      ${paragraph(t('letters.upload.intro'))}
      <div class="utrecht-alert utrecht-alert--info">
        <div class="utrecht-alert__content">
          <p class="utrecht-alert__message nl-paragraph">
            ${t('letters.upload.privacy', { days: data.outputDays })}
          </p>
        </div>
      </div>
      <form
        method="post"
        action="${page.href(letterPaths.upload(data.breachId))}"
        enctype="multipart/form-data"
        novalidate
      >
        ${csrfField(csrfToken)}
        <div
          class="utrecht-form-field utrecht-form-field--text${data.error ? ' utrecht-form-field--invalid' : ''}"
        >
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="recipients">${t('letters.upload.file')}</label>
          </div>
          <div class="utrecht-form-field__description utrecht-form-field-description" id="recipients-hint">
            ${t('letters.upload.fileHint', { mb: data.limitMb })}
          </div>
          ${
            data.error &&
            html`<div class="utrecht-form-field-error-message" id="recipients-error">
              <span class="dlw-visually-hidden">${t('workspace.form.errorPrefix')} </span>${data.error}
            </div>`
          }
          <div class="utrecht-form-field__input">
            <input
              class="utrecht-textbox utrecht-textbox--html-input"
              type="file"
              id="recipients"
              name="recipients"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              required
              aria-describedby="recipients-hint${data.error ? ' recipients-error' : ''}"
            />
          </div>
        </div>
        <button class="nl-button nl-button--primary" type="submit">${t('letters.upload.submit')}</button>
      </form>`,
  };
}

export const fieldKeys: Record<RecipientField, MessageKey> = {
  name: 'letters.mapping.field.name',
  salutation: 'letters.mapping.field.salutation',
  street: 'letters.mapping.field.street',
  houseNumber: 'letters.mapping.field.houseNumber',
  postcode: 'letters.mapping.field.postcode',
  city: 'letters.mapping.field.city',
  country: 'letters.mapping.field.country',
  email: 'letters.mapping.field.email',
  language: 'letters.mapping.field.language',
  group: 'letters.mapping.field.group',
  kinds: 'letters.mapping.field.kinds',
  code: 'letters.mapping.field.code',
};

export interface MappingPageData {
  breachId: string;
  breachTitle: string;
  upload: RecipientsUpload;
  values: FormValues;
  errors: Map<string, string>;
  check?: RecipientsCheck;
  readiness?: LetterReadiness;
}

/** The names of the mapping form's fields, to carry them to the start button. */
export const mappingFormNames = [...columnFormNames, 'groups', 'whatChanged.nl', 'whatChanged.en'];

function reportSection(page: PageContext, check: RecipientsCheck) {
  const { t } = page;
  return html`${h2(t('letters.report.title'), 'report')}
    <p class="nl-paragraph" id="report-totals">
      ${t('letters.report.totals', {
        received: formatNumber(page, check.received),
        accepted: formatNumber(page, check.accepted),
        rejected: formatNumber(page, check.rejected),
      })}
    </p>
    ${check.leftOut > 0 && paragraph(t('letters.report.leftOut', { count: formatNumber(page, check.leftOut) }))}
    ${
      check.rejections.length > 0 &&
      html`${
        check.rejected > check.rejections.length &&
        paragraph(t('letters.report.firstRows', { count: check.rejections.length }))
      }
      ${table(
        t('letters.report.caption'),
        [
          t('letters.report.row'),
          t('letters.report.line'),
          t('letters.report.field'),
          t('recipients.report.column'),
          t('letters.report.reason'),
        ],
        check.rejections.flatMap((r) =>
          r.problems.map((p) => [
            String(r.row),
            String(r.line),
            p.field === 'row' ? t('letters.report.wholeRow') : t(fieldKeys[p.field]),
            p.column ?? '',
            p.reason[page.lang],
          ]),
        ),
      )}`
    }`;
}

/**
 * Step 2 of 3: which column holds what (suggested from the headers), the format, and for a
 * follow-up the groups and what changed; then the validation report of the whole file and,
 * step 3, the button that starts making the letters.
 */
export function mappingPage(page: PageContext, csrfToken: string, data: MappingPageData): PageView {
  const { t } = page;
  const { upload } = data;
  const action = page.href(letterPaths.mapping(data.breachId, upload.uploadId));
  const followUp = upload.round > 1;
  const canStart = data.check !== undefined && data.errors.size === 0;
  return {
    title: `${t('letters.mapping.title')} – ${data.breachTitle}`,
    status: data.errors.size > 0 ? 422 : 200,
    body: html`${workspaceErrorSummary(page, data.errors)} ${stepText(page, 2, 3)}
      ${h1(t('letters.mapping.title'))} ${paragraph(data.breachTitle)}
      ${paragraph(
        followUp ? t('letters.mapping.followUp', { round: upload.round }) : t('letters.mapping.firstRound'),
      )}
      <form method="post" action="${action}" novalidate>
        ${csrfField(csrfToken)}
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" id="mapping">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            ${t('letters.mapping.columns')}
          </legend>
          ${columnFields(page, { upload, values: data.values, errors: data.errors, fieldKeys })}
        </fieldset>
        ${paragraph(`${t('letters.mapping.format')} ${t('letters.mapping.formatPdf')}`)}
        ${
          followUp &&
          html`${choiceGroup(page, {
            type: 'checkbox',
            name: 'groups',
            label: t('letters.mapping.groups'),
            hint: t('letters.mapping.groupsHint'),
            values: data.values,
            errors: data.errors,
            choices: upload.groups.map((g) => ({ value: g, label: g })),
          })}
          ${textArea(page, {
            name: 'whatChanged.nl',
            label: t('letters.mapping.whatChangedNl'),
            hint: t('letters.mapping.whatChangedHint'),
            values: data.values,
            errors: data.errors,
          })}
          ${textArea(page, {
            name: 'whatChanged.en',
            label: t('letters.mapping.whatChangedEn'),
            values: data.values,
            errors: data.errors,
          })}`
        }
        <button class="nl-button nl-button--secondary" type="submit" name="action" value="check">
          ${t('letters.mapping.check')}
        </button>
      </form>
      ${data.check && reportSection(page, data.check)} ${data.readiness && readinessBox(page, data.readiness)}
      ${
        canStart &&
        html`${stepText(page, 3, 3)} ${h2(t('letters.start.title'))} ${paragraph(t('letters.start.intro'))}
          <form method="post" action="${action}">
            ${csrfField(csrfToken)} ${hiddenFields(data.values, mappingFormNames)}
            <button class="nl-button nl-button--primary" type="submit" name="action" value="start">
              ${t('letters.start.submit')}
            </button>
          </form>`
      }
      ${uploadDeleteForm(page, csrfToken, action)}`,
  };
}
