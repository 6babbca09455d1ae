import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { organisationRoles } from '../../../core/access/actor.ts';
import { organisationKinds, sectors } from '../../../core/breaches/vocabulary.ts';
import type { FieldError } from '../../../errors/catalogue.ts';
import { addMember } from '../../../use-cases/add-member.ts';
import { changeRole } from '../../../use-cases/change-role.ts';
import { createOrganisationWithOwner } from '../../../use-cases/create-organisation-with-owner.ts';
import { exportAuditLog } from '../../../use-cases/export-audit-log.ts';
import { exportInternalRegister } from '../../../use-cases/export-internal-register.ts';
import { getOrganisation } from '../../../use-cases/get-organisation.ts';
import { listAuditLog } from '../../../use-cases/list-audit-log.ts';
import { listMembers } from '../../../use-cases/list-members.ts';
import { listOrganisations } from '../../../use-cases/list-organisations.ts';
import type { RouteDeps } from '../../deps.ts';
import { firstText } from '../../route-kernel/input.ts';
import { errorsById, type FormValues } from '../../pages/workspace/fields.ts';
import { adminOrganisationsPage, auditPage, membersPage } from '../../pages/workspace/organisation-pages.ts';
import { ifValid, isFormError, orFormErrors } from './breach-pages.ts';
import { choice, flatIssues, formValues, optionalText, pick, requiredText } from './form-schemas.ts';
import { redirect } from '../../route-kernel/outcome.ts';
import { route, type WorkspaceContext, sessionRoute } from '../../route-kernel/route.ts';

const organisationParams = z.object({ organisationId: z.string().trim().min(1).max(100) });

export const addMemberFormSchema = z.object({
  email: z.string().trim().min(1, 'workspace.error.required').max(254, 'workspace.error.tooLong'),
  role: choice(organisationRoles),
});

export const createOrganisationFormSchema = z.object({
  name: requiredText(200),
  kind: choice(organisationKinds),
  sector: choice(sectors),
  website: optionalText(2000).refine((v) => v === '' || /^https?:\/\/\S+$/.test(v), 'workspace.error.url'),
  ownerEmail: optionalText(254),
});

/** The organisation the route names, for someone who may see it (`getOrganisation` decides). */
async function visibleOrganisation(context: WorkspaceContext) {
  const { organisationId } = organisationParams.parse(context.request.params);
  return getOrganisation(context.useCases, { actor: context.session.actor, organisationId });
}

/** The notice a page shows after a redirect (`?bericht=opgeslagen`). */
const noticeQuery = z.object({ bericht: firstText() });
const notice = (context: WorkspaceContext) => noticeQuery.parse(context.request.query ?? {}).bericht;

