import { csrfField } from '../../csrf.ts';
import { html, type Html } from '../../html.ts';
import type { PageContext } from '../../page.ts';

/**
 * "Delete this file now": an uploaded recipients file holds names and addresses, so the editor
 * can remove it at once instead of waiting for LETTERS_UPLOAD_HOURS.
 */
export function uploadDeleteForm(page: PageContext, csrfToken: string, mappingAction: string): Html {
  return html`<h2 class="nl-heading nl-heading--level-2">${page.t('security.uploadDelete.title')}</h2>
    <p class="nl-paragraph">${page.t('security.uploadDelete.intro')}</p>
    <form method="post" action="${mappingAction}/verwijderen">
      ${csrfField(csrfToken)}
      <button class="nl-button nl-button--secondary" type="submit">
        ${page.t('security.uploadDelete.submit')}
      </button>
    </form>`;
}
