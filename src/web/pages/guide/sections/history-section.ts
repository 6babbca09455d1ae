import { formatDay } from '../../../../core/victim-letters/index.ts';
import type { GuideView } from '../../../guide/guide-service.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import { p } from '../parts.ts';

/** The letters and e-mails this person was sent, newest first, each with what changed. */
export function historySection(page: PageContext, view: GuideView): Html {
  const { t, lang } = page;
  return html`${
    view.rounds.length === 0
      ? p(t('guide.history.none'))
      : html`<ol class="utrecht-ordered-list">
          ${[...view.rounds].reverse().map(
            (round) =>
              html`<li class="utrecht-ordered-list__item" value="${round.round}">
                <strong
                  >${t(round.channel === 'pdf' ? 'guide.history.letter' : 'guide.history.email', {
                    date: formatDay(round.sentOn, lang),
                  })}</strong
                >
                ${p(round.whatChanged ? round.whatChanged[lang] : t(round.round === 1 ? 'guide.history.first' : 'guide.history.noChange'))}
              </li>`,
          )}
        </ol>`
  }`;
}
