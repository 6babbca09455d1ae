import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../errors/catalogue.ts';
import { checkLetterReadiness } from '../../../use-cases/check-letter-readiness.ts';
import { saveLetterSender } from '../../../use-cases/save-letter-sender.ts';
import type { RouteDeps } from '../../deps.ts';
import { letterPaths } from '../../pages/workspace-letters/parts.ts';
import { senderFormPage } from '../../pages/workspace-letters/sender-form.ts';
import type { FormValues } from '../../pages/workspace/fields.ts';
import { formValues, valueOf } from '../workspace/form-schemas.ts';
import { editableBreach, breachRoute } from '../workspace/member-breach.ts';
import { redirect } from '../../route-kernel/outcome.ts';
import { route, type WorkspaceContext } from '../../route-kernel/route.ts';
import { errorsFrom } from './form-errors.ts';
import type { LetterSender } from '../../../core/letters/records.ts';

function valuesOfSender(sender: LetterSender | undefined): FormValues {
  if (!sender) return {};
  return {
    addressLines: sender.addressLines.join('\n'),
    'contact.name': sender.contact.name,
    'contact.phone': sender.contact.phone ?? '',
    'contact.email': sender.contact.email ?? '',
    'contact.website': sender.contact.website ?? '',
    'helpline.phone': sender.helpline?.phone ?? '',
    'helpline.hours.nl': sender.helpline?.hours?.nl ?? '',
    'helpline.hours.en': sender.helpline?.hours?.en ?? '',
    website: sender.website ?? '',
    'signatory.name': sender.signatory.name,
    'signatory.role.nl': sender.signatory.role?.nl ?? '',
    'signatory.role.en': sender.signatory.role?.en ?? '',
    referencePrefix: sender.referencePrefix,
    emailFrom: sender.emailFrom ?? '',
  };
}

/** The sender of a breach's letters (`…/brieven/afzender`), for editors and owners. */
export function senderRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const path = '/werkruimte/datalekken/:breachId/brieven/afzender';

  async function show(context: WorkspaceContext, values?: FormValues, errors = new Map<string, string>()) {
    const { breach } = await editableBreach(context);
    const readiness = await checkLetterReadiness(context.useCases, {
      actor: context.session.actor,
      breachId: breach.id,
      jargon: [],
    });
    return senderFormPage(context.page, context.csrfToken, {
      breachId: breach.id,
      breachTitle: breach.title[context.page.lang],
      values: values ?? valuesOfSender(readiness.sender),
      errors,
    });
  }

  route(app, deps, { method: 'GET', path: path, auth: 'session', handler: (context) => show(context) });

  breachRoute(app, deps, 'POST', path, async (context, breach) => {
    const values = formValues(context.request.body);
    const v = (name: string) => valueOf(values, name);
    try {
      await saveLetterSender(context.useCases, {
        actor: context.session.actor,
        breachId: breach.id,
        addressLines: v('addressLines')
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean),
        contact: {
          name: v('contact.name'),
          phone: v('contact.phone'),
          email: v('contact.email'),
          website: v('contact.website'),
        },
        helpline: {
          phone: v('helpline.phone'),
          hours: { nl: v('helpline.hours.nl'), en: v('helpline.hours.en') },
        },
        website: v('website'),
        signatory: {
          name: v('signatory.name'),
          role: { nl: v('signatory.role.nl'), en: v('signatory.role.en') },
        },
        referencePrefix: v('referencePrefix'),
        emailFrom: v('emailFrom'),
      });
    } catch (error) {
      if (error instanceof AppError && error.code !== 'validation_failed') throw error;
      return show(context, values, errorsFrom(context.page, error));
    }
    return redirect(context.page.href(letterPaths.overview(breach.id)));
  });
}
