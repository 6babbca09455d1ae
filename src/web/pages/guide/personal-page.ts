import type { Knowledge } from '../../../core/knowledge/index.ts';
import type { PlanContact } from '../../../core/plan/index.ts';
import { formatDay } from '../../../core/victim-letters/index.ts';
import type { Asset } from '../../assets/asset-store.ts';
import type { GuideView } from '../../guide/guide-service.ts';
import { html, type Html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { checklistItem } from '../plan-result.ts';
import { dataByImportance, firstScreen } from './first-screen.ts';
import { alert, h1, h2, h3, link, list, p, submit } from './parts.ts';
import { searchQa, type QaItem } from './qa-search.ts';

/** Where the page's own links go; none of them carries a code. */
export interface GuideLinks {
  /** The one-step-at-a-time mode. */
  steps?: string;
  /** The whole plan with every part open, to read through or print. */
  full?: string;
  /** Back from the whole plan to the first screen. */
  start?: string;
  /** The calendar file with reminders for the months ahead. */
  reminders?: string;
  pdf?: string;
  letters?: string;
  /** "Change what I ticked" (without a code). */
  change?: string;
  /** Closes the page: forgets the code cookie. */
  close?: string;
}

export interface GuideRenderOptions {
  links: GuideLinks;
  /** The Q&A search text, when searching (GET `vraag`). */
  query?: string | undefined;
  /** The search form's action and hidden fields (the page's own address without the query). */
  search?: { action: string; hidden: [string, string][] } | undefined;
  checklistScript?: Asset | undefined;
  /** The guide is part of another page (the helpline): its title is a level-2 heading. */
  asSection?: boolean | undefined;
  /** Every folded part open: the printable whole plan. */
  full?: boolean | undefined;
  /** Shown above everything (the helpline banner). */
  top?: Html | undefined;
}

const levelTone = (level: string) =>
  level === 'high' || level === 'very_high' ? 'danger' : level === 'medium' ? 'warning' : 'neutral';

function contactItem(page: PageContext, contact: PlanContact): Html {
  const { t } = page;
  return html`<li class="utrecht-unordered-list__item">
    <strong>${contact.name}</strong>: ${contact.purpose}
    ${contact.phone && html`<br />${t('plan.contactPhone', { phone: contact.phone })}`}
    ${contact.hours && html`<br />${t('plan.contactHours', { hours: contact.hours })}`}
    ${contact.how && html`<br />${contact.how}`}
    ${contact.website && html`<br />${t('plan.contactWebsite')} ${link(`https://${contact.website}`, contact.website)}`}
  </li>`;
}

/** The questions and answers of a guide page: the organisation's own first, then the general ones. */
export function qaItems(view: GuideView, lang: 'nl' | 'en'): QaItem[] {
  return [
    ...view.context.breach.questions.map((qa, index) => ({
      id: `q-org-${index + 1}`,
      question: qa.question[lang],
      answer: qa.answer[lang],
      from: 'organisation' as const,
    })),
    ...view.plan.questions.map((qa) => ({
      id: `q-${qa.id}`,
      question: qa.question,
      answer: qa.answer,
      from: 'guide' as const,
    })),
  ];
}

function dataSection(page: PageContext, view: GuideView, knowledge: Knowledge): Html {
  const { t, lang } = page;
  const org = view.context.breach.organisationName;
  const names = new Map(knowledge.categories.map((c) => [c.id, c]));
  const items = dataByImportance(view.dataIds, knowledge).map((id) => {
    const category = names.get(id);
    return category ? html`<strong>${category.name[lang]}</strong>: ${category.description[lang]}` : id;
  });
  if (view.certainty === 'not_affected') {
    const breachData = dataByImportance(view.context.breach.dataCategories, knowledge)
      .map((id) => names.get(id)?.name[lang])
      .filter((name): name is string => name !== undefined);
    return html`${alert('ok', p(t('guide.data.notAffected', { organisation: org })))}
    ${breachData.length > 0 && html`${p(t('guide.data.notAffectedOthers'))}${list(breachData)}`}`;
  }
  const intro = view.unsure
    ? t('guide.data.unsure')
    : view.certainty === 'confirmed'
      ? t('guide.data.confirmed')
      : t('guide.data.possibly', { organisation: org });
  return html`${p(
    html`<span
      class="utrecht-status-badge utrecht-status-badge--${view.certainty === 'confirmed' ? 'danger' : 'warning'}"
      >${t(view.certainty === 'confirmed' && !view.unsure ? 'guide.certainty.confirmed' : 'guide.certainty.possibly')}</span
    >`,
  )}
  ${p(intro)} ${list(items)}`;
}

function organisationSection(page: PageContext, view: GuideView): Html {
  const { t, lang } = page;
  const { breach } = view.context;
  const updates = [...breach.updates].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn)).slice(0, 5);
  return html`${p(breach.description[lang])}
  ${breach.measures.length > 0 ? html`${h3(view.plan.headings.measures)}${list(breach.measures.map((m) => m[lang]))}` : p(t('guide.measures.none'))}
  ${
    updates.length > 0 &&
    html`${h3(t('guide.updates.title'))}
      <ul class="utrecht-unordered-list">
        ${updates.map(
          (update) =>
            html`<li class="utrecht-unordered-list__item">
              <strong
                ><time datetime="${update.publishedOn}">${formatDay(update.publishedOn, lang)}</time></strong
              >: ${update.text[lang]}
            </li>`,
        )}
      </ul>`
  }
  ${p(link(page.href(`/register/${breach.slug}`), t('guide.register.link')))}`;
}

