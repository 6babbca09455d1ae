import type { BreachDetail } from '../../../use-cases/get-breach.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext } from '../../page.ts';

/**
 * Where the register's comparison comes from: the Autoriteit Persoonsgegevens studied the
 * largest breaches of 2023 and found that warning people took more than three weeks on average.
 */
export const apFindingSource = {
  title: 'Security.NL, 2024: AP-onderzoek naar de meldingen van de grootste datalekken van 2023',
  url: 'https://www.security.nl/posting/856804',
} as const;

function figure(page: PageContext, days: number | null): string {
  if (days === null) return page.t('register.speed.unknown');
  return page.t('register.speed.days', { days });
}

/** How fast people were told, next to the AP's finding, with its source. */
export function speedSection(page: PageContext, breach: BreachDetail): Html {
  const { t } = page;
  const rows: { label: MessageKey; days: number | null }[] = [
    { label: 'register.speed.toAuthority', days: breach.speed.daysDiscoveryToAuthority },
    { label: 'register.speed.toVictims', days: breach.speed.daysDiscoveryToVictims },
  ];
  if (breach.parties.some((p) => p.role === 'processor'))
    rows.unshift({ label: 'register.speed.toController', days: breach.speed.daysDiscoveryToController });
  return html`<dl class="dlw-facts dlw-speed">
      ${rows.map(
        (row) =>
          html`<dt>${t(row.label)}</dt>
            <dd>${figure(page, row.days)}</dd>`,
      )}
    </dl>
    <p class="nl-paragraph">${t('register.speed.unknownHint')}</p>
    <p class="nl-paragraph">
      ${t('register.speed.apFinding')}
      <a class="nl-link" href="${apFindingSource.url}">${t('register.speed.apSource')}</a>
    </p>`;
}
