import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../errors/catalogue.ts';
import {
  encodingFromLabel,
  recipientFields,
  type RecipientEncoding,
  type RecipientMapping,
} from '../../../importers/recipients-csv/index.ts';
import { checkLetterReadiness } from '../../../use-cases/check-letter-readiness.ts';
import {
  checkRecipientsFile,
  describeRecipientsUpload,
  type RecipientsUpload,
} from '../../../use-cases/check-recipients-file.ts';
import { findStartedLetterRound, startLetterRound } from '../../../use-cases/start-letter-round.ts';
import type { RouteDeps } from '../../deps.ts';
import { letterPaths } from '../../pages/workspace-letters/parts.ts';
import { mappingPage, uploadPage } from '../../pages/workspace-letters/upload-pages.ts';
import { partNames } from '../../pages/workspace-letters/mapping-fields.ts';
import type { FormValues } from '../../pages/workspace/fields.ts';
import { formValues, valueOf, valuesOf } from '../workspace/form-schemas.ts';
import { breachParams, editableBreach } from '../workspace/member-breach.ts';
import { redirect } from '../../route-kernel/outcome.ts';
import { type WorkspaceContext, sessionRoute } from '../../route-kernel/route.ts';
import { errorsFrom } from './form-errors.ts';
import type { LettersWeb } from './letters-deps.ts';

const uploadParams = breachParams.extend({ uploadId: z.string().regex(/^[a-f0-9]{32}$/) });

/** The mapping from the form: a composed field from its first select and its part selects. */
function mappingOf(values: FormValues): RecipientMapping {
  const mapping: RecipientMapping = {};
  for (const field of recipientFields) {
    const parts = [`mapping.${field}`, ...partNames(field)].map((n) => valueOf(values, n)).filter(Boolean);
    if (parts.length === 1) mapping[field] = parts[0] as string;
    else if (parts.length > 1) mapping[field] = parts;
  }
  return mapping;
}

function startValues(upload: RecipientsUpload): FormValues {
  const values: FormValues = { groups: [...upload.groups], ...(upload.sheet ? { sheet: upload.sheet } : {}) };
  for (const [field, header] of Object.entries(upload.suggested)) {
    const [first, ...rest] = typeof header === 'string' ? [header] : header;
    values[`mapping.${field}`] = first ?? '';
    rest.forEach((part, i) => (values[`mapping.${field}.${i + 2}`] = part));
  }
  return values;
}

/** The encoding chosen on the mapping page (`auto`, or absent, means detected). */
function encodingOf(body: unknown): RecipientEncoding | undefined {
  const raw = (body as { encoding?: unknown } | undefined)?.encoding;
  return typeof raw === 'string' ? encodingFromLabel(raw) : undefined;
}

/**
 * Steps 2 and 3 (`…/brieven/ontvangers/:uploadId`): the column mapping with the validation
 * report of the whole file, then starting the round. Starting is refused, with every missing
 * item named, while the letters are not complete.
 */