function contactSection(page: PageContext, view: GuideView): Html {
  const { t, lang } = page;
  const { breach } = view.context;
  const helpline = breach.helpline;
  return html`${h3(t('guide.contact.organisation', { organisation: breach.organisationName }))}
  ${
    helpline && (helpline.phone || helpline.url)
      ? html`${p(t('guide.contact.organisationWhen'))}
        ${list(
          [
            helpline.phone && t('plan.contactPhone', { phone: helpline.phone }),
            helpline.hours && t('plan.contactHours', { hours: helpline.hours[lang] }),
            helpline.url &&
              html`${t('plan.contactWebsite')} ${link(helpline.url, helpline.url.replace(/^https?:\/\//, ''))}`,
          ].filter((item): item is string | Html => Boolean(item)),
        )}`
      : p(t('guide.contact.organisationOwnChannel'))
  }
  ${
    view.plan.contacts.length > 0 &&
    html`${h3(t('guide.contact.others'))}
      <ul class="utrecht-unordered-list">
        ${view.plan.contacts.map((contact) => contactItem(page, contact))}
      </ul>`
  }`;
}

function answersSection(page: PageContext, view: GuideView): Html {
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

function questionsSection(page: PageContext, view: GuideView, options: GuideRenderOptions): Html {
  const { t, lang } = page;
  const all = qaItems(view, lang);
  const query = (options.query ?? '').trim();
  const shown = query ? searchQa(all, query, lang) : all;
  return html`${
    options.search &&
    html`<form method="get" action="${options.search.action}#vragen" role="search" class="dlw-no-print">
      ${options.search.hidden.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
      <div class="utrecht-form-field utrecht-form-field--text">
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="vraag">${t('guide.qa.searchLabel')}</label>
        </div>
        <div class="utrecht-form-field__input">
          <input
            class="utrecht-textbox utrecht-textbox--html-input"
            type="search"
            id="vraag"
            name="vraag"
            value="${query}"
          />
        </div>
      </div>
      ${submit(t('guide.qa.searchSubmit'), { secondary: true })}
    </form>`
  }
  ${
    query &&
    html`<p class="nl-paragraph" role="status">
      ${t('guide.qa.results', { count: shown.length, query })}
      ${options.search && link(`${options.search.action}${hiddenQuery(options.search.hidden)}#vragen`, t('guide.qa.clear'))}
    </p>`
  }
  ${shown.map(
    (item) =>
      html`${h3(item.question, item.id)}${p(item.answer)}
      ${item.id === genuineQuestionId && p(link(page.href('/echt'), t('guide.qa.genuineCheck')))}
      ${item.from === 'organisation' && html`<p class="nl-paragraph dlw-checklist__why">${t('guide.qa.fromOrganisation')}</p>`}`,
  )}`;
}

/** The knowledge base's question "how do I know a letter is genuine?" points to the check. */
const genuineQuestionId = 'q-letter_genuine';

function hiddenQuery(hidden: [string, string][]): string {
  return hidden.length > 0 ? `?${new URLSearchParams(hidden).toString()}` : '';
}

function historySection(page: PageContext, view: GuideView): Html {
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

/** A folded section: a `<details>` whose summary is the section's heading (works without script). */
function fold(id: string, title: string, body: Html, open: boolean): Html {
  return html`<details class="dlw-fold" id="${id}" ${open ? html`open` : ''}>
    <summary class="dlw-fold__summary">
      <h2 class="nl-heading nl-heading--level-2 dlw-fold__title">${title}</h2>
    </summary>
    <div class="dlw-fold__body">${body}</div>
  </details>`;
}

function risksBody(page: PageContext, view: GuideView): Html {
  const { plan } = view;
  return html`${p(plan.summary)} ${plan.notes.map((note) => alert('info', p(note)))}
  ${
    plan.risks.length === 0
      ? p(page.t('guide.risks.none'))
      : plan.risks.map(
          (risk) =>
            html`${h3(
              html`${risk.name}
                <span
                  class="utrecht-status-badge utrecht-status-badge--${levelTone(risk.level)} dlw-risk-level"
                  >${risk.levelLabel}</span
                >`,
            )}
            ${p(risk.description)} ${p(html`<em>${risk.why}</em>`)}`,
        )
  }`;
}

function actionsBody(page: PageContext, view: GuideView, options: GuideRenderOptions): Html {
  const { t } = page;
  const { breach } = view.context;
  return html`<p class="nl-paragraph dlw-checklist-status" data-checklist-not-kept>
      ${t('plan.checklistNotKept')}
    </p>
    <p class="nl-paragraph dlw-checklist-status" data-checklist-kept hidden>${t('plan.checklistKept')}</p>
    ${view.plan.actionGroups.map(
      (group) =>
        html`${h3(group.heading)}
          <ul class="dlw-checklist" data-checklist="breach-${breach.id}-${group.when}">
            ${group.actions.map((action) => checklistItem(page, action))}
          </ul>
          ${group.when === 'months' && options.links.reminders && p(html`${link(options.links.reminders, t('guide.reminders.link'))} ${t('guide.reminders.hint')}`)}`,
    )}`;
}

function keepBody(page: PageContext, options: GuideRenderOptions): Html {
  const { t } = page;
  const item = (href: string | undefined, text: string) =>
    href && html`<li class="utrecht-unordered-list__item">${link(href, text)}</li>`;
  return html`${p(t('guide.keep.print'))}
    <ul class="utrecht-unordered-list dlw-no-print">
      ${item(options.links.full, t('guide.first.fullLink'))} ${item(options.links.pdf, t('guide.keep.pdf'))}
      ${item(options.links.reminders, t('guide.reminders.link'))}
      ${item(options.links.letters, t('guide.keep.letters'))}
      ${item(options.links.close, t('guide.keep.close'))}
    </ul>`;
}

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
