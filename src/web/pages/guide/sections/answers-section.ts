import type { GuideView } from '../../../guide/guide-service.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import { h3, p } from '../parts.ts';

/** Official answers: the Kamervragen about this breach, each set folded. */
export function answersSection(page: PageContext, view: GuideView): Html {
  const { t } = page;
  const sets = view.context.kamervragen;
  return html`${
    sets.length === 0
      ? p(t('guide.answers.none'))
      : html`${p(t('guide.answers.intro'))}
        ${sets.map(
          (set) =>
            html`<details class="dlw-details">
              <summary>${set.title}</summary>
              ${p(
                t('guide.answers.by', {
                  submitters: set.submitters.map((s) => s.name).join(', '),
                  respondents: set.respondents.map((r) => r.name).join(', ') || '—',
                }),
              )}
              ${set.questions.map(
                (question) =>
                  html`${h3(`${question.number}. ${question.text}`)}
                  ${p(question.answer ?? t('guide.answers.notYet'))}`,
              )}
            </details>`,
        )}`
  }`;
}
