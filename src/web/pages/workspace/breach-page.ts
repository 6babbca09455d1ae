import type { OrganisationRole } from '../../../core/access/actor.ts';
import { riskLevelNames, severityLevelNames } from '../../../core/assessment/labels.ts';
import { certainties } from '../../../core/breaches/vocabulary.ts';
import type { Category } from '../../../core/knowledge/index.ts';
import type { BreachDetail } from '../../../use-cases/get-breach.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext, PageView } from '../../page.ts';
import {
  facts,
  formatNumber,
  h1,
  h2,
  h3,
  link,
  notice,
  paragraph,
  paths,
  statusBadge,
  tableOr,
} from './common.ts';
import { dateFieldNames, dateKeys, partyRoleKeys, sectorKeys } from './register-wizard.ts';
import type {
  StoredAssessment,
  StoredAuthorityNotification,
} from '../../../core/breaches/assessment-records.ts';

export const certaintyKeys: Record<string, MessageKey> = Object.fromEntries(
  certainties.map((c) => [c, `workspace.certainty.${c}` as MessageKey]),
);

/** Notices shown after a redirect, by the `bericht` query value. */
export const noticeKeys: Record<string, MessageKey> = {
  geregistreerd: 'workspace.notice.registered',
  opgeslagen: 'workspace.notice.saved',
  update: 'workspace.notice.updateAdded',
  aantal: 'workspace.notice.countRevised',
  gepubliceerd: 'workspace.notice.published',
  teruggetrokken: 'workspace.notice.unpublished',
  afgesloten: 'workspace.notice.closed',
  beoordeeld: 'workspace.notice.assessed',
  gemeld: 'workspace.notice.notificationRecorded',
};

export interface BreachPageData {
  breach: BreachDetail;
  role: OrganisationRole;
  assessment: StoredAssessment | undefined;
  notifications: StoredAuthorityNotification[];
  categories: Category[];
  notice: string | undefined;
}

/** A short block with the latest assessment: risk, Art. 33 and 34 decisions, the deadline. */
export function assessmentSummary(page: PageContext, stored: StoredAssessment): Html {
  const { t, lang } = page;
  const a = stored.assessment;
  return facts(page, [
    [t('workspace.assessment.assessedAt'), stored.assessedAt.slice(0, 16).replace('T', ' ') + ' UTC'],
    [
      t('workspace.assessment.severity'),
      `${severityLevelNames[a.severity.level][lang]} (${a.severity.formula})`,
    ],
    [t('workspace.assessment.risk'), riskLevelNames[a.risk.level][lang]],
    [
      t('workspace.assessment.notifyAuthority'),
      a.notifyAuthority.required ? t('workspace.form.yes') : t('workspace.form.no'),
    ],
    [
      t('workspace.assessment.informPeople'),
      a.informPeople.required ? t('workspace.form.yes') : t('workspace.form.no'),
    ],
    [
      t('workspace.assessment.deadline'),
      a.deadline.applies
        ? `${a.deadline.deadlineAt.slice(0, 16).replace('T', ' ')} UTC`
        : t('workspace.assessment.noDeadline'),
    ],
    [t('workspace.assessment.summary'), a.summary[lang]],
  ]);
}

