import type { Knowledge } from '../../../core/knowledge/index.ts';
import type { GuideView } from '../../guide/guide-service.ts';
import { html, type Html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { firstScreen } from './first-screen.ts';
import type { GuideRenderOptions } from './guide-options.ts';
import { alert, h1, h2, link, p } from './parts.ts';
import { actionsBody } from './sections/actions-section.ts';
import { answersSection } from './sections/answers-section.ts';
import { contactSection } from './sections/contact-section.ts';
import { dataSection } from './sections/data-section.ts';
import { fold } from './sections/fold.ts';
import { historySection } from './sections/history-section.ts';
import { keepBody } from './sections/keep-section.ts';
import { organisationSection } from './sections/organisation-section.ts';
import { questionsSection } from './sections/questions-section.ts';
import { risksBody } from './sections/risks-section.ts';

export type { GuideLinks, GuideRenderOptions } from './guide-options.ts';

/**
 * The guide for one person. First, what fits on a phone's first screen: the breach and the
 * organisation, one line of what leaked, the things to do now. Then the rest in a calm order,
 * each part folded: data, what it means, all steps, contacts, what the organisation does,
 * official answers, searchable Q&A, message history, keeping and letters. `full` opens every
 * part (the printable whole plan). Used for the personal page, without a code and the helpline.
 */
export function renderGuide(
  page: PageContext,
  view: GuideView,
  knowledge: Knowledge,
  options: GuideRenderOptions,
): Html {
  const { t } = page;
  const { plan } = view;
  const open = (id: string) => options.full === true || (id === 'vragen' && Boolean(options.query));
  const parts: [string, string, Html | false][] = [
    ['gegevens', t('guide.fold.data'), dataSection(page, view, knowledge)],
    ['betekenis', plan.headings.risks, risksBody(page, view)],
    ['doen', t('guide.fold.actions'), actionsBody(page, view, options)],
    ['contact', plan.headings.contacts, contactSection(page, view)],
    [
      'organisatie',
      t('guide.section.organisation', { organisation: view.context.breach.organisationName }),
      organisationSection(page, view),
    ],
    ['antwoorden', t('guide.section.answers'), answersSection(page, view)],
    ['vragen', plan.headings.questions, questionsSection(page, view, options)],
    ['berichten', t('guide.section.history'), view.mode !== 'chosen' && historySection(page, view)],
    ['bewaren', t('guide.section.keep'), keepBody(page, options)],
  ];
  const title = options.full ? t('guide.full.title') : t('guide.page.title');
  return html`${options.asSection ? h2(title, 'plan-van-beller') : h1(title)} ${options.top}
  ${firstScreen(page, view, knowledge, { steps: options.links.steps, full: options.full ? undefined : options.links.full })}
  ${options.full && options.links.start && p(html`${t('guide.full.print')} ${link(options.links.start, t('guide.full.back'))}`)}
  ${view.mode === 'chosen' && alert('info', p(html`${t('guide.chosen.note')} ${options.links.change && link(options.links.change, t('guide.chosen.change'))}`))}
  ${!options.full && html`<p class="nl-paragraph dlw-no-print dlw-fold__hint">${t('guide.fold.hint')}</p>`}
  ${parts.map(([id, title, body]) => body && fold(id, title, body, open(id)))}`;
}

/** The page around `renderGuide`, with the checklist script. */
export function guidePage(
  page: PageContext,
  view: GuideView,
  knowledge: Knowledge,
  options: GuideRenderOptions,
): PageView {
  return {
    title: `${page.t('guide.page.title')}: ${view.context.breach.title[page.lang]}`,
    ...(options.checklistScript ? { scripts: [options.checklistScript] } : {}),
    body: renderGuide(page, view, knowledge, options),
  };
}
