import type { AuthorityNotification } from '../../../core/authority-notification/index.ts';
import type { BreachDetail } from '../../../use-cases/get-breach.ts';
import { csrfField } from '../../csrf.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext, PageView } from '../../page.ts';
import { facts, h1, h2, link, paragraph, paths } from './common.ts';
import { hiddenFields, valuesOf, workspaceErrorSummary, type FormValues } from './fields.ts';
import { notificationFieldNames, notificationGroups } from './notification-form-fields.ts';

/** Message key prefixes of the fields whose stored value is a code, for the check page. */
const codeLabels: Record<string, string> = {
  'contact.role': 'workspace.notification.contactRole',
  'form.law': 'notification.law',
  'form.informingPeople.status': 'notification.inform.status',
  'form.informingPeople.means': 'notification.inform.means',
};

/** An answer as the check page shows it: codes and yes / no in words, several answers joined. */
function shown(page: PageContext, values: FormValues, name: string): string | null {
  const { t } = page;
  const answers = valuesOf(values, name).filter((v) => v.trim() !== '');
  if (answers.length === 0) return null;
  const word = (v: string) => {
    if (name === 'lang') return v === 'en' ? 'English' : 'Nederlands';
    if (v === 'yes') return t('workspace.form.yes');
    if (v === 'no') return t('workspace.form.no');
    const prefix = codeLabels[name];
    return prefix ? t(`${prefix}.${v}` as MessageKey) : v;
  };
  return answers.map(word).join(', ');
}

function stepTitle(page: PageContext, step: number): string {
  const group = notificationGroups[step];
  return page.t('notification.steps.title', {
    step: step + 1,
    total: notificationGroups.length,
    heading: group ? page.t(group.heading) : '',
  });
}

const button = (kind: 'primary' | 'secondary', name: string, value: string, text: string | Html) =>
  html`<button class="nl-button nl-button--${kind}" type="submit" name="${name}" value="${value}">
    ${text}
  </button>`;

/**
 * The notification's questions one group per screen, as the AP form groups them. The other
 * answers travel along in hidden fields; nothing is recorded before the check page.
 */
export function notificationStepPage(
  page: PageContext,
  breach: BreachDetail,
  csrfToken: string,
  state: { step: number; values: FormValues; errors: Map<string, string> },
): PageView {
  const { t } = page;
  const step = Math.min(Math.max(state.step, 0), notificationGroups.length - 1);
  const group = notificationGroups[step] ?? notificationGroups[0];
  if (!group) throw new Error('no notification groups');
  const own = new Set(group.fields.map((f) => f.name));
  const title = stepTitle(page, step);
  const base = `${paths.breach(breach.id)}/melding`;
  const failed = state.errors.size > 0;
  return {
    status: failed ? 400 : 200,
    title: failed ? `${t('workspace.form.errorPrefix')} ${title}` : title,
    body: html`${workspaceErrorSummary(page, state.errors)} ${h1(title)} ${paragraph(breach.title[page.lang])}
      <form method="post" action="${page.href(`${base}/stappen`)}" novalidate>
        ${csrfField(csrfToken)}
        <input type="hidden" name="stap" value="${String(step)}" />
        ${hiddenFields(
          state.values,
          notificationFieldNames.filter((name) => !own.has(name)),
        )}
        ${group.render(page, { values: state.values, errors: state.errors })}
        <div class="dlw-form-buttons">
          ${step > 0 && button('secondary', 'richting', 'terug', t('notification.steps.back'))}
          ${button('primary', 'richting', 'verder', t('notification.steps.next'))}
          ${link(page.href(base), t('notification.steps.allOnOnePage'))}
        </div>
      </form>`,
  };
}

/**
 * The check page: every answer per group with a "change" button, what the AP would still miss,
 * and recording the phase (posted to the notification's own form handler).
 */
export function notificationCheckPage(
  page: PageContext,
  breach: BreachDetail,
  csrfToken: string,
  state: { values: FormValues; preview: AuthorityNotification },
): PageView {
  const { t, lang } = page;
  const base = `${paths.breach(breach.id)}/melding`;
  const title = t('notification.steps.checkTitle');
  const missing = [...state.preview.completeness.missing, ...state.preview.completeness.formMissing];
  return {
    title,
    body: html`${h1(title)} ${paragraph(breach.title[lang])}
      ${h2(t('workspace.notification.nextPhase', { phase: state.preview.phaseLabel[lang] }))}
      ${paragraph(state.preview.completeness.statement[lang])}
      ${
        missing.length > 0 &&
        html`<ul class="utrecht-unordered-list">
          ${missing.map((m) => html`<li class="utrecht-unordered-list__item">${m.label[lang]}</li>`)}
        </ul>`
      }
      <form method="post" action="${page.href(`${base}/stappen`)}" novalidate>
        ${csrfField(csrfToken)}
        <input type="hidden" name="stap" value="overzicht" />
        ${hiddenFields(state.values, notificationFieldNames)}
        ${notificationGroups.map(
          (group, index) =>
            html`${h2(t(group.heading))}
              ${facts(
                page,
                group.fields.map((f) => [t(f.label), shown(page, state.values, f.name)]),
              )}
              <p class="nl-paragraph">
                ${button(
                  'secondary',
                  'richting',
                  `naar-${index}`,
                  html`${t('workspace.wizard.change')}<span class="dlw-visually-hidden"
                      >: ${t(group.heading)}</span
                    >`,
                )}
              </p>`,
        )}
        ${paragraph(t('notification.steps.recordNote'))}
        <div class="dlw-form-buttons">
          <button
            class="nl-button nl-button--primary"
            type="submit"
            name="action"
            value="record"
            formaction="${page.href(base)}"
          >
            ${t('workspace.notification.record')}
          </button>
        </div>
      </form>`,
  };
}
