import type { PlanAction } from '../../../core/plan/index.ts';
import type { GuideView } from '../../guide/guide-service.ts';
import { stepQuery, type StepState } from '../../guide/step-state.ts';
import { html, type Html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { h1, h2, lead, link, list, p, submit } from './parts.ts';

export interface StepsPageOptions {
  /** The address of the step pages (without query). */
  action: string;
  /** Query pairs the page needs besides the state (the chosen breach and data without a code). */
  base: [string, string][];
  /** The plan's first screen. */
  planHref: string;
}

const href = (action: string, pairs: [string, string][]) =>
  `${action}?${new URLSearchParams(pairs).toString()}`;

function actionBlock(page: PageContext, action: PlanAction): Html {
  const { t } = page;
  return html`${h2(action.title, 'stap-titel')}
    <p class="nl-paragraph dlw-checklist__why">${t('guide.steps.when', { when: action.whenLabel })}</p>
    ${list(action.steps)}
    ${
      action.contacts.length > 0 &&
      list(
        action.contacts.map(
          (contact) =>
            html`<strong>${contact.name}</strong
              >${contact.phone && html`: ${link(`tel:${contact.phone.replace(/[^\d+]/g, '')}`, contact.phone)}`}${
                contact.website && html` · ${link(`https://${contact.website}`, contact.website)}`
              }`,
        ),
      )
    }`;
}

/**
 * One action per page with "done" and "later", progress and the way back. The state travels in
 * the address (GET form and links), so the mode works without JavaScript and the server keeps
 * nothing.
 */
export function stepsPage(
  page: PageContext,
  view: GuideView,
  state: StepState,
  options: StepsPageOptions,
): PageView {
  const { t } = page;
  const actions = view.plan.actionGroups.flatMap((group) => group.actions);
  const total = actions.length;
  const current = actions[state.step - 1];
  const title = t('guide.steps.title');
  const tally = p(t('guide.steps.tally', { done: state.done.length, skipped: state.later.length }));
  const back = html`<ul class="dlw-first__more">
    ${state.step > 1 && html`<li>${link(href(options.action, stepQuery({ ...state, step: state.step - 1 }, options.base)), t('guide.steps.previous'))}</li>`}
    <li>${link(options.planHref, t('guide.steps.backToPlan'))}</li>
  </ul>`;
  if (!current) {
    const later = actions.filter((action) => state.later.includes(action.id));
    return {
      title: `${title}: ${t('guide.steps.finishedTitle')}`,
      body: html`${h1(title)} ${h2(t('guide.steps.finishedTitle'), 'stap-titel')} ${tally}
      ${
        later.length === 0
          ? p(t('guide.steps.finishedNone'))
          : html`${p(t('guide.steps.finishedSkipped'))}
            ${list(
              later.map((action) =>
                link(
                  href(
                    options.action,
                    stepQuery({ ...state, step: actions.indexOf(action) + 1 }, options.base),
                  ),
                  action.title,
                ),
              ),
            )}`
      }
      ${p(link(href(options.action, stepQuery({ step: 1, done: [], later: [] }, options.base)), t('guide.steps.restart')))}
      ${back}`,
    };
  }
  const progress = t('guide.steps.progress', { step: state.step, steps: total });
  const status = state.done.includes(current.id)
    ? t('guide.steps.wasDone')
    : state.later.includes(current.id)
      ? t('guide.steps.wasSkipped')
      : undefined;
  return {
    title: `${title}: ${progress}`,
    body: html`${h1(title)} ${lead(view.context.breach.title[page.lang])} ${p(t('guide.steps.lead'))}
      <p class="nl-paragraph dlw-steps__progress" id="voortgang"><strong>${progress}</strong></p>
      <progress
        class="dlw-steps__bar"
        max="${String(total)}"
        value="${String(state.step - 1)}"
        aria-labelledby="voortgang"
      ></progress>
      ${tally} ${actionBlock(page, current)} ${status && p(html`<em>${status}</em>`)}
      <form method="get" action="${options.action}" class="dlw-steps__form">
        ${stepQuery(state, options.base).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
        ${submit(t('guide.steps.done'), { name: 'antwoord', value: 'gedaan' })}
        ${submit(t('guide.steps.skip'), { name: 'antwoord', value: 'later', secondary: true })}
      </form>
      ${back}`,
  };
}
