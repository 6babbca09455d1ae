import { csrfField } from '../../csrf.ts';
import { html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import type { WorkspaceSession } from '../../routes/workspace/session.ts';

/** Every workspace page: a small bar with the dashboard link, who is signed in and sign out. */
export function workspaceShell(
  page: PageContext,
  session: WorkspaceSession,
  csrfToken: string,
  view: PageView,
): PageView {
  const { t } = page;
  return {
    ...view,
    body: html`<nav class="dlw-workspace-bar" aria-label="${t('workspace.nav.label')}">
        <ul class="utrecht-unordered-list dlw-workspace-bar__list">
          <li class="utrecht-unordered-list__item">
            <a class="nl-link" href="${page.href('/werkruimte')}">${t('workspace.nav.dashboard')}</a>
          </li>
          <li class="utrecht-unordered-list__item">
            <a class="nl-link" href="${page.href('/werkruimte/hulplijn')}">${t('workspace.nav.helpline')}</a>
          </li>
          ${
            session.user.platformAdmin &&
            html`<li class="utrecht-unordered-list__item">
              <a class="nl-link" href="${page.href('/werkruimte/beheer/organisaties')}"
                >${t('workspace.nav.admin')}</a
              >
            </li>`
          }
          <li class="utrecht-unordered-list__item">
            ${t('workspace.nav.signedInAs', { name: session.user.displayName })}
          </li>
          <li class="utrecht-unordered-list__item">
            <form method="post" action="${page.href('/werkruimte/uitloggen')}">
              ${csrfField(csrfToken)}
              <button class="nl-button nl-button--secondary" type="submit">
                ${t('workspace.nav.signOut')}
              </button>
            </form>
          </li>
        </ul>
      </nav>
      ${view.body}`,
  };
}