/** Members and roles, the audit log and its export, the internal register, and platform administration. */
export function organisationRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const base = '/werkruimte/organisaties/:organisationId';

  async function showMembers(context: WorkspaceContext, values: FormValues, errors: FieldError[]) {
    const organisation = await visibleOrganisation(context);
    const members = await listMembers(context.useCases, {
      actor: context.session.actor,
      organisationId: organisation.id,
    });
    const saved = notice(context) === 'opgeslagen' ? context.page.t('workspace.notice.saved') : undefined;
    return membersPage(
      context.page,
      organisation,
      members,
      context.csrfToken,
      {
        values,
        errors: errorsById(errors, context.page.lang),
      },
      saved,
    );
  }

  route(app, deps, {
    method: 'GET',
    path: `${base}/leden`,
    auth: 'session',
    handler: (context) => showMembers(context, { role: 'viewer' }, []),
  });

  sessionRoute(app, deps, 'POST', `${base}/leden`, async (context) => {
    const organisation = await visibleOrganisation(context);
    const values = formValues(context.request.body);
    const result = await ifValid(addMemberFormSchema, pick(values, ['email', 'role']), (data) =>
      addMember(context.useCases, {
        actor: context.session.actor,
        organisationId: organisation.id,
        ...data,
      }),
    );
    if (isFormError(result)) return showMembers(context, values, result.fieldErrors);
    return redirect(
      `${context.page.href(`/werkruimte/organisaties/${organisation.id}/leden`)}?bericht=opgeslagen`,
    );
  });

  sessionRoute(app, deps, 'POST', `${base}/leden/:userId/rol`, async (context) => {
    const organisation = await visibleOrganisation(context);
    const { userId } = z.object({ userId: z.string().min(1).max(100) }).parse(context.request.params);
    const values = formValues(context.request.body);
    const result = await ifValid(
      z.object({ role: choice(organisationRoles) }),
      pick(values, ['role']),
      (data) =>
        changeRole(context.useCases, {
          actor: context.session.actor,
          organisationId: organisation.id,
          userId,
          role: data.role,
        }),
    );
    if (isFormError(result))
      return showMembers(
        context,
        { role: 'viewer' },
        result.fieldErrors.map((e) => ({
          path: e.path === 'role' ? `role-${userId}` : e.path,
          message: e.message,
        })),
      );
    return redirect(
      `${context.page.href(`/werkruimte/organisaties/${organisation.id}/leden`)}?bericht=opgeslagen`,
    );
  });

  sessionRoute(app, deps, 'GET', `${base}/logboek`, async (context) => {
    const organisation = await visibleOrganisation(context);
    const { pagina } = z
      .object({ pagina: z.coerce.number().int().min(1).max(100_000).default(1) })
      .parse(context.request.query ?? {});
    const entries = await listAuditLog(context.useCases, {
      actor: context.session.actor,
      organisationId: organisation.id,
      page: pagina,
      pageSize: 50,
    });
    // Names make the log readable; people who left the organisation keep their id.
    const names = new Map(
      (
        await listMembers(context.useCases, {
          actor: context.session.actor,
          organisationId: organisation.id,
        })
      ).map((member) => [member.userId, member.displayName]),
    );
    return auditPage(context.page, organisation, entries, names);
  });

  for (const format of ['csv', 'json'] as const) {
    sessionRoute(app, deps, 'GET', `${base}/logboek.${format}`, async (context) => {
      const organisation = await visibleOrganisation(context);
      const file = await exportAuditLog(context.useCases, {
        actor: context.session.actor,
        organisationId: organisation.id,
        format,
      });
      return { kind: 'download', ...file };
    });
  }

  sessionRoute(app, deps, 'GET', `${base}/register.csv`, async (context) => {
    const organisation = await visibleOrganisation(context);
    const file = await exportInternalRegister(context.useCases, {
      actor: context.session.actor,
      organisationId: organisation.id,
      lang: context.page.lang,
    });
    return { kind: 'download', ...file };
  });

  async function showAdmin(context: WorkspaceContext, values: FormValues, errors: FieldError[]) {
    const organisations = await listOrganisations(context.useCases, {
      actor: context.session.actor,
      all: true,
    });
    const created = notice(context) === 'aangemaakt' ? context.page.t('workspace.notice.created') : undefined;
    return adminOrganisationsPage(
      context.page,
      organisations,
      context.csrfToken,
      {
        values,
        errors: errorsById(errors, context.page.lang),
      },
      created,
    );
  }

  route(app, deps, {
    method: 'GET',
    path: '/werkruimte/beheer/organisaties',
    auth: 'session',
    handler: (context) => showAdmin(context, { kind: 'company', sector: 'other' }, []),
  });

  sessionRoute(app, deps, 'POST', '/werkruimte/beheer/organisaties', async (context) => {
    const values = formValues(context.request.body);
    const parsed = createOrganisationFormSchema.safeParse(
      pick(values, Object.keys(createOrganisationFormSchema.shape)),
    );
    // An invalid form shows the page again, which only a platform administrator may see.
    if (!parsed.success) return showAdmin(context, values, flatIssues(parsed.error));
    const { ownerEmail, website, ...rest } = parsed.data;
    const result = await orFormErrors(() =>
      createOrganisationWithOwner(context.useCases, {
        actor: context.session.actor,
        ...rest,
        website: website === '' ? null : website,
        ownerEmail: ownerEmail === '' ? undefined : ownerEmail,
      }),
    );
    if (isFormError(result)) return showAdmin(context, values, result.fieldErrors);
    return redirect(`${context.page.href('/werkruimte/beheer/organisaties')}?bericht=aangemaakt`);
  });
}
