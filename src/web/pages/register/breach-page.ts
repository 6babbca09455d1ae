import type { Category } from '../../../core/knowledge/index.ts';
import type { StoredKamervragenSet } from '../../../core/kamervragen/records.ts';
import type { BreachDetail } from '../../../use-cases/get-breach.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext, PageView } from '../../page.ts';
import { countsTable } from './breach/counts-table.ts';
import { helpline } from './breach/helpline-facts.ts';
import { kamervragenSection } from './breach/kamervragen-section.ts';
import { planLink } from './breach/plan-link.ts';
import { recipientsTable } from './breach/recipients-table.ts';
import { timeline } from './breach/timeline-list.ts';
import { formatCount, formatPartialDate } from './format.ts';
import { inKnowledgeOrder, sectorLabel } from './labels.ts';
import { isWebUrl } from './safe-url.ts';
import { speedSection } from './speed-section.ts';

export { planLink } from './breach/plan-link.ts';

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
