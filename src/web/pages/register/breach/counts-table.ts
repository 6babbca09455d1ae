import type { BreachDetail } from '../../../../use-cases/get-breach.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import { countChart } from '../count-chart.ts';
import { formatCount, formatPartialDate } from '../format.ts';

/** Every revision of the number of people affected: a chart, and the same numbers as a table. */
export function countsTable(page: PageContext, breach: BreachDetail): Html {
  const { t, lang } = page;
  if (breach.countRevisions.length === 0)
    return html`<p class="nl-paragraph">${t('register.counts.none')}</p>`;
  return html`${countChart(page, breach.countRevisions)}
    <div class="utrecht-table-container utrecht-table-container--overflow-inline">
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption">
          ${t('register.counts.caption')}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">${t('register.counts.date')}</th>
            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
              ${t('register.counts.people')}
            </th>
            <th class="utrecht-table__header-cell" scope="col">${t('register.counts.reason')}</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          ${breach.countRevisions.map(
            (r) =>
              html`<tr class="utrecht-table__row">
                <td class="utrecht-table__cell">${formatPartialDate(lang, r.effectiveOn)}</td>
                <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                  ${formatCount(lang, r.peopleAffected)}
                </td>
                <td class="utrecht-table__cell">${r.reason[lang]}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
