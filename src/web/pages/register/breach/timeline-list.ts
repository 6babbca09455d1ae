import type { BreachDetail } from '../../../../use-cases/get-breach.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import { formatPartialDate } from '../format.ts';
import { buildTimeline } from '../timeline.ts';

/** The breach's dates and updates as one ordered list; unknown dates are said to be unknown. */
export function timeline(page: PageContext, breach: BreachDetail): Html {
  const { t, lang } = page;
  const events = buildTimeline(breach.dates, breach.updates, {
    hasProcessor: breach.parties.some((p) => p.role === 'processor'),
  });
  return html`<ol class="dlw-timeline">
    ${events.map(
      (event) =>
        html`<li class="dlw-timeline__item">
          <p class="nl-paragraph">
            <strong
              >${event.date === null ? t('register.dateUnknown') : formatPartialDate(lang, event.date)}</strong
            >
            — ${t(`register.timeline.${event.kind}`)}${event.text && html`: ${event.text[lang]}`}
          </p>
        </li>`,
    )}
  </ol>`;
}
