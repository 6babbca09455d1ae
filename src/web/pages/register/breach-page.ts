import type { Category } from '../../../core/knowledge/index.ts';
import type { BreachDetail } from '../../../use-cases/get-breach.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext, PageView } from '../../page.ts';
import { countChart } from './count-chart.ts';
import { formatCount, formatPartialDate } from './format.ts';
import { isWebUrl } from './safe-url.ts';
import { questionList, setPeople } from './kamervragen-set-view.ts';
import { inKnowledgeOrder, sectorLabel } from './labels.ts';
import { speedSection } from './speed-section.ts';
import { buildTimeline } from './timeline.ts';
import type { StoredKamervragenSet } from '../../../core/kamervragen/records.ts';

export interface BreachPageData {
  breach: BreachDetail;
  categories: Category[];
  kamervragen: StoredKamervragenSet[];
}

function section(id: string, heading: string, content: Html): Html {
  return html`<section aria-labelledby="${id}">
    <h2 class="nl-heading nl-heading--level-2" id="${id}">${heading}</h2>
    ${content}
  </section>`;
}

function day(page: PageContext, value: string | null): string {
  return value === null ? page.t('register.unknown') : formatPartialDate(page.lang, value);
}

/** Link to the victims' plan with this breach's kinds of data ticked; the visitor checks the rest. */
export function planLink(page: PageContext, breach: BreachDetail, categories: Category[]): string {
  const known = new Set(categories.map((c) => c.id));
  const ids = breach.dataCategories.filter((id) => known.has(id));
  if (ids.length === 0) return page.href('/plan');
  const search = new URLSearchParams(ids.map((id) => ['data', id]));
  // The form needs an answer to every question to show itself without errors; these two are
  // the careful ones for someone who does not yet know more, and the visitor can change them.
  search.set('certainty', 'possibly');
  search.set('published', 'unknown');
  search.set('change', '1');
  return `${page.href('/plan')}?${search.toString()}`;
}

