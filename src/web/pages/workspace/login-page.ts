import { csrfField } from '../../csrf.ts';
import { html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { textField, workspaceErrorSummary, type FormValues } from './fields.ts';

export interface LoginState {
  values: FormValues;
  errors: Map<string, string>;
  /** A message about the whole form (wrong password, throttled, signed out). */
  notice?: { kind: 'error' | 'info'; text: string } | undefined;
  status?: number;
}

/** The sign-in form: e-mail and password, with the CSRF token of an anonymous visitor. */
export function loginPage(
  page: PageContext,
  csrfToken: string,
  returnTo: string | undefined,
  state: LoginState,
): PageView {
  const { t } = page;
  const action = `${page.href('/werkruimte/inloggen')}${returnTo ? `?terug=${encodeURIComponent(returnTo)}` : ''}`;
  const hasErrors = state.errors.size > 0 || state.notice?.kind === 'error';
  return {
    status: state.status ?? (hasErrors ? 400 : 200),
    title: hasErrors
      ? `${t('workspace.form.errorPrefix')} ${t('workspace.login.title')}`
      : t('workspace.login.title'),
    body: html`${workspaceErrorSummary(page, state.errors)}
      ${
        state.notice &&
        html`<div
          class="utrecht-alert utrecht-alert--${state.notice.kind === 'error' ? 'error' : 'info'}"
          role="${state.notice.kind === 'error' ? 'alert' : 'status'}"
        >
          <div class="utrecht-alert__content">
            <p class="utrecht-alert__message nl-paragraph">${state.notice.text}</p>
          </div>
        </div>`
      }
      <h1 class="nl-heading nl-heading--level-1">${t('workspace.login.title')}</h1>
      <p class="nl-paragraph">${t('workspace.login.lead')}</p>
      <form method="post" action="${action}" novalidate>
        ${csrfField(csrfToken)}
        ${textField(page, {
          name: 'email',
          label: t('workspace.login.email'),
          type: 'email',
          autocomplete: 'username',
          values: state.values,
          errors: state.errors,
        })}
        ${textField(page, {
          name: 'password',
          label: t('workspace.login.password'),
          type: 'password',
          autocomplete: 'current-password',
          values: state.values,
          errors: state.errors,
        })}
        <button class="nl-button nl-button--primary" type="submit">${t('workspace.login.submit')}</button>
      </form>`,
  };
}
