import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../errors/catalogue.ts';
import { openRecipientsUpload } from '../../../use-cases/check-recipients-file.ts';
import { deleteLetterUpload } from '../../../use-cases/letter-uploads.ts';
import { deleteFolder } from '../../../use-cases/support/letter-folders.ts';
import { csrfFieldName, verifyCsrfToken } from '../../csrf.ts';
import type { RouteDeps } from '../../deps.ts';
import { letterPaths } from '../../pages/workspace-letters/parts.ts';
import { uploadPage } from '../../pages/workspace-letters/upload-pages.ts';
import { editableBreach, breachRoute } from '../workspace/member-breach.ts';
import { redirect, type PageOutcome } from '../../route-kernel/outcome.ts';
import { csrfOptions, route, type WorkspaceContext } from '../../route-kernel/route.ts';
import type { LettersWeb } from './letters-deps.ts';

const uploadPath = '/werkruimte/datalekken/:breachId/brieven/ontvangers';

/**
 * Step 1 of making letters: choosing the recipients file. The form is multipart; the file is
 * streamed straight into the upload's private folder (never held in memory as a whole, never in
 * the database or a log) and cut off at LETTERS_UPLOAD_LIMIT_MB. The CSRF token travels as the
 * first form field, so it is checked before a single byte of the file is stored.
 */
export async function uploadRoutes(
  app: FastifyInstance,
  deps: RouteDeps,
  letters: LettersWeb,
): Promise<void> {
  const limitMb = Math.floor(letters.limitBytes / (1024 * 1024));
  const outputDays = letters.round.outputDays;

  breachRoute(app, deps, 'GET', uploadPath, async (context, breach) => {
    return uploadPage(context.page, context.csrfToken, {
      breachId: breach.id,
      breachTitle: breach.title[context.page.lang],
      limitMb,
      outputDays,
      ...(context.page.search.includes('bericht=verwijderd')
        ? { notice: context.page.t('security.uploadDelete.deleted') }
        : {}),
    });
  });

  // An editor deletes an upload from which no round was started (names and addresses).
  breachRoute(app, deps, 'POST', `${uploadPath}/:uploadId/verwijderen`, async (context, breach) => {
    const uploadId = String((context.request.params as { uploadId?: unknown }).uploadId ?? '');
    await deleteLetterUpload(letters.round, {
      actor: context.session.actor,
      breachId: breach.id,
      uploadId,
    });
    return redirect(`${context.page.href(letterPaths.upload(breach.id))}?bericht=verwijderd`);
  });

  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: letters.limitBytes, files: 1, fields: 4, parts: 5, fieldSize: 1024 },
    });
    route(scope, deps, {
      method: 'POST',
      path: uploadPath,
      auth: 'session',
      csrf: 'in-stream',
      handler: (context) => receive(context),
    });
  });

  async function receive(context: WorkspaceContext): Promise<PageOutcome> {
    const { page, session, request, csrfToken: csrf } = context;
    const breachId = String((request.params as { breachId?: unknown }).breachId ?? '');
    if (!request.isMultipart()) throw new AppError('csrf_invalid');
    const again = async (error: string, status: number) => {
      const { breach } = await editableBreach({ ...context, useCases: letters.round });
      const view = uploadPage(page, csrf, {
        breachId: breach.id,
        breachTitle: breach.title[page.lang],
        limitMb,
        outputDays,
        error,
      });
      return { ...view, status };
    };
    let csrfOk = false;
    let uploadId: string | undefined;
    let empty = true;
    try {
      for await (const part of request.parts()) {
        if (part.type === 'field') {
          if (part.fieldname === csrfFieldName)
            csrfOk = verifyCsrfToken(csrfOptions(deps), session.sessionId, part.value);
          continue;
        }
        if (!csrfOk) throw new AppError('csrf_invalid');
        if (uploadId || part.filename === '') {
          part.file.resume();
          continue;
        }
        const opened = await openRecipientsUpload(letters.round, { actor: session.actor, breachId });
        uploadId = opened.uploadId;
        let bytes = 0;
        part.file.on('data', (chunk: Buffer) => (bytes += chunk.length));
        await pipeline(part.file, createWriteStream(opened.path, { mode: 0o600 }));
        if (part.file.truncated)
          throw Object.assign(new Error('too large'), { code: 'FST_REQ_FILE_TOO_LARGE' });
        empty = bytes === 0;
      }
    } catch (error) {
      if (uploadId) await deleteFolder(letters.round.lettersDir, uploadId);
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
        return again(page.t('letters.upload.tooLarge', { mb: limitMb }), 413);
      throw error;
    }
    if (!csrfOk) throw new AppError('csrf_invalid');
    if (!uploadId || empty) {
      if (uploadId) await deleteFolder(letters.round.lettersDir, uploadId);
      return again(page.t('letters.upload.choose'), 422);
    }
    return redirect(page.href(letterPaths.mapping(breachId, uploadId)));
  }
}
