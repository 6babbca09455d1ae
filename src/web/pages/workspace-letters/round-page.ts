import type { LetterRound } from '../../../use-cases/get-letter-round.ts';
import { csrfField } from '../../csrf.ts';
import { html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { facts, formatNumber, h1, h2, link, notice, paragraph, table } from '../workspace/common.ts';
import { roundState } from './overview-page.ts';
import { letterPaths } from './parts.ts';

const day = (iso: string) => iso.slice(0, 10);

/**
 * One round: progress while letters are made, then the files to download (letters, manifest
 * with codes, validation report), when the uploaded file was deleted, when the outputs expire,
 * and a button to delete the outputs now.
 */
export function roundPage(
  page: PageContext,
  csrfToken: string,
  data: { breachId: string; breachTitle: string; round: LetterRound; notice?: string },
): PageView {
  const { t } = page;
  const { job, progress, files } = data.round;
  const base = letterPaths.round(data.breachId, job.job_id);
  const running = progress.status !== 'done';
  const percent = progress.received === 0 ? 100 : Math.floor((progress.processed / progress.received) * 100);
  return {
    title: `${t('letters.round.name', { round: progress.round })} – ${data.breachTitle}`,
    body: html`${notice(data.notice)} ${h1(t('letters.round.name', { round: progress.round }))}
      ${paragraph(data.breachTitle)}
      ${paragraph(link(page.href(letterPaths.overview(data.breachId)), t('letters.back')))}
      <p class="nl-paragraph" id="round-state" role="status">${roundState(page, job, progress)}</p>
      ${
        running &&
        html`<p class="nl-paragraph">
            <label for="round-progress">${t('letters.round.progress')}</label>
            <progress id="round-progress" max="100" value="${percent}">${percent}%</progress> ${percent}%
          </p>
          ${paragraph(link(page.href(base), t('letters.round.refresh')))}`
      }
      ${facts(page, [
        [t('letters.round.received'), formatNumber(page, progress.received)],
        [t('letters.round.generated'), formatNumber(page, progress.generated)],
        [t('letters.round.rejected'), formatNumber(page, progress.rejected)],
        // Only e-mail jobs have messages waiting for `letters resend`; a print round never does.
        ...(progress.retrying > 0
          ? [[t('letters.round.retrying'), formatNumber(page, progress.retrying)] as [string, string]]
          : []),
        [t('letters.round.groups'), data.round.groups.join(', ')],
        ...(job.left_out > 0
          ? [[t('letters.round.leftOut'), formatNumber(page, job.left_out)] as [string, string]]
          : []),
      ])}
      <p class="nl-paragraph" id="input-state">
        ${
          job.input_deleted_at
            ? t('letters.round.inputDeleted', { date: day(job.input_deleted_at) })
            : t('letters.round.inputKept')
        }
      </p>
      ${
        job.outputs_deleted_at
          ? paragraph(t('letters.round.outputsDeleted', { date: day(job.outputs_deleted_at) }))
          : html`${paragraph(t('letters.round.expires', { date: day(job.expires_at) }))}
            ${
              files.length > 0 &&
              html`${h2(t('letters.round.files'))}
                ${table(
                  t('letters.round.files'),
                  [t('letters.round.file'), t('letters.round.size')],
                  files.map((f) => [
                    link(page.href(`${base}/bestanden/${encodeURIComponent(f.name)}`), f.name),
                    `${formatNumber(page, Math.ceil(f.bytes / 1024))} kB`,
                  ]),
                )}
                ${h2(t('letters.round.deleteTitle'))} ${paragraph(t('letters.round.deleteIntro'))}
                <form method="post" action="${page.href(`${base}/verwijderen`)}">
                  ${csrfField(csrfToken)}
                  <button class="nl-button nl-button--secondary" type="submit">
                    ${t('letters.round.delete')}
                  </button>
                </form>`
            }`
      }`,
  };
}
