import type { AuthorityNotification } from '../../../core/authority-notification/index.ts';
import type { BreachDetail } from '../../../use-cases/get-breach.ts';
import { csrfField } from '../../csrf.ts';
import { html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { assessmentSummary } from './breach-page.ts';
import { h1, h2, link, paragraph, paths } from './common.ts';
import { apFormFieldsets } from './notification-form-fields.ts';
import {
  choiceGroup,
  selectField,
  textArea,
  textField,
  workspaceErrorSummary,
  type FormValues,
} from './fields.ts';
import type {
  StoredAssessment,
  StoredAuthorityNotification,
} from '../../../core/breaches/assessment-records.ts';

export interface NotificationFormState {
  values: FormValues;
  errors: Map<string, string>;
  /** The phase as it would be recorded now, with its completeness list. */
  preview: AuthorityNotification | undefined;
}

/**
 * Preparing the next phase of the notification to the authority: the latest assessment, the
 * phases recorded so far, what is still missing, and the details only the organisation knows.
 */
export function notificationPage(
  page: PageContext,
  breach: BreachDetail,
  assessment: StoredAssessment | undefined,
  recorded: StoredAuthorityNotification[],
  csrfToken: string,
  state: NotificationFormState,
): PageView {
  const { t, lang } = page;
  const common = { values: state.values, errors: state.errors };
  const optional = { ...common, optional: true };
  const title = t('workspace.notification.title');
  const base = paths.breach(breach.id);
  if (!assessment)
    return {
      title,
      body: html`${h1(title)} ${paragraph(t('workspace.notification.needsAssessment'))}
      ${paragraph(link(page.href(`${base}/beoordeling`), t('workspace.breach.action.assess')))}`,
    };
  const preview = state.preview;
  return {
    status: state.errors.size > 0 ? 400 : 200,
    title: state.errors.size > 0 ? `${t('workspace.form.errorPrefix')} ${title}` : title,
    body: html`${workspaceErrorSummary(page, state.errors)} ${h1(title)} ${paragraph(breach.title[lang])}
      ${paragraph(t('workspace.notification.lead'))} ${h2(t('workspace.breach.assessmentHeading'))}
      ${assessmentSummary(page, assessment)} ${h2(t('workspace.notification.recordedHeading'))}
      ${
        recorded.length === 0
          ? paragraph(t('workspace.breach.noNotifications'))
          : html`<ol class="utrecht-ordered-list">
              ${recorded.map(
                (n) =>
                  html`<li class="utrecht-ordered-list__item">
                    ${n.notification.phaseLabel[lang]} – ${n.preparedAt.slice(0, 16).replace('T', ' ')} UTC
                    (${link(page.href(`${base}/melding/${n.id}/pdf`), t('workspace.notification.pdf'))},
                    ${link(page.href(`${base}/melding/${n.id}/json`), t('workspace.notification.json'))})
                  </li>`,
              )}
            </ol>`
      }
      ${
        preview &&
        html`<section aria-labelledby="completeness">
          ${h2(t('workspace.notification.nextPhase', { phase: preview.phaseLabel[lang] }), 'completeness')}
          ${paragraph(preview.completeness.statement[lang])}
          ${
            preview.completeness.missing.length + preview.completeness.formMissing.length > 0 &&
            html`<ul class="utrecht-unordered-list">
              ${preview.completeness.missing.map((m) => html`<li class="utrecht-unordered-list__item">${m.label[lang]}</li>`)}
              ${preview.completeness.formMissing.map((m) => html`<li class="utrecht-unordered-list__item">${m.label[lang]}</li>`)}
            </ul>`
          }
        </section>`
      }
      ${paragraph(t('workspace.form.requiredNote'))}
      <form method="post" action="${page.href(`${base}/melding`)}" novalidate>
        ${csrfField(csrfToken)}
        ${choiceGroup(page, {
          ...common,
          type: 'radio',
          name: 'contact.role',
          label: t('workspace.notification.contactRole'),
          choices: [
            { value: 'dpo', label: t('workspace.notification.contactRole.dpo') },
            { value: 'other', label: t('workspace.notification.contactRole.other') },
          ],
        })}
        ${textField(page, { ...optional, name: 'contact.name', label: t('workspace.notification.contactName') })}
        ${textField(page, { ...optional, name: 'contact.email', label: t('workspace.notification.contactEmail'), type: 'email' })}
        ${textField(page, { ...optional, name: 'contact.phone', label: t('workspace.notification.contactPhone'), type: 'tel' })}
        ${textField(page, {
          ...optional,
          name: 'authorityReference',
          label: t('workspace.notification.authorityReference'),
          hint: t('workspace.notification.authorityReferenceHint'),
        })}
        ${textArea(page, { ...optional, name: 'likelyConsequences', label: t('workspace.notification.consequences'), hint: t('workspace.notification.onePerLine') })}
        ${textArea(page, { ...optional, name: 'measures.taken', label: t('workspace.notification.measuresTaken'), hint: t('workspace.notification.onePerLine') })}
        ${textArea(page, { ...optional, name: 'measures.proposed', label: t('workspace.notification.measuresProposed'), hint: t('workspace.notification.onePerLine') })}
        ${textArea(page, { ...optional, name: 'measures.mitigation', label: t('workspace.notification.measuresMitigation'), hint: t('workspace.notification.onePerLine') })}
        ${textArea(page, { ...optional, name: 'delayReasons', label: t('workspace.notification.delayReasons') })}
        ${apFormFieldsets(page, common)}
        ${selectField(page, {
          ...common,
          name: 'lang',
          label: t('workspace.notification.lang'),
          choices: [
            { value: 'nl', label: 'Nederlands' },
            { value: 'en', label: 'English' },
          ],
        })}
        ${choiceGroup(page, {
          ...optional,
          type: 'checkbox',
          name: 'addPublicUpdate',
          label: t('workspace.notification.publicLegend'),
          choices: [{ value: 'yes', label: t('workspace.notification.addPublicUpdate') }],
        })}
        <div class="dlw-form-buttons">
          <button class="nl-button nl-button--secondary" type="submit" name="action" value="preview">
            ${t('workspace.notification.preview')}
          </button>
          <button class="nl-button nl-button--primary" type="submit" name="action" value="record">
            ${t('workspace.notification.record')}
          </button>
          ${link(page.href(base), t('workspace.form.cancel'))}
        </div>
      </form>`,
  };
}
