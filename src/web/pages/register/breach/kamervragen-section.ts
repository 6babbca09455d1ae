import type { StoredKamervragenSet } from '../../../../core/kamervragen/records.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import { questionList, setPeople } from '../kamervragen-set-view.ts';

/** The Kamervragen linked to this breach, each set with its first questions and a link to all. */
export function kamervragenSection(page: PageContext, sets: StoredKamervragenSet[]): Html {
  const { t } = page;
  if (sets.length === 0) return html`<p class="nl-paragraph">${t('register.kv.noneLinked')}</p>`;
  return html`<p class="nl-paragraph">${t('register.kv.intro')}</p>
    ${sets.map(
      (set, index) =>
        html`<article class="dlw-kv-set" aria-labelledby="kv${index + 1}-title">
          <h3 class="nl-heading nl-heading--level-3" id="kv${index + 1}-title">${set.title}</h3>
          ${setPeople(page, set)}
          <p class="nl-paragraph">
            <a class="nl-link" href="${page.href(`/kamervragen/${set.id}`)}">${t('register.kv.openSet')}</a>
          </p>
          ${questionList(page, set, `kv${index + 1}`, 4)}
        </article>`,
    )}`;
}
