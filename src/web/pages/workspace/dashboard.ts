import type { OrganisationRole } from '../../../core/access/actor.ts';
import { html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { formatNumber, h1, h2, link, paragraph, paths, roleKeys, statusBadge, tableOr } from './common.ts';
import type { BreachSummary } from '../../../core/breaches/breach-summary.ts';
import type { Organisation } from '../../../core/accounts/records.ts';

export interface DashboardOrganisation {
  organisation: Organisation;
  role: OrganisationRole;
  breaches: BreachSummary[];
}

/** The start page: per organisation the breaches with their status, and what the role may do. */
export function dashboardPage(
  page: PageContext,
  organisations: DashboardOrganisation[],
  isAdmin: boolean,
): PageView {
  const { t, lang } = page;
  return {
    title: t('workspace.dashboard.title'),
    body: html`${h1(t('workspace.dashboard.title'))}
    ${
      organisations.length === 0 &&
      paragraph(isAdmin ? t('workspace.dashboard.noneAdmin') : t('workspace.dashboard.none'))
    }
    ${organisations.map(({ organisation, role, breaches }) => {
      const base = paths.organisation(organisation.id);
      return html`<section aria-labelledby="org-${organisation.id}">
        ${h2(organisation.name, `org-${organisation.id}`)}
        ${paragraph(t('workspace.dashboard.yourRole', { role: t(roleKeys[role]) }))}
        <ul class="utrecht-unordered-list">
          ${
            role !== 'viewer' &&
            html`<li class="utrecht-unordered-list__item">
              ${link(page.href(`${base}/datalekken/nieuw`), t('workspace.dashboard.newBreach'))}
            </li>`
          }
          <li class="utrecht-unordered-list__item">
            ${link(page.href(`${base}/register.csv`), t('workspace.dashboard.register'))}
          </li>
          ${
            role === 'owner' &&
            html`<li class="utrecht-unordered-list__item">
                ${link(page.href(`${base}/leden`), t('workspace.dashboard.members'))}
              </li>
              <li class="utrecht-unordered-list__item">
                ${link(page.href(`${base}/logboek`), t('workspace.dashboard.audit'))}
              </li>`
          }
        </ul>
        ${tableOr(
          t('workspace.dashboard.noBreaches'),
          t('workspace.dashboard.breachesCaption', { name: organisation.name }),
          [
            t('workspace.dashboard.col.title'),
            t('workspace.dashboard.col.status'),
            t('workspace.dashboard.col.people'),
            t('workspace.dashboard.col.updated'),
          ],
          breaches.map((breach) => [
            link(page.href(paths.breach(breach.id)), breach.title[lang]),
            statusBadge(page, breach.status),
            breach.peopleAffected === null ? '–' : formatNumber(page, breach.peopleAffected),
            breach.updatedAt.slice(0, 10),
          ]),
        )}
      </section>`;
    })}`,
  };
}
