import type { AuthorityNotification } from '../../../core/authority-notification/index.ts';
import { formatAmsterdam } from '../../../core/authority-notification/local-time.ts';
import type {
  StoredAssessment,
  StoredAuthorityNotification,
} from '../../../core/breaches/assessment-records.ts';
import type { BreachDetail } from '../../../use-cases/get-breach.ts';
import { csrfField } from '../../csrf.ts';
import { html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { assessmentSummary } from './breach-page.ts';
import { h1, h2, link, paragraph, paths } from './common.ts';
import { notificationFieldsets } from './notification-form-fields.ts';
import { workspaceErrorSummary, type FormValues } from './fields.ts';

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
                    ${n.notification.phaseLabel[lang]} – ${formatAmsterdam(n.preparedAt)}
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
      ${paragraph(link(page.href(`${base}/melding/stappen`), t('notification.steps.start')))}
      ${paragraph(t('workspace.form.requiredNote'))}
      <form method="post" action="${page.href(`${base}/melding`)}" novalidate>
        ${csrfField(csrfToken)} ${notificationFieldsets(page, common)}
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