export function mappingRoutes(app: FastifyInstance, deps: RouteDeps, letters: LettersWeb): void {
  const path = '/werkruimte/datalekken/:breachId/brieven/ontvangers/:uploadId';
  const lettersDeps = {
    db: deps.storage.db,
    lettersDir: letters.round.lettersDir,
    knowledge: deps.knowledge,
  };

  async function load(context: WorkspaceContext) {
    const { breach } = await editableBreach(context);
    const { uploadId } = uploadParams.parse(context.request.params);
    const encoding = encodingOf(context.request.body);
    const sheet = (context.request.body as { sheet?: unknown } | undefined)?.sheet;
    const options = {
      actor: context.session.actor,
      breachId: breach.id,
      uploadId,
      ...(encoding ? { encoding } : {}),
      ...(typeof sheet === 'string' && sheet ? { sheet } : {}),
    };
    return { breach, options, upload: await describeRecipientsUpload(lettersDeps, options) };
  }

  /** A file whose round was started already (back button, double click) shows that round. */
  async function startedRound(context: WorkspaceContext) {
    const { breach } = await editableBreach(context);
    const { uploadId } = uploadParams.parse(context.request.params);
    const jobId = await findStartedLetterRound(lettersDeps, {
      actor: context.session.actor,
      breachId: breach.id,
      uploadId,
    });
    return jobId ? redirect(context.page.href(letterPaths.round(breach.id, jobId))) : undefined;
  }

  const fileProblem = (
    context: WorkspaceContext,
    breach: { id: string; title: { nl: string; en: string } },
  ) =>
    uploadPage(context.page, context.csrfToken, {
      breachId: breach.id,
      breachTitle: breach.title[context.page.lang],
      limitMb: Math.floor(letters.limitBytes / (1024 * 1024)),
      outputDays: letters.round.outputDays,
      error: context.page.t('letters.upload.unreadable'),
    });

  sessionRoute(app, deps, 'GET', path, async (context) => {
    const started = await startedRound(context);
    if (started) return started;
    const { breach } = await editableBreach(context);
    try {
      const { upload } = await load(context);
      return mappingPage(context.page, context.csrfToken, {
        breachId: breach.id,
        breachTitle: breach.title[context.page.lang],
        upload,
        values: startValues(upload),
        errors: new Map(),
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'validation_failed')
        return fileProblem(context, breach);
      throw error;
    }
  });

  sessionRoute(app, deps, 'POST', path, async (context) => {
    const started = await startedRound(context);
    if (started) return started;
    const { breach, options, upload } = await load(context);
    const values = formValues(context.request.body);
    const action = (context.request.body as { action?: unknown } | undefined)?.action;
    const mapping = mappingOf(values);
    // The web makes print batches; one .eml file per letter is for the command line.
    const format = 'pdf' as const;
    const groups = upload.round > 1 ? valuesOf(values, 'groups') : undefined;
    const whatChanged = { nl: valueOf(values, 'whatChanged.nl'), en: valueOf(values, 'whatChanged.en') };
    const readiness = await checkLetterReadiness(context.useCases, {
      actor: context.session.actor,
      breachId: breach.id,
      jargon: [],
      ...(groups && groups.length > 0 ? { groups } : {}),
    });
    const page = (extra: Partial<Parameters<typeof mappingPage>[2]>) =>
      mappingPage(context.page, context.csrfToken, {
        breachId: breach.id,
        breachTitle: breach.title[context.page.lang],
        upload,
        values,
        errors: new Map(),
        readiness,
        ...extra,
      });
    // Another sheet has other columns: suggest its mapping before anything is checked or started.
    if (upload.sheetChanged)
      return page({ values: { ...startValues(upload), encoding: valueOf(values, 'encoding') } });
    if (action === 'start') {
      try {
        const started = await startLetterRound(letters.round, {
          ...options,
          mapping,
          format,
          ...(groups ? { groups } : {}),
          ...(upload.round > 1 ? { whatChanged } : {}),
          jargon: letters.jargon,
        });
        started.done.catch((error: unknown) =>
          deps.logger?.error(
            { jobId: started.jobId, err: error instanceof Error ? error.message : 'unknown' },
            'letter round failed',
          ),
        );
        return redirect(context.page.href(letterPaths.round(breach.id, started.jobId)));
      } catch (error) {
        return page({ errors: errorsFrom(context.page, error) });
      }
    }
    try {
      const check = await checkRecipientsFile(lettersDeps, {
        ...options,
        mapping,
        format,
        ...(groups ? { groups } : {}),
      });
      const errors = new Map<string, string>();
      if (upload.round > 1 && !(whatChanged.nl.trim() && whatChanged.en.trim()))
        errors.set('whatChanged-nl', context.page.t('letters.mapping.whatChangedMissing'));
      if (groups && groups.length === 0)
        errors.set('groups', context.page.t('letters.mapping.groupsMissing'));
      return page({ check, errors });
    } catch (error) {
      return page({ errors: errorsFrom(context.page, error) });
    }
  });
}
