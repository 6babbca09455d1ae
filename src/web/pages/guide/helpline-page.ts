import type { Knowledge } from '../../../core/knowledge/index.ts';
import { csrfField } from '../../csrf.ts';
import type { GuideView } from '../../guide/guide-service.ts';
import { html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { errorSummary } from '../form-parts.ts';
import { alert, h1, h2, lead, p, submit, textField } from './parts.ts';
import { renderGuide } from './personal-page.ts';
import { qaItems } from './sections/questions-section.ts';

/** How many questions the helpline sees at the top, one click from the answer. */
const topQuestions = 8;

/** The helpline's code form; after a look-up the caller's plan follows below it. */
export function helplinePage(
  page: PageContext,
  csrfToken: string,
  state: {
    error?: string;
    notFound?: boolean;
    view?: GuideView;
    knowledge: Knowledge;
    /** Which letter the caller has: the recipient group, the letter variant and the latest round. */
    letter?: { group: string; variant: string; round: number };
  },
): PageView {
  const { t, lang } = page;
  const form = html`<form method="post" action="${page.href('/werkruimte/hulplijn')}" novalidate>
    ${csrfField(csrfToken)}
    ${textField({
      id: 'code',
      name: 'code',
      label: t('guide.helpline.label'),
      hint: t('guide.helpline.hint'),
      error: state.error,
      errorPrefix: t('plan.errorPrefix'),
      autocomplete: 'off',
      spellcheck: false,
    })}
    ${submit(t('guide.helpline.submit'))}
  </form>`;
  const view = state.view;
  const top =
    view &&
    html`${alert(
      'info',
      html`${h2(t('guide.helpline.callerTitle'))} ${p(t('guide.helpline.callerNote'))}
        ${state.letter && p(html`<strong>${t('guide.helpline.letterGroup', { group: state.letter.group, variant: state.letter.variant, round: state.letter.round })}</strong>`)}
        ${h2(t('guide.helpline.topQuestions'), 'meest-gevraagd')}
        <ul class="utrecht-unordered-list">
          ${qaItems(view, lang)
            .slice(0, topQuestions)
            .map(
              (item) =>
                html`<li class="utrecht-unordered-list__item">
                  <a class="nl-link" href="#${item.id}">${item.question}</a>
                </li>`,
            )}
        </ul>`,
    )}`;
  return {
    status: state.error ? 400 : state.notFound ? 404 : 200,
    title: t('guide.helpline.title'),
    // The code field stays at the top, also under a caller's plan: the next call starts there.
    body: html`${state.error && errorSummary(t('plan.errorSummary'), [{ href: 'code', text: state.error }], { autofocus: true })}
    ${h1(t('guide.helpline.title'))} ${!view && lead(t('guide.helpline.lead'))}
    ${state.notFound && alert('warning', p(t('guide.helpline.notFound')), { role: 'alert', id: 'resultaat', autofocus: true })}
    ${form} ${view && renderGuide(page, view, state.knowledge, { links: {}, top, asSection: true })}`,
  };
}