/** The workspace page of one breach: every field, the count history, updates, assessment and notifications. */
export function breachPage(page: PageContext, data: BreachPageData): PageView {
  const { t, lang } = page;
  const { breach, role } = data;
  const base = paths.breach(breach.id);
  const canEdit = role !== 'viewer';
  const canPublish = role === 'owner';
  const categoryName = (id: string) => data.categories.find((c) => c.id === id)?.name[lang] ?? id;
  const actions: [string, MessageKey][] = [[`${base}/kamervragen`, 'kamervragenLinks.breachAction']];
  if (canEdit)
    actions.push(
      [`${base}/bewerken`, 'workspace.breach.action.edit'],
      [`${base}/update`, 'workspace.breach.action.update'],
      [`${base}/aantal`, 'workspace.breach.action.count'],
      [`${base}/beoordeling`, 'workspace.breach.action.assess'],
      [`${base}/melding`, 'workspace.breach.action.notify'],
      [`${base}/brieven`, 'letters.action.open'],
    );
  if (canPublish && breach.status === 'draft')
    actions.push([`${base}/publiceren`, 'workspace.breach.action.publish']);
  if (canPublish && breach.status === 'published')
    actions.push([`${base}/afsluiten`, 'workspace.breach.action.close']);
  if (canPublish && breach.status !== 'draft')
    actions.push([`${base}/terugtrekken`, 'workspace.breach.action.unpublish']);
  return {
    title: breach.title[lang],
    body: html`${notice(data.notice)} ${h1(breach.title[lang])}
      <p class="nl-paragraph">${t('workspace.breach.status')}: ${statusBadge(page, breach.status)}</p>
      ${paragraph(t('workspace.breach.organisation', { name: breach.organisationName }))}
      ${
        actions.length > 0 &&
        html`<nav aria-label="${t('workspace.breach.actionsLabel')}">
          <ul class="utrecht-unordered-list">
            ${actions.map(([href, key]) => html`<li class="utrecht-unordered-list__item">${link(page.href(href), t(key))}</li>`)}
          </ul>
        </nav>`
      }
      ${h2(t('workspace.breach.assessmentHeading'), 'assessment')}
      ${
        data.assessment
          ? html`${assessmentSummary(page, data.assessment)}
            ${paragraph(link(page.href(`${base}/beoordeling/laatste`), t('workspace.breach.assessmentFull')))}`
          : paragraph(t('workspace.breach.noAssessment'))
      }
      ${h2(t('workspace.breach.notificationsHeading'), 'notifications')}
      ${paragraph(t('workspace.breach.notificationsInternal'))}
      ${
        data.notifications.length === 0
          ? paragraph(t('workspace.breach.noNotifications'))
          : html`<ol class="utrecht-ordered-list">
              ${data.notifications.map(
                (n) =>
                  html`<li class="utrecht-ordered-list__item">
                    ${n.notification.phaseLabel[lang]} – ${n.preparedAt.slice(0, 16).replace('T', ' ')} UTC –
                    ${n.complete ? t('workspace.notification.complete') : t('workspace.notification.incomplete')}
                    (${link(page.href(`${base}/melding/${n.id}/pdf`), t('workspace.notification.pdf'))},
                    ${link(page.href(`${base}/melding/${n.id}/json`), t('workspace.notification.json'))})
                  </li>`,
              )}
            </ol>`
      }
      ${h2(t('workspace.breach.detailsHeading'))}
      ${facts(page, [
        [t('workspace.field.titleNl'), breach.title.nl],
        [t('workspace.field.titleEn'), breach.title.en],
        [
          t('workspace.field.sector'),
          sectorKeys[breach.sector as keyof typeof sectorKeys]
            ? t(sectorKeys[breach.sector as keyof typeof sectorKeys])
            : breach.sector,
        ],
        [t('workspace.field.descriptionNl'), breach.description.nl],
        [t('workspace.field.descriptionEn'), breach.description.en],
        [
          t('workspace.breach.parties'),
          breach.parties
            .map(
              (p) =>
                `${breach.partyNames[p.organisationId] ?? p.organisationId}: ${t(partyRoleKeys[p.role])}`,
            )
            .join('; '),
        ],
        ...dateFieldNames.map((name): [string, string | null] => [t(dateKeys[name]), breach.dates[name]]),
        [t('workspace.field.dataCategories'), breach.dataCategories.map(categoryName).join(', ')],
        [
          t('workspace.breach.peopleAffected'),
          breach.peopleAffected === null ? null : formatNumber(page, breach.peopleAffected),
        ],
      ])}
      ${h3(t('workspace.breach.groupsHeading'))}
      ${tableOr(
        t('workspace.common.empty'),
        t('workspace.breach.groupsHeading'),
        [t('workspace.group.name'), t('workspace.group.certainty'), t('workspace.group.count')],
        breach.recipientGroups.map((g) => [
          g.name[lang],
          t(certaintyKeys[g.certainty] ?? 'workspace.certainty.possibly'),
          g.count === null ? '–' : formatNumber(page, g.count),
        ]),
      )}
      ${h3(t('workspace.breach.measuresHeading'))}
      ${
        breach.measures.length === 0
          ? paragraph(t('workspace.common.empty'))
          : html`<ul class="utrecht-unordered-list">
              ${breach.measures.map((m) => html`<li class="utrecht-unordered-list__item">${m[lang]}</li>`)}
            </ul>`
      }
      ${h3(t('workspace.breach.helplineHeading'))}
      ${facts(page, [
        [t('workspace.helpline.phone'), breach.helpline?.phone],
        [t('workspace.helpline.hours'), breach.helpline?.hours?.[lang]],
        [t('workspace.helpline.url'), breach.helpline?.url],
      ])}
      ${h3(t('workspace.breach.questionsHeading'))}
      ${
        breach.questions.length === 0
          ? paragraph(t('workspace.common.empty'))
          : html`<dl class="dlw-facts">
              ${breach.questions.map(
                (q) =>
                  html`<dt>${q.question[lang]}</dt>
                    <dd>${q.answer[lang]}</dd>`,
              )}
            </dl>`
      }
      ${h3(t('workspace.breach.sourcesHeading'))}
      ${
        breach.sources.length === 0
          ? paragraph(t('workspace.common.empty'))
          : html`<ul class="utrecht-unordered-list">
              ${breach.sources.map(
                (s) =>
                  html`<li class="utrecht-unordered-list__item">
                    ${s.url ? link(s.url, s.title) : s.title}
                  </li>`,
              )}
            </ul>`
      }
      ${h2(t('workspace.breach.countHistoryHeading'), 'count-history')}
      ${tableOr(
        t('workspace.breach.noCounts'),
        t('workspace.breach.countHistoryHeading'),
        [
          t('workspace.count.date'),
          t('workspace.count.people'),
          t('workspace.count.reason'),
          t('workspace.count.recorded'),
        ],
        breach.countRevisions.map((r) => [
          r.effectiveOn,
          formatNumber(page, r.peopleAffected),
          r.reason[lang],
          r.recordedAt.slice(0, 10),
        ]),
      )}
      ${h2(t('workspace.breach.updatesHeading'), 'updates')}
      ${
        breach.updates.length === 0
          ? paragraph(t('workspace.breach.noUpdates'))
          : html`<ol class="utrecht-ordered-list">
              ${breach.updates.map(
                (u) =>
                  html`<li class="utrecht-ordered-list__item">
                    <strong>${u.publishedOn}</strong>: ${u.text[lang]}
                  </li>`,
              )}
            </ol>`
      }`,
  };
}
