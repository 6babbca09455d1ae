import type { BreachDetail } from '../../../../use-cases/get-breach.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import { formatCount } from '../format.ts';

/** Which groups of people are affected, how sure that is and how many. */
export function recipientsTable(page: PageContext, breach: BreachDetail): Html {
  const { t, lang } = page;
  if (breach.recipientGroups.length === 0)
    return html`<p class="nl-paragraph">${t('register.groups.none')}</p>`;
  return html`<div class="utrecht-table-container utrecht-table-container--overflow-inline">
    <table class="utrecht-table utrecht-table--html-table">
      <caption class="utrecht-table__caption">
        ${t('register.groups.caption')}
      </caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          <th class="utrecht-table__header-cell" scope="col">${t('register.groups.group')}</th>
          <th class="utrecht-table__header-cell" scope="col">${t('register.groups.certainty')}</th>
          <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
            ${t('register.groups.count')}
          </th>
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        ${breach.recipientGroups.map(
          (g) =>
            html`<tr class="utrecht-table__row">
              <td class="utrecht-table__cell">${g.name[lang]}</td>
              <td class="utrecht-table__cell">${t(`register.certainty.${g.certainty}`)}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                ${g.count === null ? t('register.unknown') : formatCount(lang, g.count)}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