function timeline(page: PageContext, breach: BreachDetail): Html {
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

function countsTable(page: PageContext, breach: BreachDetail): Html {
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

function recipientsTable(page: PageContext, breach: BreachDetail): Html {
  const { t, lang } = page;
  if (breach.recipientGroups.length === 0)
    return html`<p class="nl-paragraph">${t('register.groups.none')}</p>`;
  return html`<div class="utrecht-table-container utrecht-table-container--overflow-inline">
    <table class="utrecht-table utrecht-table--html-table">
      <caption class="utrecht-table__caption">
        ${t('register.groups.caption')}
      </caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          <th class="utrecht-table__header-cell" scope="col">${t('register.groups.group')}</th>
          <th class="utrecht-table__header-cell" scope="col">${t('register.groups.certainty')}</th>
          <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">
            ${t('register.groups.count')}
          </th>
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        ${breach.recipientGroups.map(
          (g) =>
            html`<tr class="utrecht-table__row">
              <td class="utrecht-table__cell">${g.name[lang]}</td>
              <td class="utrecht-table__cell">${t(`register.certainty.${g.certainty}`)}</td>
              <td class="utrecht-table__cell utrecht-table__cell--numeric-data">
                ${g.count === null ? t('register.unknown') : formatCount(lang, g.count)}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function helpline(page: PageContext, breach: BreachDetail): Html {
  const { t, lang } = page;
  const line = breach.helpline;
  if (!line) return html`<p class="nl-paragraph">${t('register.helpline.none')}</p>`;
  return html`<dl class="dlw-facts">
    <dt>${t('register.helpline.phone')}</dt>
    <dd>
      ${line.phone ? html`<a class="nl-link" href="tel:${line.phone.replace(/[^0-9+]/g, '')}">${line.phone}</a>` : t('register.unknown')}
    </dd>
    <dt>${t('register.helpline.hours')}</dt>
    <dd>${line.hours ? line.hours[lang] : t('register.unknown')}</dd>
    <dt>${t('register.helpline.url')}</dt>
    <dd>
      ${isWebUrl(line.url) ? html`<a class="nl-link" href="${line.url}">${line.url}</a>` : (line.url ?? t('register.unknown'))}
    </dd>
  </dl>`;
}

function kamervragenSection(page: PageContext, sets: StoredKamervragenSet[]): Html {
  const { t } = page;
  if (sets.length === 0) return html`<p class="nl-paragraph">${t('register.kv.noneLinked')}</p>`;
  return html`<p class="nl-paragraph">${t('register.kv.intro')}</p>
    ${sets.map(
      (set, index) =>
        html`<article class="dlw-kv-set" aria-labelledby="kv${index + 1}-title">
          <h3 class="nl-heading nl-heading--level-3" id="kv${index + 1}-title">${set.title}</h3>
          ${setPeople(page, set)}
          <p class="nl-paragraph">
            <a class="nl-link" href="${page.href(`/kamervragen/${set.id}`)}">${t('register.kv.openSet')}</a>
          </p>
          ${questionList(page, set, `kv${index + 1}`, 4)}
        </article>`,
    )}`;
}

/** The sections of a breach page, in order, for the list of contents at the top. */
const sectionIds: [string, MessageKey][] = [
  ['organisaties', 'register.section.parties'],
  ['snelheid', 'register.section.speed'],
  ['tijdlijn', 'register.section.timeline'],
  ['aantallen', 'register.section.counts'],
  ['gegevens', 'register.section.data'],
  ['groepen', 'register.section.groups'],
  ['maatregelen', 'register.section.measures'],
  ['hulplijn', 'register.section.helpline'],
  ['vragen', 'register.section.questions'],
  ['bronnen', 'register.section.sources'],
  ['kamervragen', 'register.section.kamervragen'],
];

/** The public page of one published breach: every fact the register holds, in reading order. */
export function breachPage(page: PageContext, data: BreachPageData): PageView {
  const { t, lang } = page;
  const { breach, categories, kamervragen } = data;
  const names = new Map(categories.map((c) => [c.id, c.name[lang]]));
  const dataCategories = inKnowledgeOrder(breach.dataCategories, new Map(categories.map((c) => [c.id, c])));
  return {
    title: breach.title[lang],
    body: html`<nav class="utrecht-breadcrumb-nav" aria-label="${t('register.breadcrumb')}">
        <ol class="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
          <li class="utrecht-breadcrumb-nav__item">
            <a class="utrecht-breadcrumb-nav__link nl-link" href="${page.href('/register')}"
              >${t('register.title')}</a
            >
          </li>
        </ol>
      </nav>
      <h1 class="nl-heading nl-heading--level-1">${breach.title[lang]}</h1>
      <p class="nl-paragraph">
        <span
          class="utrecht-status-badge utrecht-status-badge--${breach.status === 'closed' ? 'inactive' : 'active'}"
          >${t(`register.status.${breach.status === 'closed' ? 'closed' : 'published'}`)}</span
        >
      </p>
      ${breach.description[lang]
        .split(/\n+/)
        .filter((p) => p.trim() !== '')
        .map((p) => html`<p class="nl-paragraph">${p}</p>`)}
      <div class="utrecht-alert utrecht-alert--info">
        <div class="utrecht-alert__content">
          <p class="nl-paragraph">
            <a class="nl-link" href="${planLink(page, breach, categories)}">${t('register.planLink')}</a>
          </p>
          <p class="nl-paragraph">
            ${t(
              breach.dataCategories.some((id) => categories.some((c) => c.id === id))
                ? 'register.planLinkHint'
                : 'register.planLinkHintNoData',
            )}
          </p>
        </div>
      </div>
      <dl class="dlw-facts">
        <dt>${t('register.field.sector')}</dt>
        <dd>${sectorLabel(page, breach.sector)}</dd>
        <dt>${t('register.field.people')}</dt>
        <dd>
          ${breach.peopleAffected === null ? t('register.unknown') : formatCount(lang, breach.peopleAffected)}
        </dd>
        <dt>${t('register.field.discovered')}</dt>
        <dd>${day(page, breach.dates.discoveredOn)}</dd>
      </dl>
      <nav aria-labelledby="op-deze-pagina">
        <h2 class="nl-heading nl-heading--level-2" id="op-deze-pagina">${t('register.onThisPage')}</h2>
        <ul class="utrecht-unordered-list">
          ${sectionIds.map(
            ([id, key]) =>
              html`<li class="utrecht-unordered-list__item">
                <a class="nl-link" href="#${id}">${t(key)}</a>
              </li>`,
          )}
        </ul>
      </nav>
      ${section(
        'organisaties',
        t('register.section.parties'),
        html`<ul class="utrecht-unordered-list">
          ${breach.parties.map(
            (p) =>
              html`<li class="utrecht-unordered-list__item">
                ${breach.partyNames[p.organisationId] ?? ''} — ${t(`register.role.${p.role}`)}
              </li>`,
          )}
        </ul>`,
      )}
      ${section('snelheid', t('register.section.speed'), speedSection(page, breach))}
      ${section('tijdlijn', t('register.section.timeline'), timeline(page, breach))}
      ${section('aantallen', t('register.section.counts'), countsTable(page, breach))}
      ${section(
        'gegevens',
        t('register.section.data'),
        dataCategories.length === 0
          ? html`<p class="nl-paragraph">${t('register.data.none')}</p>`
          : html`<ul class="utrecht-unordered-list">
              ${dataCategories.map(
                (id) => html`<li class="utrecht-unordered-list__item">${names.get(id) ?? id}</li>`,
              )}
            </ul>`,
      )}
      ${section('groepen', t('register.section.groups'), recipientsTable(page, breach))}
      ${section(
        'maatregelen',
        t('register.section.measures'),
        breach.measures.length === 0
          ? html`<p class="nl-paragraph">${t('register.measures.none')}</p>`
          : html`<ul class="utrecht-unordered-list">
              ${breach.measures.map((m) => html`<li class="utrecht-unordered-list__item">${m[lang]}</li>`)}
            </ul>`,
      )}
      ${section('hulplijn', t('register.section.helpline'), helpline(page, breach))}
      ${section(
        'vragen',
        t('register.section.questions'),
        breach.questions.length === 0
          ? html`<p class="nl-paragraph">${t('register.questions.none')}</p>`
          : html`<dl class="dlw-qa-pairs">
              ${breach.questions.map(
                (q) =>
                  html`<dt>${q.question[lang]}</dt>
                    <dd>${q.answer[lang]}</dd>`,
              )}
            </dl>`,
      )}
      ${section(
        'bronnen',
        t('register.section.sources'),
        breach.sources.length === 0
          ? html`<p class="nl-paragraph">${t('register.sources.none')}</p>`
          : html`<ul class="utrecht-unordered-list">
              ${breach.sources.map(
                (s) =>
                  html`<li class="utrecht-unordered-list__item">
                    ${isWebUrl(s.url) ? html`<a class="nl-link" href="${s.url}">${s.title}</a>` : s.title}
                    (${t(`register.sourceKind.${s.kind}`)})
                  </li>`,
              )}
            </ul>`,
      )}
      ${section('kamervragen', t('register.section.kamervragen'), kamervragenSection(page, kamervragen))}
      <p class="nl-paragraph">
        ${t('register.lastChanged', { date: formatPartialDate(lang, breach.updatedAt.slice(0, 10)) })}
      </p>`,
  };
}
