import type { Knowledge } from '../../../core/knowledge/index.ts';
import type { PlanContact } from '../../../core/plan/index.ts';
import { formatDay } from '../../../core/victim-letters/index.ts';
import type { Asset } from '../../assets/asset-store.ts';
import type { GuideView } from '../../guide/guide-service.ts';
import { html, type Html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { checklistItem } from '../plan-result.ts';
import { alert, h1, h2, h3, lead, link, list, p, submit } from './parts.ts';
import { searchQa, type QaItem } from './qa-search.ts';

/** Where the page's own links go; none of them carries a code. */
export interface GuideLinks {
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
  const items = view.dataIds.map((id) => {
    const category = names.get(id);
    return category ? html`<strong>${category.name[lang]}</strong>: ${category.description[lang]}` : id;
  });
  if (view.certainty === 'not_affected') {
    const breachData = view.context.breach.dataCategories
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
  return html`${h2(t('guide.section.organisation', { organisation: breach.organisationName }), 'organisatie')}
  ${p(breach.description[lang])}
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
  return html`${h2(view.plan.headings.contacts, 'contact')}
  ${h3(t('guide.contact.organisation', { organisation: breach.organisationName }))}
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
  return html`${h2(t('guide.section.answers'), 'antwoorden')}
  ${
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
  return html`${h2(view.plan.headings.questions, 'vragen')}
  ${
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
      ${item.from === 'organisation' && html`<p class="nl-paragraph dlw-checklist__why">${t('guide.qa.fromOrganisation')}</p>`}`,
  )}`;
}

function hiddenQuery(hidden: [string, string][]): string {
  return hidden.length > 0 ? `?${new URLSearchParams(hidden).toString()}` : '';
}

function historySection(page: PageContext, view: GuideView): Html {
  const { t, lang } = page;
  return html`${h2(t('guide.section.history'), 'berichten')}
  ${
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

/**
 * The guide for one person: data by certainty, what it means, a checklist, contacts, what the
 * organisation does, official answers, searchable Q&A, message history, print and letters.
 * Used for the personal page (code), the page without a code and the helpline.
 */
export function renderGuide(
  page: PageContext,
  view: GuideView,
  knowledge: Knowledge,
  options: GuideRenderOptions,
): Html {
  const { t, lang } = page;
  const { breach } = view.context;
  const { plan } = view;
  const sections: [string, string][] = [
    ['gegevens', t('guide.section.data')],
    ['betekenis', plan.headings.risks],
    ['doen', plan.headings.actions],
    ['contact', plan.headings.contacts],
    ['organisatie', t('guide.section.organisationShort')],
    ['antwoorden', t('guide.section.answers')],
    ['vragen', plan.headings.questions],
    ...(view.mode === 'chosen' ? [] : ([['berichten', t('guide.section.history')]] as [string, string][])),
    ['bewaren', t('guide.section.keep')],
  ];
  return html`${h1(t('guide.page.title'))} ${lead(html`${breach.title[lang]} — ${breach.organisationName}`)}
    ${options.top}
    ${view.mode === 'chosen' && alert('info', p(html`${t('guide.chosen.note')} ${options.links.change && link(options.links.change, t('guide.chosen.change'))}`))}
    <nav aria-labelledby="toc-title" class="dlw-no-print">
      ${h2(t('guide.toc'), 'toc-title')}
      <ul class="utrecht-unordered-list">
        ${sections.map(([id, title]) => html`<li class="utrecht-unordered-list__item"><a class="nl-link" href="#${id}">${title}</a></li>`)}
      </ul>
    </nav>
    ${h2(t('guide.section.data'), 'gegevens')} ${dataSection(page, view, knowledge)}
    ${h2(plan.headings.risks, 'betekenis')} ${p(plan.summary)}
    ${plan.notes.map((note) => alert('info', p(note)))}
    ${
      plan.risks.length === 0
        ? p(t('guide.risks.none'))
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
    }
    ${h2(plan.headings.actions, 'doen')}
    <p class="nl-paragraph dlw-checklist-status" data-checklist-not-kept>${t('plan.checklistNotKept')}</p>
    <p class="nl-paragraph dlw-checklist-status" data-checklist-kept hidden>${t('plan.checklistKept')}</p>
    ${plan.actionGroups.map(
      (group) =>
        html`${h3(group.heading)}
          <ul class="dlw-checklist" data-checklist="breach-${breach.id}-${group.when}">
            ${group.actions.map((action) => checklistItem(page, action))}
          </ul>`,
    )}
    ${contactSection(page, view)} ${organisationSection(page, view)} ${answersSection(page, view)}
    ${questionsSection(page, view, options)} ${view.mode !== 'chosen' && historySection(page, view)}
    ${h2(t('guide.section.keep'), 'bewaren')} ${p(t('guide.keep.print'))}
    <ul class="utrecht-unordered-list dlw-no-print">
      ${options.links.pdf && html`<li class="utrecht-unordered-list__item">${link(options.links.pdf, t('guide.keep.pdf'))}</li>`}
      ${options.links.letters && html`<li class="utrecht-unordered-list__item">${link(options.links.letters, t('guide.keep.letters'))}</li>`}
      ${options.links.close && html`<li class="utrecht-unordered-list__item">${link(options.links.close, t('guide.keep.close'))}</li>`}
    </ul>`;
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
