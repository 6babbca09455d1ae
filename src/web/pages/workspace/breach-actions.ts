import type { BreachDetail } from '../../../use-cases/get-breach.ts';
import { csrfField } from '../../csrf.ts';
import { choiceField } from '../form-parts.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext, PageView } from '../../page.ts';
import { formatNumber, h1, link, paragraph, paths, table } from './common.ts';
import { textArea, textField, workspaceErrorSummary, type FormValues } from './fields.ts';

export interface ActionFormState {
  values: FormValues;
  errors: Map<string, string>;
}

/** An action form page: 400 with the errors summed up above the heading, else 200. */
function actionPage(page: PageContext, state: ActionFormState, title: string, content: Html): PageView {
  const failed = state.errors.size > 0;
  return {
    status: failed ? 400 : 200,
    title: failed ? `${page.t('workspace.form.errorPrefix')} ${title}` : title,
    body: html`${workspaceErrorSummary(page, state.errors)} ${h1(title)} ${content}`,
  };
}

function formShell(
  page: PageContext,
  breach: BreachDetail,
  action: string,
  csrfToken: string,
  fields: Html,
  submit: string,
): Html {
  return html`<form method="post" action="${page.href(`${paths.breach(breach.id)}/${action}`)}" novalidate>
    ${csrfField(csrfToken)}
    <input type="hidden" name="expectedVersion" value="${breach.version}" />
    ${fields}
    <div class="dlw-form-buttons">
      <button class="nl-button nl-button--primary" type="submit">${submit}</button>
      ${link(page.href(paths.breach(breach.id)), page.t('workspace.form.cancel'))}
    </div>
  </form>`;
}

/** Add a dated public update to the breach's timeline. */
export function updateFormPage(
  page: PageContext,
  breach: BreachDetail,
  csrfToken: string,
  state: ActionFormState,
): PageView {
  const { t, lang } = page;
  const common = { values: state.values, errors: state.errors };
  const title = t('workspace.update.title');
  return actionPage(
    page,
    state,
    title,
    html`${paragraph(t('workspace.update.lead', { title: breach.title[lang] }))}
    ${paragraph(t('workspace.form.requiredNote'))}
    ${formShell(
      page,
      breach,
      'update',
      csrfToken,
      html`${textField(page, { ...common, name: 'publishedOn', label: t('workspace.update.date'), hint: t('workspace.field.dateFormat') })}
      ${textArea(page, { ...common, name: 'text.nl', label: t('workspace.update.textNl') })}
      ${textArea(page, { ...common, name: 'text.en', label: t('workspace.update.textEn') })}`,
      t('workspace.update.submit'),
    )}`,
  );
}

/** Record a new number of people affected, with its date and reason; the history is shown. */
export function countFormPage(
  page: PageContext,
  breach: BreachDetail,
  csrfToken: string,
  state: ActionFormState,
): PageView {
  const { t, lang } = page;
  const common = { values: state.values, errors: state.errors };
  const title = t('workspace.count.title');
  return actionPage(
    page,
    state,
    title,
    html`${paragraph(
      breach.peopleAffected === null
        ? t('workspace.count.currentNone')
        : t('workspace.count.current', { count: formatNumber(page, breach.peopleAffected) }),
    )}
    ${
      breach.countRevisions.length > 0 &&
      table(
        t('workspace.breach.countHistoryHeading'),
        [t('workspace.count.date'), t('workspace.count.people'), t('workspace.count.reason')],
        breach.countRevisions.map((r) => [
          r.effectiveOn,
          formatNumber(page, r.peopleAffected),
          r.reason[lang],
        ]),
      )
    }
    ${paragraph(t('workspace.form.requiredNote'))}
    ${formShell(
      page,
      breach,
      'aantal',
      csrfToken,
      html`${textField(page, { ...common, name: 'count', label: t('workspace.field.peopleCount'), inputMode: 'numeric' })}
      ${textField(page, { ...common, name: 'effectiveOn', label: t('workspace.field.effectiveOn'), hint: t('workspace.field.dateFormat') })}
      ${textField(page, { ...common, name: 'reason.nl', label: t('workspace.field.reasonNl') })}
      ${textField(page, { ...common, name: 'reason.en', label: t('workspace.field.reasonEn') })}`,
      t('workspace.count.submit'),
    )}`,
  );
}

/** Publishing, closing (published, handling finished) or taking back to draft. */
export type PublicationMode = 'publish' | 'close' | 'unpublish';

/** The Dutch path segment of each publication page. */
export const publicationPaths: Record<PublicationMode, string> = {
  publish: 'publiceren',
  close: 'afsluiten',
  unpublish: 'terugtrekken',
};

const publicationTexts: Record<PublicationMode, { title: MessageKey; lead: MessageKey; submit: MessageKey }> =
  {
    publish: {
      title: 'workspace.publish.title',
      lead: 'workspace.publish.lead',
      submit: 'workspace.publish.submit',
    },
    close: { title: 'workspace.close.title', lead: 'workspace.close.lead', submit: 'workspace.close.submit' },
    unpublish: {
      title: 'workspace.unpublish.title',
      lead: 'workspace.unpublish.lead',
      submit: 'workspace.unpublish.submit',
    },
  };

/** Confirm publishing or taking back a breach; gaps that block publishing are listed. */
export function publishConfirmPage(
  page: PageContext,
  breach: BreachDetail,
  csrfToken: string,
  mode: PublicationMode,
  errors: Map<string, string>,
  /** The breach comes from an HIBP record marked sensitive: publishing needs a confirmation. */
  sensitive = false,
): PageView {
  const { t, lang } = page;
  const texts = publicationTexts[mode];
  const title = t(texts.title);
  const askSensitive = sensitive && mode !== 'unpublish';
  const sensitiveError = errors.get('confirmSensitive');
  return {
    status: errors.size > 0 ? 400 : 200,
    title: errors.size > 0 ? `${t('workspace.form.errorPrefix')} ${title}` : title,
    body: html`${workspaceErrorSummary(
      page,
      errors,
      sensitiveError === undefined ? page.href(`${paths.breach(breach.id)}/bewerken`) : undefined,
    )}
    ${h1(title)} ${paragraph(breach.title[lang])} ${paragraph(t(texts.lead))}
    ${formShell(
      page,
      breach,
      publicationPaths[mode],
      csrfToken,
      html`<input type="hidden" name="confirm" value="yes" /> ${
          askSensitive &&
          html`${sensitiveError !== undefined && html`<p class="utrecht-form-field-error-message">${sensitiveError}</p>`}
          ${choiceField('checkbox', 'confirmSensitive', {
            id: 'confirmSensitive',
            value: 'yes',
            label: t('hibp.sensitive.confirm'),
            hint: t('hibp.sensitive.why'),
            checked: false,
          })}`
        }`,
      t(texts.submit),
    )}`,
  };
}
