import { organisationRoles } from '../../../core/access/actor.ts';
import { organisationKinds, sectors } from '../../../core/breaches/vocabulary.ts';
import type { Page } from '../../../use-cases/list-breaches.ts';
import { csrfField } from '../../csrf.ts';
import { html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext, PageView } from '../../page.ts';
import { h1, h2, link, notice, paragraph, paths, roleKeys, table, tableOr } from './common.ts';
import { selectField, textField, workspaceErrorSummary, type FormValues } from './fields.ts';
import { sectorKeys } from './register-wizard.ts';
import type { AuditEntry } from '../../../core/audit/audit-entry.ts';
import type { MemberListing, Organisation } from '../../../core/accounts/records.ts';

interface FormState {
  values: FormValues;
  errors: Map<string, string>;
}

function roleChoices(page: PageContext) {
  return organisationRoles.map((r) => ({ value: r, label: page.t(roleKeys[r]) }));
}

/** Members and their roles; owners add people and change roles. */
export function membersPage(
  page: PageContext,
  organisation: Organisation,
  members: MemberListing[],
  csrfToken: string,
  state: FormState,
  message: string | undefined,
): PageView {
  const { t } = page;
  const base = paths.organisation(organisation.id);
  const title = t('workspace.members.title', { name: organisation.name });
  return {
    status: state.errors.size > 0 ? 400 : 200,
    title: state.errors.size > 0 ? `${t('workspace.form.errorPrefix')} ${title}` : title,
    body: html`${workspaceErrorSummary(page, state.errors)} ${notice(message)} ${h1(title)}
      ${table(
        t('workspace.members.caption'),
        [t('workspace.members.col.name'), t('workspace.members.col.email'), t('workspace.members.col.role')],
        members.map((m) => [
          m.displayName,
          m.email,
          html`<form method="post" action="${page.href(`${base}/leden/${encodeURIComponent(m.userId)}/rol`)}">
            ${csrfField(csrfToken)}
            <label class="utrecht-form-label" for="role-${m.userId}"
              >${t('workspace.members.roleOf', { name: m.displayName })}</label
            >
            <select class="utrecht-select utrecht-select--html-select" id="role-${m.userId}" name="role">
              ${organisationRoles.map(
                (r) =>
                  html`<option value="${r}" ${r === m.role ? html` selected` : ''}>
                    ${t(roleKeys[r])}
                  </option>`,
              )}
            </select>
            <button class="nl-button nl-button--secondary" type="submit">
              ${t('workspace.members.change')}
            </button>
          </form>`,
        ]),
      )}
      ${h2(t('workspace.members.addHeading'))} ${paragraph(t('workspace.members.addLead'))}
      <form method="post" action="${page.href(`${base}/leden`)}" novalidate>
        ${csrfField(csrfToken)}
        ${textField(page, { ...state, name: 'email', label: t('workspace.login.email'), type: 'email', autocomplete: 'off' })}
        ${selectField(page, { ...state, name: 'role', label: t('workspace.members.role'), choices: roleChoices(page) })}
        <button class="nl-button nl-button--primary" type="submit">${t('workspace.members.add')}</button>
      </form>`,
  };
}

/** The audit log, newest first, with links to the CSV and JSON exports. */
export function auditPage(
  page: PageContext,
  organisation: Organisation,
  entries: Page<AuditEntry>,
  names: ReadonlyMap<string, string>,
): PageView {
  const { t } = page;
  const base = paths.organisation(organisation.id);
  const title = t('workspace.audit.title', { name: organisation.name });
  return {
    title,
    body: html`${h1(title)} ${paragraph(t('workspace.audit.lead'))}
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          ${link(page.href(`${base}/logboek.csv`), t('workspace.audit.csv'))}
        </li>
        <li class="utrecht-unordered-list__item">
          ${link(page.href(`${base}/logboek.json`), t('workspace.audit.json'))}
        </li>
      </ul>
      ${table(
        t('workspace.audit.caption'),
        [
          t('workspace.audit.col.when'),
          t('workspace.audit.col.who'),
          t('workspace.audit.col.action'),
          t('workspace.audit.col.entity'),
        ],
        entries.items.map((e) => [
          `${e.occurredAt.slice(0, 19).replace('T', ' ')} UTC`,
          e.actorUserId ? (names.get(e.actorUserId) ?? e.actorUserId) : (e.actorTokenId ?? e.actorKind),
          e.action,
          `${e.entityType} ${e.entityId}`,
        ]),
      )}
      ${
        entries.pageCount > 1 &&
        html`<p class="nl-paragraph">
          ${t('workspace.audit.pageOf', { page: entries.page, pages: entries.pageCount })}
          ${entries.page > 1 && link(page.href(`${base}/logboek`) + `?pagina=${entries.page - 1}`, t('workspace.audit.previous'))}
          ${entries.page < entries.pageCount && link(page.href(`${base}/logboek`) + `?pagina=${entries.page + 1}`, t('workspace.audit.next'))}
        </p>`
      }`,
  };
}

const kindKeys = Object.fromEntries(organisationKinds.map((k) => [k, `workspace.orgKind.${k}`])) as Record<
  (typeof organisationKinds)[number],
  MessageKey
>;

/** Platform administration: every organisation, and a form to add one with its first owner. */
export function adminOrganisationsPage(
  page: PageContext,
  organisations: Organisation[],
  csrfToken: string,
  state: FormState,
  message: string | undefined,
): PageView {
  const { t } = page;
  const title = t('workspace.admin.title');
  return {
    status: state.errors.size > 0 ? 400 : 200,
    title: state.errors.size > 0 ? `${t('workspace.form.errorPrefix')} ${title}` : title,
    body: html`${workspaceErrorSummary(page, state.errors)} ${notice(message)} ${h1(title)}
      ${tableOr(
        t('workspace.admin.none'),
        t('workspace.admin.caption'),
        [
          t('workspace.admin.col.name'),
          t('workspace.admin.col.slug'),
          t('workspace.field.sector'),
          t('workspace.admin.col.members'),
        ],
        organisations.map((o) => [
          o.name,
          o.slug,
          t(sectorKeys[o.sector as keyof typeof sectorKeys] ?? 'workspace.sector.other'),
          link(page.href(`${paths.organisation(o.id)}/leden`), t('workspace.dashboard.members')),
        ]),
      )}
      ${h2(t('workspace.admin.createHeading'))} ${paragraph(t('workspace.form.requiredNote'))}
      <form method="post" action="${page.href('/werkruimte/beheer/organisaties')}" novalidate>
        ${csrfField(csrfToken)}
        ${textField(page, { ...state, name: 'name', label: t('workspace.admin.name') })}
        ${selectField(page, {
          ...state,
          name: 'kind',
          label: t('workspace.admin.kind'),
          choices: organisationKinds.map((k) => ({ value: k, label: t(kindKeys[k]) })),
        })}
        ${selectField(page, {
          ...state,
          name: 'sector',
          label: t('workspace.field.sector'),
          choices: sectors.map((s) => ({ value: s, label: t(sectorKeys[s]) })),
        })}
        ${textField(page, { ...state, name: 'website', label: t('workspace.admin.website'), type: 'url', optional: true })}
        ${textField(page, {
          ...state,
          name: 'ownerEmail',
          label: t('workspace.admin.ownerEmail'),
          hint: t('workspace.admin.ownerEmailHint'),
          type: 'email',
          optional: true,
        })}
        <button class="nl-button nl-button--primary" type="submit">${t('workspace.admin.create')}</button>
      </form>`,
  };
}
